import { afterEach, describe, expect, it } from 'vitest';
import type { CountryCard, CountryOverview, EventView, ExportFile, Page, TimelineData } from '../../../electron/api/models';
import { createServices, type Services } from '../../../electron/core/app-services';
import { addCorrection } from '../../../electron/core/library/analysis';
import { articleWithEvents, machineEvent } from '../../helpers/events';
import { tempDir } from '../../helpers/tmp';

let services: Services | null = null;
afterEach(() => {
  services?.close();
  services = null;
});

function open(): Services {
  services = createServices({ libraryDir: tempDir() });
  return services;
}

async function call<T>(verb: string, payload: unknown): Promise<T> {
  const res = await services!.dispatch(verb, payload);
  if (!res.ok) throw new Error(`${verb}: ${res.error.message}`);
  return res.value as T;
}

async function refusal(verb: string, payload: unknown): Promise<string> {
  const res = await services!.dispatch(verb, payload);
  if (res.ok) throw new Error(`${verb} accepted ${JSON.stringify(payload)}`);
  expect(res.error.code).toBe('invalid-input');
  return res.error.message;
}

/** Russia and Korea over three months (two cooperative, one conflictual), Russia and Japan once, China -> Russia once. */
function seed(s: Services): number[] {
  const db = s.lib.db;
  return [
    articleWithEvents(db, [machineEvent({ date: '2024-01-10', intensity: 2 })]),
    articleWithEvents(db, [
      machineEvent({ date: '2024-02-12', intensity: 6, category: 'AID', sentence: 'Russia sent aid to Korea.' }),
    ]),
    articleWithEvents(db, [
      machineEvent({ date: '2024-04-03', polarity: 'conflictual', category: 'ACCUSE', intensity: -3 }),
      machineEvent({
        target: 'JPN',
        date: '2024-04-03',
        polarity: 'conflictual',
        category: 'THREATEN',
        intensity: -7,
        start: 30,
        end: 40,
      }),
      machineEvent({
        source: 'CHN',
        target: 'RUS',
        date: '2024-04-15',
        category: 'CONSULT',
        polarity: 'neutral',
        intensity: 0,
        start: 41,
        end: 50,
      }),
    ]),
  ];
}

