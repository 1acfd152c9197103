import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteArticle } from '../../../electron/core/library/articles';
import { addCorrection, storeAnalysis } from '../../../electron/core/library/analysis';
import { articleEvents, deferEventCounts, listCurrentEvents, recountEvents } from '../../../electron/core/library/events-store';
import { migrations } from '../../../electron/core/library/migrations';
import { migrate, openLibrary, type Library } from '../../../electron/core/library/open';
import { articleWithEvents, countRows, machineEvent } from '../../helpers/events';
import { tempDir } from '../../helpers/tmp';

let lib: Library | null = null;
afterEach(() => {
  lib?.close();
  lib = null;
});
const open = () => (lib = openLibrary(tempDir()));

/** The counts must always equal a recount from the current events. */
function expectCountsCurrent(l: Library): void {
  const kept = countRows(l.db);
  recountEvents(l.db);
  expect(kept).toEqual(countRows(l.db));
}

const pairCount = (l: Library, source: string, target: string, bucket = 'month') =>
  l.db
    .prepare(
      "SELECT cooperative, conflictual, neutral FROM event_counts WHERE kind = 'pair' AND bucket = ? AND source = ? AND target = ?",
    )
    .all(bucket, source, target);

const twoEvents = () => [
  machineEvent(),
  machineEvent({
    target: 'JPN',
    category: 'ACCUSE',
    polarity: 'conflictual',
    intensity: -5,
    sentence: 'Russia accused Japan.',
    start: 28,
    end: 49,
    date: '2024-04-20',
  }),
];

