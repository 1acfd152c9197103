import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ExtractorPool } from '../../../electron/core/ingest/extract-pool';
import { IngestError } from '../../../electron/core/ingest/types';

const workerSource = fileURLToPath(new URL('../../../electron/core/ingest/extract-worker.ts', import.meta.url));
// Built the way scripts/build/electron.mjs builds it, inside the repository so its packages resolve.
const workerBundle = fileURLToPath(new URL('../../../node_modules/.cache/briefing-tests/extract-worker.mjs', import.meta.url));

beforeAll(async () => {
  await build({
    entryPoints: [workerSource],
    outfile: workerBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
});
const enc = (s: string) => new TextEncoder().encode(s);
let pool: ExtractorPool | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('extraction on worker threads', () => {
  it('extracts on threads and returns the same articles and errors as in-process extraction', async () => {
    pool = new ExtractorPool(workerBundle, 2);
    const bytes = enc('Convoy reaches port\n\nA convoy of grain ships reached the port on Tuesday after a delay of two days.\n');
    const [one, two] = await Promise.all([
      pool.extract(bytes, { fileName: 'a.txt' }),
      pool.extract(enc('Second note\n\nObservers reported new trenches along the river on Wednesday morning.\n'), {
        fileName: 'b.txt',
      }),
    ]);
    expect(one[0]).toMatchObject({ title: 'Convoy reaches port', format: 'txt' });
    expect(two[0]!.title).toBe('Second note');
    expect(bytes.byteLength).toBeGreaterThan(0);
    const failure = await pool.extract(new Uint8Array(0), { fileName: 'empty.txt' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IngestError);
    expect(failure).toMatchObject({ code: 'empty', message: 'empty.txt: the file is empty' });
  }, 60_000);

  it('falls back to this thread when worker threads cannot start', async () => {
    pool = new ExtractorPool('/nonexistent/extract-worker.mjs', 2);
    const articles = await pool.extract(
      enc('Fallback works\n\nThe article is still extracted when no thread can be started.\n'),
      { fileName: 'c.txt' },
    );
    expect(articles[0]!.title).toBe('Fallback works');
    const again = await pool.extract(enc('Still works\n\nA second file after the threads failed is extracted here as well.\n'), {
      fileName: 'd.txt',
    });
    expect(again[0]!.title).toBe('Still works');
  });
});

describe('choosing where extraction runs', () => {
  it('uses threads when the bundled worker sits beside the running bundle, else this thread', async () => {
    const { defaultExtractor, inProcessExtractor } = await import('../../../electron/core/ingest/extract-pool');
    const { dirname, join } = await import('node:path');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    const root = join(dirname(workerBundle), 'app');
    mkdirSync(join(root, 'workers'), { recursive: true });
    copyFileSync(workerBundle, join(root, 'workers', 'extract-worker.mjs'));
    pool = defaultExtractor(`file://${join(root, 'host', 'main.mjs')}`) as ExtractorPool;
    expect(pool).toBeInstanceOf(ExtractorPool);
    expect(pool.parallel).toBeGreaterThanOrEqual(1);
    expect(defaultExtractor(import.meta.url)).toBe(inProcessExtractor);
  });
});
