import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listArticles } from '../../../electron/core/library/articles';
import { openLibrary } from '../../../electron/core/library/open';
import { importPaths } from '../../../electron/core/ingest/pipeline';
import { nestedFolderWithLoop } from '../../helpers/folders';
import { tempDir } from '../../helpers/tmp';

describe('folder import through the core', () => {
  it('imports every file of a nested folder once and survives a symlink loop', async () => {
    const lib = openLibrary(tempDir());
    const root = nestedFolderWithLoop();
    const report = await importPaths(lib, [root]);
    expect(report.counts.imported).toBe(3);
    const titles = listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).items.map(
      (a) => a.title,
    );
    expect(titles).toEqual(['Border talks resume', 'Grain corridor extended', 'Ministers meet in Vienna']);
    const names = report.outcomes
      .filter((o) => o.status === 'imported')
      .map((o) => o.name)
      .sort();
    expect(names).toEqual(['inbox/a.txt', 'inbox/europe/b.md', 'inbox/europe/deeper/c.txt']);
    const loop = report.outcomes.find((o) => o.name.endsWith('loop'));
    expect(loop).toMatchObject({ status: 'failed', errorCode: 'symlink-loop' });
    lib.close();
  });

  it('reports a second import of the same folder as duplicates and stores nothing twice', async () => {
    const lib = openLibrary(tempDir());
    const root = nestedFolderWithLoop();
    await importPaths(lib, [root]);
    const again = await importPaths(lib, [root]);
    expect(again.counts).toMatchObject({ imported: 0, duplicate: 3 });
    expect(listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).total).toBe(3);
    lib.close();
  });

  it('reports a missing path as failed while the rest imports', async () => {
    const lib = openLibrary(tempDir());
    const root = nestedFolderWithLoop();
    const report = await importPaths(lib, [join(root, 'a.txt'), join(root, 'nope.txt')]);
    expect(report.counts.imported).toBe(1);
    expect(report.outcomes.find((o) => o.name === 'nope.txt')).toMatchObject({ status: 'failed' });
    lib.close();
  });
});