describe('current events store', () => {
  it('holds the machine events of an analysis, with counts per lane and bucket', () => {
    const l = open();
    const id = articleWithEvents(l.db, twoEvents());
    expect(articleEvents(l.db, id).map((e) => `${e.source}>${e.target}`)).toEqual(['RUS>KOR', 'RUS>JPN']);
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([{ cooperative: 1, conflictual: 0, neutral: 0 }]);
    const russiaByMonth = l.db
      .prepare(
        "SELECT start, cooperative, conflictual FROM event_counts WHERE kind = 'actor' AND bucket = 'month' AND source = 'RUS' ORDER BY start",
      )
      .all();
    expect(russiaByMonth).toEqual([
      { start: '2024-03-01', cooperative: 1, conflictual: 0 },
      { start: '2024-04-01', cooperative: 0, conflictual: 1 },
    ]);
    const weeks = l.db.prepare("SELECT DISTINCT start FROM event_counts WHERE bucket = 'week' ORDER BY start").all();
    // 2024-03-05 is a Tuesday, 2024-04-20 a Saturday: their weeks start on the Mondays before.
    expect(weeks).toEqual([{ start: '2024-03-04' }, { start: '2024-04-15' }]);
    const quarters = l.db.prepare("SELECT DISTINCT start FROM event_counts WHERE bucket = 'quarter' ORDER BY start").all();
    expect(quarters).toEqual([{ start: '2024-01-01' }, { start: '2024-04-01' }]);
    expectCountsCurrent(l);
  });

  it('applies a polarity correction to the current event and moves its count', () => {
    const l = open();
    const id = articleWithEvents(l.db, twoEvents());
    const japan = articleEvents(l.db, id).find((e) => e.target === 'JPN')!;
    addCorrection(l.db, id, { kind: 'polarity', eventKey: japan.key, polarity: 'neutral' });
    const after = articleEvents(l.db, id).find((e) => e.target === 'JPN')!;
    expect(after).toMatchObject({ polarity: 'neutral', intensity: 0, corrected: true });
    expect(pairCount(l, 'RUS', 'JPN')).toEqual([{ cooperative: 0, conflictual: 0, neutral: 1 }]);
    expectCountsCurrent(l);
  });

  it('applies a target correction: the event moves to the new pair', () => {
    const l = open();
    const id = articleWithEvents(l.db, twoEvents());
    const japan = articleEvents(l.db, id).find((e) => e.target === 'JPN')!;
    addCorrection(l.db, id, { kind: 'target', eventKey: japan.key, target: 'PRK' });
    expect(pairCount(l, 'RUS', 'JPN')).toEqual([]);
    expect(pairCount(l, 'RUS', 'PRK')).toEqual([{ cooperative: 0, conflictual: 1, neutral: 0 }]);
    // A later correction may use the event's new key.
    const moved = articleEvents(l.db, id).find((e) => e.target === 'PRK')!;
    addCorrection(l.db, id, { kind: 'reject', eventKey: moved.key });
    expect(articleEvents(l.db, id).map((e) => e.target)).toEqual(['KOR']);
    expectCountsCurrent(l);
  });

  it('removes a rejected event and counts an added one', () => {
    const l = open();
    const id = articleWithEvents(l.db, twoEvents());
    const korea = articleEvents(l.db, id).find((e) => e.target === 'KOR')!;
    addCorrection(l.db, id, { kind: 'reject', eventKey: korea.key });
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([]);
    addCorrection(l.db, id, {
      kind: 'add',
      event: {
        ...machineEvent({ source: 'KOR', target: 'RUS', category: 'CONSULT', date: '2024-06' }),
        articleId: id,
        eventId: 'analyst',
      },
    });
    const added = articleEvents(l.db, id).find((e) => e.source === 'KOR')!;
    expect(added).toMatchObject({
      corrected: true,
      counted: true,
      earliest: '2024-06-01',
      latest: '2024-06-30',
      precision: 'month',
    });
    expect(pairCount(l, 'KOR', 'RUS')).toEqual([{ cooperative: 1, conflictual: 0, neutral: 0 }]);
    expectCountsCurrent(l);
  });

  it('keeps corrections through re-analysis of the same text', () => {
    const l = open();
    const id = articleWithEvents(l.db, twoEvents());
    const japan = articleEvents(l.db, id).find((e) => e.target === 'JPN')!;
    addCorrection(l.db, id, { kind: 'polarity', eventKey: japan.key, polarity: 'cooperative' });
    storeAnalysis(l.db, id, { id, mentions: [], quotes: [], dates: [], events: twoEvents() }, 'test-2');
    expect(articleEvents(l.db, id).find((e) => e.target === 'JPN')?.polarity).toBe('cooperative');
    expect(pairCount(l, 'RUS', 'JPN')).toEqual([{ cooperative: 1, conflictual: 0, neutral: 0 }]);
    // Re-analysis that no longer finds an event removes it from the store and the counts.
    storeAnalysis(l.db, id, { id, mentions: [], quotes: [], dates: [], events: [machineEvent()] }, 'test-3');
    expect(pairCount(l, 'RUS', 'JPN')).toEqual([]);
    expectCountsCurrent(l);
  });

  it('forgets a deleted article’s events and counts in the same transaction', () => {
    const l = open();
    const keep = articleWithEvents(l.db, [machineEvent()]);
    const gone = articleWithEvents(l.db, twoEvents());
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([{ cooperative: 2, conflictual: 0, neutral: 0 }]);
    deleteArticle(l.db, gone);
    expect(articleEvents(l.db, gone)).toEqual([]);
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([{ cooperative: 1, conflictual: 0, neutral: 0 }]);
    expect(pairCount(l, 'RUS', 'JPN')).toEqual([]);
    expect(articleEvents(l.db, keep)).toHaveLength(1);
    expectCountsCurrent(l);
  });

  it('counts what happened once per sentence, pair and polarity; lists the rest', () => {
    const l = open();
    const id = articleWithEvents(l.db, [
      machineEvent({ intensity: 2 }),
      machineEvent({ category: 'AGREE', intensity: 6 }),
      machineEvent({ target: 'JPN', negated: true, start: 30, end: 40 }),
      machineEvent({ target: 'PRK', hypothetical: true, start: 41, end: 50 }),
      machineEvent({ target: 'USA', reported: true, speaker: 'Lavrov', start: 51, end: 60 }),
    ]);
    const events = articleEvents(l.db, id);
    expect(events).toHaveLength(5);
    expect(events.filter((e) => e.counted).map((e) => `${e.target}:${e.category}`)).toEqual(['KOR:AGREE']);
    expect(listCurrentEvents(l.db, { countedOnly: true, offset: 0, limit: 10, sort: 'date' }).total).toBe(1);
    expectCountsCurrent(l);
  });

  it('dates events by their sentence’s time expression, as a range when it is not a day', () => {
    const l = open();
    const id = articleWithEvents(l.db, [], '2024-09-10');
    const event = machineEvent({ date: '2024-06-01', sentence: 'In June Russia praised South Korea.', end: 35 });
    storeAnalysis(
      l.db,
      id,
      {
        id,
        mentions: [],
        quotes: [],
        events: [event, machineEvent({ date: null, target: 'JPN', start: 40, end: 50 })],
        dates: [
          {
            text: 'June',
            start: 3,
            end: 7,
            type: 'DATE',
            value: '2024-06',
            earliest: '2024-06-01',
            latest: '2024-06-30',
            precision: 'month',
            qualifier: null,
          },
        ],
      },
      'test',
    );
    const [june, undated] = articleEvents(l.db, id);
    expect(june).toMatchObject({ earliest: '2024-06-01', latest: '2024-06-30', best: '2024-06-01', precision: 'month' });
    expect(undated).toMatchObject({ earliest: null, latest: null, best: null, precision: null });
    const undatedCount = l.db
      .prepare("SELECT cooperative FROM event_counts WHERE kind = 'pair' AND bucket = 'year' AND target = 'JPN' AND start = ''")
      .get();
    expect(undatedCount).toEqual({ cooperative: 1 });
  });

  it('bulk loads defer the counts and a recount brings them back', () => {
    const l = open();
    deferEventCounts(l.db);
    articleWithEvents(l.db, twoEvents());
    expect(countRows(l.db)).toEqual([]);
    recountEvents(l.db);
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([{ cooperative: 1, conflictual: 0, neutral: 0 }]);
    articleWithEvents(l.db, [machineEvent()]);
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([{ cooperative: 2, conflictual: 0, neutral: 0 }]);
  });

  it('backfills current events and counts from a schema 2 library with corrections', () => {
    const dir = tempDir();
    const old = openLibraryAt(dir, 2);
    const id = articleWithEventsV2(old);
    old.close();
    const l = (lib = openLibrary(dir));
    const events = articleEvents(l.db, id);
    expect(events.map((e) => `${e.target}:${e.polarity}`)).toEqual(['KOR:neutral', 'USA:cooperative']);
    expect(pairCount(l, 'RUS', 'KOR')).toEqual([{ cooperative: 0, conflictual: 0, neutral: 1 }]);
    expectCountsCurrent(l);
  });
});