describe('event verbs', () => {
  it('refuses bad input with a message naming the field', async () => {
    open();
    expect(await refusal('listTimeline', { lanes: 'actor', bucket: 'decade' })).toMatch(/^bucket: /);
    expect(await refusal('listTimeline', { lanes: 'actor', bucket: 'month', maxLanes: 61 })).toMatch(/^maxLanes: /);
    expect(await refusal('listTimeline', { lanes: 'actor', bucket: 'month', from: '2024/01/01' })).toBe(
      'from: expected a date as YYYY-MM-DD',
    );
    expect(await refusal('listTimeline', { lanes: 'actor', bucket: 'month', polarity: [] })).toBe(
      'polarity: choose at least one polarity',
    );
    expect(await refusal('listEvents', { limit: 1000 })).toMatch(/^limit: /);
    expect(await refusal('listEvents', { actor: 'R1' })).toBe('actor: expected an actor code such as RUS, KOR or NATO');
    expect(await refusal('countryOverview', {})).toMatch(/^actor: /);
    expect(await refusal('exportEvents', { format: 'xml' })).toMatch(/^format: /);
    expect(await refusal('getEvent', { id: -1 })).toMatch(/^id: /);
  });

  it('lists events with filters, paging and their article and outlet', async () => {
    const s = open();
    const [first] = seed(s);
    const page = await call<Page<EventView>>('listEvents', { source: 'rus', target: 'KOR', limit: 2 });
    expect(page.total).toBe(3);
    expect(page.items.map((e) => e.best)).toEqual(['2024-04-03', '2024-02-12']);
    const next = await call<Page<EventView>>('listEvents', { source: 'RUS', target: 'KOR', limit: 2, offset: 2 });
    expect(next.items.map((e) => e.article.id)).toEqual([first]);
    const strongest = await call<Page<EventView>>('listEvents', { actor: 'RUS', sort: 'intensity', limit: 1 });
    expect(strongest.items[0]).toMatchObject({ category: 'THREATEN', sourceName: 'Russia', targetName: 'Japan' });
    const inMarch = await call<Page<EventView>>('listEvents', { from: '2024-02', to: '2024-02' });
    expect(inMarch.items.map((e) => e.category)).toEqual(['AID']);
    const one = await call<EventView>('getEvent', { id: strongest.items[0]!.id });
    expect(one.sentence).toBe(strongest.items[0]!.sentence);
    const missing = await services!.dispatch('getEvent', { id: 999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('bins counts per lane from the aggregates and lists single items when asked', async () => {
    const s = open();
    seed(s);
    const months = await call<TimelineData>('listTimeline', { lanes: 'actor', bucket: 'month' });
    expect(months.lanes.map((l) => `${l.key}:${l.count}`)).toEqual(['RUS:5', 'KOR:3', 'CHN:1', 'JPN:1']);
    const rus = months.bins!.lane.flatMap((lane, i) =>
      lane === 0
        ? [`${months.bins!.start[i]} ${months.bins!.cooperative[i]}/${months.bins!.conflictual[i]}/${months.bins!.neutral[i]}`]
        : [],
    );
    expect(rus).toEqual(['2024-01-01 1/0/0', '2024-02-01 1/0/0', '2024-04-01 0/2/1']);
    expect(months.range).toEqual({ first: '2024-01-10', last: '2024-04-15' });

    const pairs = await call<TimelineData>('listTimeline', { lanes: 'pair', actors: ['JPN'], bucket: 'year' });
    expect(pairs.lanes.map((l) => l.label)).toEqual(['Russia → Japan']);

    const conflict = await call<TimelineData>('listTimeline', { lanes: 'actor', bucket: 'quarter', polarity: ['conflictual'] });
    expect(conflict.lanes.map((l) => `${l.key}:${l.count}`)).toEqual(['RUS:2', 'JPN:1', 'KOR:1']);

    const items = await call<TimelineData>('listTimeline', {
      lanes: 'pair',
      bucket: 'item',
      from: '2024-02-01',
      to: '2024-04-30',
    });
    expect(items.bins).toBeNull();
    expect(items.items!.best).toEqual(['2024-02-12', '2024-04-03', '2024-04-03', '2024-04-15']);
    expect(items.truncated).toBe(false);
  });

  it('keeps undated events in their own bin per lane', async () => {
    const s = open();
    articleWithEvents(s.lib.db, [machineEvent({ date: null })], null);
    const data = await call<TimelineData>('listTimeline', { lanes: 'pair', bucket: 'month' });
    expect(data.undated).toEqual([{ lane: 0, count: 1 }]);
    expect(data.bins!.start).toEqual([]);
  });

  it('gives a country both stance tables, a trend only with three months, a verdict and evidence', async () => {
    const s = open();
    seed(s);
    const o = await call<CountryOverview>('countryOverview', { actor: 'RUS' });
    const korea = o.toward.find((r) => r.counterpart === 'KOR')!;
    expect(korea).toMatchObject({
      events: 3,
      cooperative: 2,
      conflictual: 1,
      neutral: 0,
      verdict: 'cooperative, with reservations',
    });
    expect(korea.meanIntensity).toBeCloseTo(5 / 3);
    expect(korea.trend!.months).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(korea.trend!.cooperative).toEqual([1, 1, 0, 0]);
    expect(korea.latest!.category).toBe('ACCUSE');
    expect(korea.strongest!.category).toBe('AID');
    const japan = o.toward.find((r) => r.counterpart === 'JPN')!;
    expect(japan).toMatchObject({ events: 1, trend: null, verdict: 'too few events to judge' });
    expect(o.fromOthers.map((r) => r.counterpart)).toEqual(['CHN']);
    expect(o.matrix.actors[0]!.code).toBe('RUS');
    expect(o.matrix.cells).toContainEqual({ source: 'RUS', target: 'KOR', cooperative: 2, conflictual: 1, neutral: 0 });
  });

  it('keeps the busiest counterparts in full when the table is cut to a limit', async () => {
    const s = open();
    seed(s);
    articleWithEvents(s.lib.db, [machineEvent({ target: 'JPN', date: null, intensity: 4 })]);
    const all = await call<CountryOverview>('countryOverview', { actor: 'RUS' });
    const top = await call<CountryOverview>('countryOverview', { actor: 'RUS', limit: 1 });
    expect(top.toward).toEqual([all.toward[0]]);
    expect(top.toward[0]).toMatchObject({ counterpart: 'KOR', events: 3 });
    expect(top.towardTotal).toBe(2);
    expect(all.toward.find((r) => r.counterpart === 'JPN')).toMatchObject({ events: 2, cooperative: 1 });
    expect(top.matrix.cells).toContainEqual({ source: 'RUS', target: 'JPN', cooperative: 1, conflictual: 1, neutral: 0 });
    const year = await call<CountryOverview>('countryOverview', { actor: 'RUS', from: '2024-01-01', to: '2024-12-31' });
    expect(year.toward.map((r) => `${r.counterpart}:${r.events}`)).toEqual(['KOR:3', 'JPN:1']);
    expect(year.matrix.cells).toContainEqual({ source: 'RUS', target: 'JPN', cooperative: 0, conflictual: 1, neutral: 0 });
    const later = await call<CountryOverview>('countryOverview', { actor: 'RUS', from: '2025', to: '2025' });
    expect([later.toward, later.matrix.cells]).toEqual([[], []]);
  });

  it('counts exactly in a window that cuts through months', async () => {
    const s = open();
    seed(s);
    const o = await call<CountryOverview>('countryOverview', { actor: 'RUS', from: '2024-01-11', to: '2024-04-02' });
    expect(o.toward.map((r) => `${r.counterpart}:${r.events}`)).toEqual(['KOR:1']);
    const whole = await call<CountryOverview>('countryOverview', { actor: 'RUS', from: '2024-02', to: '2024-04' });
    expect(whole.toward.map((r) => `${r.counterpart}:${r.events}`)).toEqual(['KOR:2', 'JPN:1']);
  });

  it('follows a correction into the stance table', async () => {
    const s = open();
    const [, , third] = seed(s);
    const accuse = (await call<Page<EventView>>('listEvents', { target: 'KOR', category: 'ACCUSE' })).items[0]!;
    addCorrection(s.lib.db, third!, { kind: 'polarity', eventKey: accuse.key, polarity: 'cooperative' });
    const o = await call<CountryOverview>('countryOverview', { actor: 'RUS' });
    expect(o.toward.find((r) => r.counterpart === 'KOR')).toMatchObject({
      cooperative: 3,
      conflictual: 0,
      verdict: 'cooperative',
    });
  });

  it('describes a country on its card', async () => {
    const s = open();
    seed(s);
    const card = await call<CountryCard>('countryCard', { actor: 'RUS' });
    expect(card).toMatchObject({ actor: 'RUS', name: 'Russia', kind: 'country' });
    expect(card.topTargets.map((t) => `${t.code}:${t.events}`)).toEqual(['KOR:3', 'JPN:1']);
    expect(card.topSources.map((t) => t.name)).toEqual(['China']);
  });

  it('exports the events behind a view as CSV and JSON, and the stance tables as CSV', async () => {
    const s = open();
    seed(s);
    articleWithEvents(s.lib.db, [machineEvent({ sentence: '=cmd, said "Moscow"', date: '2024-05-01' })]);
    const csv = await call<ExportFile>('exportEvents', { source: 'RUS', target: 'KOR', format: 'csv' });
    expect(csv).toMatchObject({ filename: 'events-RUS-to-KOR.csv', mime: 'text/csv', rows: 4 });
    const lines = csv.content.trim().split('\r\n');
    expect(lines[0]).toBe(
      'source,target,source_name,target_name,category,polarity,intensity,date_earliest,date_latest,date_best,flags,speaker,evidence,article_title,published,outlet,grade,url',
    );
    expect(lines[4]).toContain(`"'=cmd, said ""Moscow"""`);
    const json = await call<ExportFile>('exportEvents', { actor: 'JPN', format: 'json' });
    const parsed = JSON.parse(json.content) as { events: Array<{ category: string; grade: string }> };
    expect(parsed.events).toEqual([expect.objectContaining({ category: 'THREATEN', grade: 'F' })]);
    const stances = await call<ExportFile>('exportStances', { actor: 'RUS' });
    const rows = stances.content.trim().split('\r\n');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^RUS toward others,RUS,KOR,4,3,1,0,/);
    expect(rows[3]).toMatch(/^others toward RUS,CHN,RUS,1,0,0,1,/);
  });

  it('finds actors by name or code for pickers', async () => {
    open();
    const korea = await call<Array<{ code: string; name: string; kind: string }>>('listActors', { query: 'korea' });
    expect(korea.map((a) => a.code)).toEqual(expect.arrayContaining(['KOR', 'PRK']));
    expect((await call<Array<{ code: string }>>('listActors', { query: 'RUS' }))[0]).toEqual({
      code: 'RUS',
      name: 'Russia',
      kind: 'country',
    });
    expect((await call<Array<{ code: string }>>('listActors', { query: 'nato' }))[0]).toMatchObject({
      code: 'NATO',
      kind: 'bloc',
    });
  });
});
