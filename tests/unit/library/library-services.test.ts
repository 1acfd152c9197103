import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  ActorInfo,
  Article,
  ArticleAnalysis,
  ImportReport,
  Page,
  SearchHit,
  SourceInfo,
} from '../../../electron/api/models';
import { createServices, type Services } from '../../../electron/core/app-services';
import { tempDir } from '../../helpers/tmp';

let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
});

type Res<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
const dispatch = async <T>(verb: string, payload: unknown) => (await services!.dispatch(verb, payload)) as Res<T>;
async function call<T>(verb: string, payload: unknown): Promise<T> {
  const res = await dispatch<T>(verb, payload);
  if (!res.ok) throw new Error(`${verb}: ${res.error.message}`);
  return res.value;
}

const page = (site: string, title: string, date: string | null, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:site_name" content="${site}">
   ${date ? `<meta property="article:published_time" content="${date}T09:00:00Z">` : ''}</head>
   <body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;

async function importFiles(files: Record<string, string>): Promise<ImportReport> {
  const dir = tempDir();
  const paths = Object.entries(files).map(([name, content]) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  });
  const report = await call<ImportReport>('importPaths', { paths });
  await services!.analysis.idle();
  return report;
}

describe('search with the list filters', () => {
  it('honours the outlet and undated filters, and the count equals the hits', async () => {
    services = createServices({ libraryDir: tempDir() });
    await importFiles({
      'a.html': page(
        'Harbour Times',
        'Ceasefire talks resume',
        '2024-05-01',
        'Negotiators resumed ceasefire talks in the port city.',
      ),
      'b.html': page(
        'Valley Post',
        'Ceasefire holds in the valley',
        '2024-05-02',
        'The ceasefire held overnight in the valley towns.',
      ),
      'c.txt': 'Ceasefire monitors arrive\n\nMonitors arrived to watch the ceasefire line on the ridge.\n',
    });
    const sources = await call<SourceInfo[]>('listSources', {});
    const harbour = sources.find((s) => s.name === 'Harbour Times')!;

    const all = await call<Page<SearchHit>>('search', { query: 'ceasefire' });
    expect(all.total).toBe(3);

    const fromHarbour = await call<Page<SearchHit>>('search', { query: 'ceasefire', filter: { sourceId: harbour.id } });
    expect(fromHarbour.items.map((h) => h.article.title)).toEqual(['Ceasefire talks resume']);
    expect(fromHarbour.total).toBe(fromHarbour.items.length);

    const undated = await call<Page<SearchHit>>('search', { query: 'ceasefire', filter: { undated: true } });
    expect(undated.items.map((h) => h.article.title)).toEqual(['Ceasefire monitors arrive']);
    expect(undated.total).toBe(1);

    const none = await call<Page<SearchHit>>('search', { query: 'ceasefire', filter: { sourceId: harbour.id, undated: true } });
    expect(none).toMatchObject({ total: 0, items: [] });
  });
});

const STORY = `Envoys trade warnings over the strait

MOSCOW, March 3 (Reuters) - Russian President Vladimir Putin on Tuesday thanked South Korea for refusing to send weapons to Ukraine.

Putin said Russia would not hold talks with Japan unless Tokyo changed its position.
`;

