import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisResult } from '../../../electron/api/analysis';
import { BackgroundPool, defaultBackground, inProcessBackground } from '../../../electron/core/background/pool';
import { IngestError } from '../../../electron/core/ingest/types';

const workerSource = fileURLToPath(new URL('../../../electron/core/background/worker.ts', import.meta.url));
// Built the way scripts/build/electron.mjs builds it, inside the repository so its packages resolve.
const workerBundle = fileURLToPath(
  new URL('../../../node_modules/.cache/briefing-tests/workers/background.mjs', import.meta.url),
);
const enc = (s: string) => new TextEncoder().encode(s);
let pool: BackgroundPool | null = null;

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

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('background threads', () => {
  it('extract on threads with the same articles and errors as in this thread', async () => {
    pool = new BackgroundPool(workerBundle, 2);
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

  it('analyse on threads with the same result as in this thread', async () => {
    pool = new BackgroundPool(workerBundle, 1);
    const input = { id: 9, text: 'Russian President Vladimir Putin thanked South Korea on June 5.', published: '2024-06-06' };
    const threaded = AnalysisResult.parse(await pool.analyze(input));
    expect(threaded).toEqual(AnalysisResult.parse(await inProcessBackground.analyze(input)));
    expect(threaded.events.some((e) => e.source === 'RUS' && e.target === 'KOR')).toBe(true);
  }, 60_000);

  it('fall back to this thread when threads cannot start', async () => {
    pool = new BackgroundPool('/nonexistent/background.mjs', 2);
    const articles = await pool.extract(
      enc('Fallback works\n\nThe article is still extracted when no thread can be started.\n'),
      { fileName: 'c.txt' },
    );
    expect(articles[0]!.title).toBe('Fallback works');
    const result = await pool.analyze({ id: 1, text: 'Japan protested to China on Monday.' });
    expect(result.mentions.map((m) => m.actor)).toEqual(['JPN', 'CHN']);
  });

  it('are used when the bundled worker sits beside the running bundle, else this thread is', () => {
    const root = join(dirname(workerBundle), '..', 'app');
    mkdirSync(join(root, 'workers'), { recursive: true });
    copyFileSync(workerBundle, join(root, 'workers', 'background.mjs'));
    pool = defaultBackground(`file://${join(root, 'host', 'main.mjs')}`) as BackgroundPool;
    expect(pool).toBeInstanceOf(BackgroundPool);
    expect(pool.parallel).toBeGreaterThanOrEqual(1);
    expect(defaultBackground(import.meta.url)).toBe(inProcessBackground);
  });
});