/** A library left at an older schema version, as an earlier release wrote it. */
function openLibraryAt(dir: string, version: number): Database.Database {
  const raw = new Database(join(dir, 'library.sqlite'));
  migrate(
    raw,
    migrations.filter((m) => m.version <= version),
  );
  return raw;
}

/** Rows as schema 2 stored them: machine events and corrections (no current events). */
function articleWithEventsV2(db: Database.Database): number {
  const id = Number(
    db
      .prepare(
        "INSERT INTO articles (title, imported_at, text, content_hash, published) VALUES ('Old', '2024', 'x', 'h', '2024-03-05')",
      )
      .run().lastInsertRowid,
  );
  const insert = db.prepare(
    `INSERT INTO events (article_id, event_key, source, target, category, polarity, intensity, modality, sentence, start, end, date, coder_version)
     VALUES (?, ?, 'RUS', ?, ?, ?, ?, 'verbal', 's', ?, ?, '2024-03-05', 'old')`,
  );
  insert.run(id, `${id}:0-10:RUS>KOR:SUPPORT`, 'KOR', 'SUPPORT', 'cooperative', 3, 0, 10);
  insert.run(id, `${id}:11-20:RUS>JPN:ACCUSE`, 'JPN', 'ACCUSE', 'conflictual', -4, 11, 20);
  const correct = db.prepare(
    "INSERT INTO event_corrections (article_id, event_key, kind, value, created_at) VALUES (?, ?, ?, ?, '2024')",
  );
  correct.run(id, `${id}:0-10:RUS>KOR:SUPPORT`, 'polarity', JSON.stringify({ polarity: 'neutral' }));
  correct.run(id, `${id}:11-20:RUS>JPN:ACCUSE`, 'target', JSON.stringify({ target: 'USA' }));
  correct.run(id, `${id}:11-20:RUS>USA:ACCUSE`, 'polarity', JSON.stringify({ polarity: 'cooperative' }));
  return id;
}