describe('undoing a delete', () => {
  it('restores the article with its analysis, corrections, search entry and story group', async () => {
    services = createServices({ libraryDir: tempDir() });
    const report = await importFiles({
      'one.txt': STORY,
      'two.txt': STORY.replace('on Tuesday', 'late on Tuesday'),
    });
    expect(report.counts.grouped).toBe(1);
    const [id, other] = report.outcomes.map((o) => o.articleIds[0]!);
    const before = await call<ArticleAnalysis>('getAnalysis', { articleId: id });
    const toJapan = before.events.find((e) => e.target === 'JPN')!;
    await call('correctEvent', {
      articleId: id,
      correction: { kind: 'polarity', eventKey: toJapan.key, polarity: 'neutral' },
      note: 'talks were offered, not refused',
    });
    const corrected = await call<ArticleAnalysis>('getAnalysis', { articleId: id });
    const original = await call<Article>('getArticle', { id });
    const counts = () =>
      services!.lib.db.prepare('SELECT * FROM event_counts ORDER BY kind, bucket, source, target, start').all();
    const stancesBefore = await call<unknown>('listStances', {});
    const countsBefore = counts();
    expect(countsBefore.length).toBeGreaterThan(0);

    const deleted = await call<{ deleted: boolean; undoToken: string }>('deleteArticle', { id });
    expect(deleted.deleted).toBe(true);
    expect((await dispatch('getArticle', { id })).ok).toBe(false);
    expect(counts()).not.toEqual(countsBefore);
    expect((await call<Page<SearchHit>>('search', { query: 'strait' })).total).toBe(1);
    expect((await call<Article>('getArticle', { id: other })).story).toEqual([]);

    const restored = await call<Article>('restoreArticle', { token: deleted.undoToken });
    expect(restored.id).toBe(id);
    expect(await call<Article>('getArticle', { id })).toEqual(original);
    expect(await call<ArticleAnalysis>('getAnalysis', { articleId: id })).toEqual(corrected);
    expect(
      (await call<ArticleAnalysis>('getAnalysis', { articleId: id })).events.find((e) => e.key === toJapan.key)?.polarity,
    ).toBe('neutral');
    expect((await call<Page<SearchHit>>('search', { query: 'strait' })).total).toBe(2);
    expect((await call<Article>('getArticle', { id: other })).story.map((s) => s.id)).toEqual([id]);
    // The events views read (current events and their counts per lane and bucket) come back with it.
    expect(await call<unknown>('listStances', {})).toEqual(stancesBefore);
    expect(counts()).toEqual(countsBefore);

    const again = await dispatch('restoreArticle', { token: deleted.undoToken });
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('restores under a new number when a newer article took the old one', async () => {
    services = createServices({ libraryDir: tempDir() });
    const first = await importFiles({ 'one.txt': STORY });
    const id = first.outcomes[0]!.articleIds[0]!;
    const { undoToken } = await call<{ undoToken: string }>('deleteArticle', { id });
    const second = await importFiles({
      'other.txt': 'Grain corridor extended\n\nThe corridor for grain ships was extended again.\n',
    });
    expect(second.outcomes[0]!.articleIds[0]).toBe(id);
    const restored = await call<Article>('restoreArticle', { token: undoToken });
    expect(restored.id).not.toBe(id);
    expect(restored.title).toBe('Envoys trade warnings over the strait');
    const analysis = await call<ArticleAnalysis>('getAnalysis', { articleId: restored.id });
    expect(analysis.events.length).toBeGreaterThan(0);
    expect(analysis.events.every((e) => Number(e.articleId) === restored.id)).toBe(true);
    expect((await call<Article>('getArticle', { id })).title).toBe('Grain corridor extended');
  });

  it('says so when the deleted article was imported again before the undo', async () => {
    services = createServices({ libraryDir: tempDir() });
    const first = await importFiles({ 'one.txt': STORY });
    const { undoToken } = await call<{ undoToken: string }>('deleteArticle', { id: first.outcomes[0]!.articleIds[0]! });
    await importFiles({ 'one-again.txt': STORY });
    const undo = await dispatch('restoreArticle', { token: undoToken });
    expect(undo).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: '“Envoys trade warnings over the strait” is in the library again: it was imported since it was deleted.',
      },
    });
    expect((await call<Page<SearchHit>>('search', { query: 'strait' })).total).toBe(1);
  });
});

describe('actors in corrections', () => {
  it('finds actors by name or code for the add-event form', async () => {
    services = createServices({ libraryDir: tempDir() });
    const united = await call<ActorInfo[]>('listActors', { query: 'United Sta' });
    expect(united[0]).toEqual({ code: 'USA', name: 'United States', kind: 'country' });
    expect((await call<ActorInfo[]>('listActors', { query: 'usa' }))[0]?.code).toBe('USA');
    expect((await call<ActorInfo[]>('listActors', { query: 'korea' })).map((a) => a.code)).toEqual(
      expect.arrayContaining(['KOR', 'PRK']),
    );
    expect((await call<ActorInfo[]>('listActors', { query: 'nato' }))[0]?.kind).toBe('bloc');
  });

  it('refuses an unknown actor, naming it, and stores codes in upper case', async () => {
    services = createServices({ libraryDir: tempDir() });
    const report = await importFiles({ 'one.txt': STORY });
    const articleId = report.outcomes[0]!.articleIds[0]!;
    const { text } = await call<Article>('getArticle', { id: articleId });
    const sentence = 'Putin said Russia would not hold talks with Japan unless Tokyo changed its position.';
    const start = text.indexOf(sentence);
    const add = (source: string, target: string) =>
      dispatch<ArticleAnalysis>('correctEvent', {
        articleId,
        correction: {
          kind: 'add',
          event: { source, target, category: 'REJECT', polarity: 'conflictual', start, end: start + sentence.length },
        },
      });
    const bogus = await add('RUS', 'United Sta');
    expect(bogus).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!bogus.ok && bogus.error.message).toContain('Unknown target actor "United Sta"');
    const same = await add('RUS', 'rus');
    expect(!same.ok && same.error.message).toBe('Source and target are both Russia.');

    const ok = await add('rus', 'jpn');
    expect(ok.ok && ok.value.events.some((e) => e.source === 'RUS' && e.target === 'JPN' && e.sentence === sentence)).toBe(true);

    const machine = ok.ok ? ok.value.events.find((e) => e.eventId !== 'analyst')! : null;
    const retarget = await dispatch('correctEvent', {
      articleId,
      correction: { kind: 'target', eventKey: machine!.key, target: 'XYZ' },
    });
    expect(!retarget.ok && retarget.error.message).toContain('Unknown target actor "XYZ"');
  });
});
