import { describe, expect, it } from 'vitest';
import { addArticle } from '../../../electron/core/library/articles';
import { openLibrary, type Library } from '../../../electron/core/library/open';
import { toFtsQuery } from '../../../electron/core/library/query';
import { searchArticles } from '../../../electron/core/library/search';
import { tempDir } from '../../helpers/tmp';

function seeded(): Library {
  const lib = openLibrary(tempDir());
  const docs = [
    ['Talks in Zürich', 'Delegations met in Zürich to negotiate a ceasefire along the border.'],
    ['Trade round stalls', 'Negotiators failed to agree on tariffs; the negotiation resumes next month.'],
    ['Summit in Seoul', 'The leaders signed a joint statement on missile defence cooperation.'],
    ['Missile test condemned', 'Several governments condemned the missile test and demanded restraint.'],
    ['U.S. envoy visits', 'The U.S. envoy praised the joint statement and called for more talks.'],
  ];
  docs.forEach(([title, text], i) => addArticle(lib.db, { title: title!, text: text!, contentHash: `h${i}` }));
  return lib;
}

const titles = (lib: Library, q: string) => searchArticles(lib.db, q, { offset: 0, limit: 20 }).items.map((h) => h.article.title);

describe('full-text search', () => {
  it('finds Zürich when the analyst types Zurich', () => {
    const lib = seeded();
    expect(titles(lib, 'Zurich')).toEqual(['Talks in Zürich']);
    lib.close();
  });

  it('matches word prefixes with *', () => {
    const lib = seeded();
    expect(titles(lib, 'negot*').sort()).toEqual(['Talks in Zürich', 'Trade round stalls']);
    lib.close();
  });

  it('matches exact phrases only in that order', () => {
    const lib = seeded();
    expect(titles(lib, '"joint statement"').sort()).toEqual(['Summit in Seoul', 'U.S. envoy visits']);
    expect(titles(lib, '"statement joint"')).toEqual([]);
    lib.close();
  });

  it('excludes with NOT and with a leading minus, and widens with OR', () => {
    const lib = seeded();
    expect(titles(lib, 'missile NOT condemned')).toEqual(['Summit in Seoul']);
    expect(titles(lib, 'missile -condemned')).toEqual(['Summit in Seoul']);
    expect(titles(lib, 'ceasefire OR tariffs').sort()).toEqual(['Talks in Zürich', 'Trade round stalls']);
    lib.close();
  });

  it('ranks title hits first and highlights the matched words', () => {
    const lib = seeded();
    const page = searchArticles(lib.db, 'missile', { offset: 0, limit: 10 });
    expect(page.total).toBe(2);
    expect(page.items[0]!.article.title).toBe('Missile test condemned');
    expect(page.items[0]!.titleParts).toContainEqual({ text: 'Missile', hit: true });
    expect(page.items[1]!.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['missile']);
    lib.close();
  });

  it('treats punctuation in queries as text, never as syntax', () => {
    const lib = seeded();
    expect(titles(lib, 'U.S.')).toEqual(['U.S. envoy visits']);
    expect(titles(lib, '"unbalanced')).toEqual([]);
    expect(toFtsQuery('(((')).toBeNull();
    expect(titles(lib, 'NOT')).toEqual([]);
    lib.close();
  });

  it('pages through hits', () => {
    const lib = openLibrary(tempDir());
    for (let i = 0; i < 30; i++)
      addArticle(lib.db, { title: `Report ${i}`, text: 'sanctions were discussed', contentHash: `s${i}` });
    const first = searchArticles(lib.db, 'sanctions', { offset: 0, limit: 20 });
    const second = searchArticles(lib.db, 'sanctions', { offset: 20, limit: 20 });
    expect(first.total).toBe(30);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(10);
    const ids = new Set([...first.items, ...second.items].map((h) => h.article.id));
    expect(ids.size).toBe(30);
    lib.close();
  });

  it('keeps the ranking across pages, with and without a filter', () => {
    const lib = openLibrary(tempDir());
    for (let i = 0; i < 12; i++)
      addArticle(lib.db, {
        title: i % 3 === 0 ? `Pipeline report ${i}` : `Report ${i}`,
        text: `The pipeline was discussed ${'again '.repeat(i)}today.`,
        contentHash: `p${i}`,
      });
    for (const filter of [undefined, { undated: true }]) {
      const whole = searchArticles(lib.db, 'pipeline', { offset: 0, limit: 12, filter });
      const pages = [0, 5, 10].flatMap((offset) => searchArticles(lib.db, 'pipeline', { offset, limit: 5, filter }).items);
      expect(whole.total).toBe(12);
      expect(pages.map((h) => h.article.id)).toEqual(whole.items.map((h) => h.article.id));
      expect(whole.items.slice(0, 4).every((h) => h.article.title.startsWith('Pipeline'))).toBe(true);
      expect(whole.items[11]!.snippet.some((p) => p.hit && p.text === 'pipeline')).toBe(true);
    }
    lib.close();
  });
});

describe('deferred indexing for large imports', () => {
  it('indexes deferred articles when the import ends, and after a crash on the next open', async () => {
    const { beginDeferredIndexing, endDeferredIndexing } = await import('../../../electron/core/library/fts');
    const dir = tempDir();
    const lib = openLibrary(dir);
    beginDeferredIndexing(lib.db);
    addArticle(lib.db, { title: 'Deferred one', text: 'icebreaker convoy', contentHash: 'd1' });
    const gone = addArticle(lib.db, { title: 'Deferred two', text: 'icebreaker escort', contentHash: 'd2' });
    lib.db.prepare('DELETE FROM articles WHERE id = ?').run(gone);
    expect(titles(lib, 'icebreaker')).toEqual([]);
    endDeferredIndexing(lib.db);
    expect(titles(lib, 'icebreaker')).toEqual(['Deferred one']);

    beginDeferredIndexing(lib.db);
    addArticle(lib.db, { title: 'Written before a crash', text: 'submarine cable cut', contentHash: 'd3' });
    lib.db.close();
    const reopened = openLibrary(dir);
    expect(titles(reopened, 'submarine')).toEqual(['Written before a crash']);
    addArticle(reopened.db, { title: 'After recovery', text: 'submarine drills', contentHash: 'd4' });
    expect(titles(reopened, 'submarine').sort()).toEqual(['After recovery', 'Written before a crash']);
    expect(() => reopened.db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')").run()).not.toThrow();
    reopened.close();
  });
});
