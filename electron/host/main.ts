import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startHost } from './server';

/** `npm run web [-- --library DIR] [--port N]`: serve the app in a browser. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { library: { type: 'string' }, port: { type: 'string' }, renderer: { type: 'string' } },
    allowPositionals: false,
  });
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = resolve(values.renderer ?? join(here, '..', 'renderer'));
  const libraryDir = values.library ? resolve(values.library) : mkdtempSync(join(tmpdir(), 'briefing-library-'));
  const host = await startHost({ libraryDir, rendererDir, port: values.port ? Number(values.port) : undefined });
  console.log(`Briefing is running at ${host.url}`);
  console.log(`Library: ${libraryDir}${values.library ? '' : ' (temporary; pass --library DIR to keep one)'}`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
