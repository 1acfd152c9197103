import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../electron/api/models';
import { getArticle, listArticles } from '../../../electron/core/library/articles';
import { openLibrary } from '../../../electron/core/library/open';
import { listSources, setReliability } from '../../../electron/core/library/sources';
import { runImport, type ImportItem } from '../../../electron/core/ingest/pipeline';
import { tempDir } from '../../helpers/tmp';

const enc = (s: string) => new TextEncoder().encode(s);
const page = (site: string, title: string, body: string, url: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${site}">
   <link rel="canonical" href="${url}"><meta property="article:published_time" content="2024-06-06T10:00:00Z"></head>
   <body><article><h1>${title}</h1>${body
     .split('\n')
     .map((p) => `<p>${p}</p>`)
     .join('')}</article></body></html>`;

const STORY = [
  'President Vladimir Putin said on Wednesday that Russia valued the decision of South Korea not to supply weapons directly to Ukraine.',
  'Speaking to heads of international news agencies in St Petersburg, he said relations with Seoul could be restored quickly.',
  'He warned that Moscow would consider arming adversaries of Western countries that allow Ukraine to strike Russian territory.',
  'Putin also said Russia saw no reason to resume talks with Japan unless Tokyo changed its position on sanctions.',
].join('\n');

const bytes = (name: string, content: string): ImportItem => ({ kind: 'bytes', name, bytes: enc(content) });

describe('import pipeline', () => {
  it('groups the same story from two outlets instead of storing it as unrelated or deleting it', async () => {
    const lib = openLibrary(tempDir());
    const retold = STORY.replace('on Wednesday', 'late on Wednesday').replace(
      'could be restored quickly',
      'could recover quickly',
    );
    const report = await runImport(lib, [
      bytes('tass.html', page('TASS', 'Putin values Seoul stance on arms', STORY, 'https://tass.com/politics/1')),
      bytes(
        'yonhap.html',
        page('Yonhap News Agency', 'Putin praises S. Korea for not arming Ukraine', retold, 'https://en.yna.co.kr/view/2'),
      ),
    ]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'grouped']);
    expect(report.outcomes[1]!.message).toContain('Putin values Seoul stance on arms');
    const items = listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).items;
    expect(items).toHaveLength(2);
    expect(new Set(items.map((a) => a.storyId)).size).toBe(1);
    expect(items.every((a) => a.storySize === 2)).toBe(true);
    const first = getArticle(lib.db, items[0]!.id)!;
    expect(first.story.map((s) => s.source)).toEqual([items[1]!.source!.name]);
    lib.close();
  });

  it('reports the same text or the same canonical URL as a duplicate and keeps one copy', async () => {
    const lib = openLibrary(tempDir());
    const original = page('Reuters', 'Kremlin warns Tokyo', STORY, 'https://www.reuters.com/world/a');
    const report = await runImport(lib, [
      bytes('a.html', original),
      bytes('a copy.html', original),
      bytes(
        'updated.html',
        page(
          'Reuters',
          'Kremlin warns Tokyo (updated)',
          `${STORY}\nAn extra paragraph was added later.`,
          'https://www.reuters.com/world/a',
        ),
      ),
    ]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['imported', 'duplicate', 'duplicate']);
    expect(listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).total).toBe(1);
    lib.close();
  });

  it('recognises wire services and creates new outlets ungraded (F); articles show the outlet grade', async () => {
    const lib = openLibrary(tempDir());
    await runImport(lib, [
      bytes(
        'wire.txt',
        'Talks stall\n\nMOSCOW, June 5 (Reuters) - Negotiators failed to agree on a new text after two days of meetings in the capital.\n',
      ),
      bytes(
        'blog.html',
        page(
          'The Eastern Ledger',
          'A view from the region',
          'A long commentary about shipping routes and insurance costs in the region this year.',
          'https://ledger.example/x',
        ),
      ),
    ]);
    const sources = listSources(lib.db);
    expect(sources.map((s) => [s.name, s.reliability, s.kind])).toEqual([
      ['Reuters', 'F', 'wire'],
      ['The Eastern Ledger', 'F', null],
    ]);
    setReliability(lib.db, sources[0]!.id, 'B');
    const wire = listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: { sourceId: sources[0]!.id } })
      .items[0]!;
    expect(wire.source).toMatchObject({ name: 'Reuters', reliability: 'B' });
    lib.close();
  });

  it('marks an article without any date as undated, never as the import time', async () => {
    const lib = openLibrary(tempDir());
    await runImport(lib, [
      bytes('note.txt', 'Field note\n\nObservers counted more convoys on the northern road than in previous weeks.\n'),
    ]);
    const a = listArticles(lib.db, { offset: 0, limit: 1, sort: 'title', order: 'asc', filter: {} }).items[0]!;
    expect(a.published).toBeNull();
    expect(a.publishedPrecision).toBeNull();
    lib.close();
  });

  it('keeps the original bytes, content-addressed', async () => {
    const lib = openLibrary(tempDir());
    const text = 'Original kept\n\nThe analyst can always show exactly what was imported, byte for byte.\n';
    await runImport(lib, [bytes('kept.txt', text)]);
    const a = getArticle(
      lib.db,
      listArticles(lib.db, { offset: 0, limit: 1, sort: 'title', order: 'asc', filter: {} }).items[0]!.id,
    )!;
    const path = join(lib.dir, 'originals', a.originalSha256!);
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(text);
    lib.close();
  });

  it('reports progress per file and stops between files when cancelled, keeping what was imported', async () => {
    const lib = openLibrary(tempDir());
    const items = Array.from({ length: 6 }, (_, i) =>
      bytes(`n${i}.txt`, `Note ${i}\n\nA distinct observation number ${i} about movements near the border crossing.\n`),
    );
    const controller = new AbortController();
    const seen: ImportProgress[] = [];
    const report = await runImport(lib, items, {
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p);
        if (p.done === 3) controller.abort();
      },
    });
    expect(seen[0]).toMatchObject({ done: 0, total: 6, current: 'n0.txt' });
    expect(report.cancelled).toBe(true);
    expect(report.counts.imported).toBe(3);
    expect(listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).total).toBe(3);
    lib.close();
  });

  it('keeps the library intact when one file in a batch fails', async () => {
    const lib = openLibrary(tempDir());
    await runImport(lib, [
      bytes('first.txt', 'First\n\nAn earlier article that is already in the library before the bad batch.\n'),
    ]);
    const report = await runImport(lib, [
      bytes('junk.html', '\u0000\u0001\u0002binary\u0000junk'.repeat(50)),
      bytes('good.txt', 'Good\n\nA second article arrives in the same batch as the broken file.\n'),
    ]);
    expect(report.outcomes.map((o) => o.status)).toEqual(['failed', 'imported']);
    expect(report.outcomes[0]!.message).toMatch(/^junk\.html: /);
    expect(listArticles(lib.db, { offset: 0, limit: 10, sort: 'title', order: 'asc', filter: {} }).total).toBe(2);
    lib.close();
  });
});
