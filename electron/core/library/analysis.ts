import type { AnalysisResult, Event, Polarity } from '../../api/analysis';
import { applyCorrections, eventKey, type Correction, type StoredEvent } from '../analysis/stances';
import type { Db } from './open';
import { stmt } from './statements';

/** Replace an article's machine analysis (mentions, quotes, dates, events) in one transaction. */
export function storeAnalysis(
  db: Db,
  articleId: number,
  result: AnalysisResult,
  coderVersion: string,
  now = new Date().toISOString(),
): void {
  db.transaction(() => {
    for (const table of ['mentions', 'quotes', 'time_expressions', 'events']) {
      stmt(db, `DELETE FROM ${table} WHERE article_id = ?`).run(articleId);
    }
    const mention = stmt(db, 'INSERT INTO mentions (article_id, start, end, text, actor, kind) VALUES (?, ?, ?, ?, ?, ?)');
    for (const m of result.mentions) mention.run(articleId, m.start, m.end, m.text, m.actor, m.kind);
    const quote = stmt(
      db,
      'INSERT INTO quotes (article_id, start, end, text, speaker, actor, kind) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const q of result.quotes) quote.run(articleId, q.start, q.end, q.text, q.speaker, q.actor, q.kind);
    const date = stmt(
      db,
      `INSERT INTO time_expressions (article_id, start, end, text, type, value, earliest, latest, precision, qualifier)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const d of result.dates)
      date.run(articleId, d.start, d.end, d.text, d.type, d.value, d.earliest, d.latest, d.precision, d.qualifier);
    const event = stmt(
      db,
      `INSERT INTO events (article_id, event_key, source, target, category, polarity, intensity, modality, sentence, start, end,
         date, speaker, negated, conditional, hypothetical, reported, coder_version)
       VALUES (@articleId, @key, @source, @target, @category, @polarity, @intensity, @modality, @sentence, @start, @end,
         @date, @speaker, @negated, @conditional, @hypothetical, @reported, @coderVersion)`,
    );
    for (const e of result.events) {
      event.run({
        ...e,
        articleId,
        key: eventKey({ ...e, articleId }),
        negated: +e.negated,
        conditional: +e.conditional,
        hypothetical: +e.hypothetical,
        reported: +e.reported,
        coderVersion,
      });
    }
    stmt(
      db,
      `INSERT INTO analyses (article_id, coder_version, analyzed_at, error) VALUES (?, ?, ?, NULL)
       ON CONFLICT (article_id) DO UPDATE SET coder_version = excluded.coder_version, analyzed_at = excluded.analyzed_at, error = NULL`,
    ).run(articleId, coderVersion, now);
  })();
}

export function recordAnalysisError(db: Db, articleId: number, coderVersion: string, message: string): void {
  stmt(
    db,
    `INSERT INTO analyses (article_id, coder_version, analyzed_at, error) VALUES (?, ?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET coder_version = excluded.coder_version, analyzed_at = excluded.analyzed_at, error = excluded.error`,
  ).run(articleId, coderVersion, new Date().toISOString(), message);
}

interface EventRow {
  id: number;
  article_id: number;
  event_key: string;
  source: string;
  target: string;
  category: Event['category'];
  polarity: Polarity;
  intensity: number;
  modality: Event['modality'];
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  speaker: string | null;
  negated: number;
  conditional: number;
  hypothetical: number;
  reported: number;
}

const toStored = (r: EventRow): StoredEvent => ({
  articleId: r.article_id,
  eventId: String(r.id),
  source: r.source,
  target: r.target,
  category: r.category,
  polarity: r.polarity,
  intensity: r.intensity,
  modality: r.modality,
  sentence: r.sentence,
  start: r.start,
  end: r.end,
  date: r.date,
  speaker: r.speaker,
  negated: !!r.negated,
  conditional: !!r.conditional,
  hypothetical: !!r.hypothetical,
  reported: !!r.reported,
});

interface CorrectionRow {
  id: number;
  article_id: number;
  event_key: string | null;
  kind: Correction['kind'];
  value: string | null;
}

function toCorrection(r: CorrectionRow): Correction {
  const value = r.value ? (JSON.parse(r.value) as Record<string, unknown>) : {};
  switch (r.kind) {
    case 'polarity':
      return { kind: 'polarity', eventKey: r.event_key!, polarity: value.polarity as Polarity };
    case 'target':
      return { kind: 'target', eventKey: r.event_key!, target: value.target as string };
    case 'reject':
      return { kind: 'reject', eventKey: r.event_key! };
    case 'add':
      return { kind: 'add', event: { ...(value.event as StoredEvent), articleId: r.article_id, eventId: `c${r.id}` } };
  }
}

export interface EventQuery {
  articleId?: number;
  source?: string;
  target?: string;
  from?: string;
  to?: string;
}

/** Machine events with the analyst's corrections applied, in the scope asked for. */
export function listEvents(db: Db, q: EventQuery = {}): Array<StoredEvent & { key: string }> {
  const conditions: Array<[unknown, string]> = [
    [q.articleId, 'article_id = @articleId'],
    [q.source, 'source = @source'],
    [q.target, 'target = @target'],
    [q.from, '(date IS NULL OR date >= @from)'],
    [q.to, "(date IS NULL OR date < @to || '~')"],
  ];
  const where = conditions.filter(([value]) => value != null && value !== '').map(([, sql]) => sql);
  const params = Object.fromEntries(Object.entries(q).filter(([, v]) => v != null));
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const machine = (stmt(db, `SELECT * FROM events ${clause} ORDER BY date, article_id, start`).all(params) as EventRow[]).map(
    toStored,
  );
  const corrections = (
    db
      .prepare(`SELECT * FROM event_corrections ${q.articleId != null ? 'WHERE article_id = @articleId' : ''} ORDER BY id`)
      .all(q.articleId != null ? { articleId: q.articleId } : {}) as CorrectionRow[]
  ).map(toCorrection);
  const corrected = applyCorrections(machine, corrections);
  return corrected
    .filter(
      (e) =>
        (!q.source || e.source === q.source) &&
        (!q.target || e.target === q.target) &&
        (q.articleId == null || e.articleId === q.articleId),
    )
    .map((e) => ({ ...e, key: eventKey(e) }));
}

export function addCorrection(db: Db, articleId: number, correction: Correction, note: string | null = null): number {
  const key = correction.kind === 'add' ? null : correction.eventKey;
  const value =
    correction.kind === 'polarity'
      ? { polarity: correction.polarity }
      : correction.kind === 'target'
        ? { target: correction.target }
        : correction.kind === 'add'
          ? { event: correction.event }
          : null;
  const info = db
    .prepare('INSERT INTO event_corrections (article_id, event_key, kind, value, note, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(articleId, key, correction.kind, value ? JSON.stringify(value) : null, note, new Date().toISOString());
  return Number(info.lastInsertRowid);
}

export interface StoredAnalysis {
  mentions: AnalysisResult['mentions'];
  quotes: AnalysisResult['quotes'];
  dates: AnalysisResult['dates'];
  events: Array<StoredEvent & { key: string }>;
  coderVersion: string | null;
  analyzedAt: string | null;
  error: string | null;
}

export function getAnalysis(db: Db, articleId: number): StoredAnalysis {
  const meta = stmt(db, 'SELECT coder_version, analyzed_at, error FROM analyses WHERE article_id = ?').get(articleId) as
    { coder_version: string; analyzed_at: string; error: string | null } | undefined;
  return {
    mentions: stmt(db, 'SELECT text, start, end, actor, kind FROM mentions WHERE article_id = ? ORDER BY start').all(
      articleId,
    ) as StoredAnalysis['mentions'],
    quotes: stmt(db, 'SELECT text, start, end, speaker, actor, kind FROM quotes WHERE article_id = ? ORDER BY start').all(
      articleId,
    ) as StoredAnalysis['quotes'],
    dates: db
      .prepare(
        'SELECT text, start, end, type, value, earliest, latest, precision, qualifier FROM time_expressions WHERE article_id = ? ORDER BY start',
      )
      .all(articleId) as StoredAnalysis['dates'],
    events: listEvents(db, { articleId }),
    coderVersion: meta?.coder_version ?? null,
    analyzedAt: meta?.analyzed_at ?? null,
    error: meta?.error ?? null,
  };
}

/** Articles whose analysis is missing or was made by another coder version. */
export function articlesNeedingAnalysis(db: Db, coderVersion: string, all = false): number[] {
  const sql = all
    ? 'SELECT id FROM articles ORDER BY id'
    : `SELECT a.id FROM articles a LEFT JOIN analyses n ON n.article_id = a.id
       WHERE n.article_id IS NULL OR n.coder_version <> ? ORDER BY a.id`;
  const rows = (all ? stmt(db, sql).all() : stmt(db, sql).all(coderVersion)) as Array<{ id: number }>;
  return rows.map((r) => r.id);
}
