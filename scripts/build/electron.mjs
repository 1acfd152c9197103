// Bundles the Node side of the app with esbuild: `node scripts/build/electron.mjs [--outdir DIR]`.
// The renderer is built separately by Vite into <outdir>/renderer.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
const outdir = resolve(values.outdir ?? join(root, 'dist'));

// Electron 45 ships Node 22 and Chromium 140; the CLI and web host run on Node >= 20.19.
const nodeModule = { platform: 'node', format: 'esm', target: 'node20.19', packages: 'external' };

const entries = [
  { name: 'main', source: 'electron/main/main.ts', out: 'main/main.js', options: { ...nodeModule, target: 'node22' } },
  {
    name: 'preload',
    source: 'electron/preload/preload.ts',
    out: 'preload/preload.cjs',
    // Sandboxed preloads can require only 'electron' and a few builtins: everything else is bundled in.
    options: { platform: 'node', format: 'cjs', target: 'chrome140', external: ['electron'], minify: true },
  },
  { name: 'cli', source: 'electron/cli/index.ts', out: 'cli/index.mjs', options: nodeModule },
  { name: 'host', source: 'electron/host/main.ts', out: 'host/main.mjs', options: nodeModule },
  // Found by the bundles above at ../workers/ (see electron/core/background/pool.ts).
  {
    name: 'background-worker',
    source: 'electron/core/background/worker.ts',
    out: 'workers/background.mjs',
    options: nodeModule,
  },
];

const started = performance.now();
const failed = [];
for (const entry of entries) {
  const source = join(root, entry.source);
  if (!existsSync(source)) {
    console.log(`skip ${entry.name}: ${entry.source} does not exist yet`);
    continue;
  }
  const outfile = join(outdir, entry.out);
  try {
    await build({
      entryPoints: [source],
      outfile,
      bundle: true,
      sourcemap: true,
      logLevel: 'warning',
      absWorkingDir: root,
      ...entry.options,
    });
    console.log(`built ${entry.name} -> ${outfile}`);
  } catch {
    // esbuild has already printed the errors with their locations.
    failed.push(entry.name);
  }
}
if (failed.length > 0) {
  console.error(`build failed for: ${failed.join(', ')}`);
  process.exit(1);
}
console.log(`electron bundles done in ${Math.round(performance.now() - started)} ms`);
