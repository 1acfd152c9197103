import type { EventView, Page, Reliability, StoredEvent } from '../../api/models';
import type { PloverCategory, Polarity } from '../../api/analysis';
import { actorName } from '../analysis/gazetteer';
import { currentEventsInsert, RECOUNT_SQL } from './events-sql';
import type { Db } from './open';
import { stmt } from './statements';

/**
 * The store of current events: machine events with the analyst's corrections applied, one row per event,
 * and their counts per lane and time bucket (kept in step by triggers). Every view reads from here.
 */

/** Rebuild one article's current events from its machine events and corrections (call inside a transaction). */
export function refreshArticleEvents(db: Db, articleId: number): void {
  stmt(db, 'DELETE FROM current_events WHERE article_id = ?').run(articleId);
  stmt(db, currentEventsInsert('article')).run({ articleId });
}

/** Bulk loads: stop per-row count upkeep; `recountEvents` afterwards brings the counts back in step. */
export function deferEventCounts(db: Db): void {
  stmt(db, 'UPDATE event_counts_state SET deferring = 1').run();
}

/** Recount every lane and bucket from the current events and resume per-row upkeep. */
export function recountEvents(db: Db): void {
  db.transaction(() => {
    db.exec(RECOUNT_SQL);
    stmt(db, 'UPDATE event_counts_state SET deferring = 0').run();
  })();
}

export interface EventFilter {
  source?: string;
  target?: string;
  actor?: string;
  category?: PloverCategory;
  polarity?: Polarity;
  from?: string;
  to?: string;
  articleId?: number;
  countedOnly?: boolean;
}

/** WHERE clause over current_events (alias e) for the filters; dated windows leave undated events out. */
export function eventWhere(f: EventFilter): { sql: string; params: Record<string, unknown> } {
  const parts: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (value: unknown, name: string, sql: string) => {
    if (value === undefined || value === null || value === '') return;
    parts.push(sql);
    params[name] = value;
  };
  add(f.source, 'source', 'e.source = @source');
  add(f.target, 'target', 'e.target = @target');
  add(f.actor, 'actor', '(e.source = @actor OR e.target = @actor)');
  add(f.category, 'category', 'e.category = @category');
  add(f.polarity, 'polarity', 'e.polarity = @polarity');
  add(f.from, 'from', 'e.date_best >= @from');
  // A bound like '2024-06' includes every day of that month.
  add(f.to, 'to', "e.date_best < @to || '~'");
  add(f.articleId, 'articleId', 'e.article_id = @articleId');
  if (f.countedOnly) parts.push('e.counted = 1');
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export interface CurrentEventRow {
  id: number;
  article_id: number;
  event_key: string;
  source: string;
  target: string;
  category: PloverCategory;
  polarity: Polarity;
  intensity: number;
  modality: 'verbal' | 'material';
  sentence: string;
  start: number;
  end: number;
  date_earliest: string | null;
  date_latest: string | null;
  date_best: string | null;
  date_precision: string | null;
  speaker: string | null;
  negated: number;
  conditional: number;
  hypothetical: number;
  reported: number;
  corrected: number;
  counted: number;
  title: string;
  url: string | null;
  published: string | null;
  source_id: number | null;
  outlet: string | null;
  reliability: Reliability | null;
}

/** Columns of an event view: the event, its article and its outlet. */
export const EVENT_VIEW_SQL = `
  SELECT e.*, a.title, a.url, a.published, a.source_id, s.name AS outlet, s.reliability
  FROM current_events e JOIN articles a ON a.id = e.article_id LEFT JOIN sources s ON s.id = a.source_id`;

export function toEventView(r: CurrentEventRow): EventView {
  return {
    id: r.id,
    key: r.event_key,
    source: r.source,
    target: r.target,
    sourceName: actorName(r.source),
    targetName: actorName(r.target),
    category: r.category,
    polarity: r.polarity,
    intensity: r.intensity,
    modality: r.modality,
    earliest: r.date_earliest,
    latest: r.date_latest,
    best: r.date_best,
    precision: r.date_precision,
    negated: !!r.negated,
    conditional: !!r.conditional,
    hypothetical: !!r.hypothetical,
    reported: !!r.reported,
    speaker: r.speaker,
    corrected: !!r.corrected,
    counted: !!r.counted,
    sentence: r.sentence,
    start: r.start,
    end: r.end,
    article: { id: r.article_id, title: r.title, url: r.url, published: r.published },
    outlet:
      r.source_id != null && r.outlet != null ? { id: r.source_id, name: r.outlet, reliability: r.reliability ?? 'F' } : null,
  };
}

const ORDER = {
  date: 'e.date_best DESC NULLS LAST, e.id DESC',
  intensity: 'abs(e.intensity) DESC, e.date_best DESC NULLS LAST, e.id DESC',
} as const;

export function listCurrentEvents(
  db: Db,
  f: EventFilter & { offset: number; limit: number; sort: keyof typeof ORDER },
): Page<EventView> {
  const { sql: where, params } = eventWhere(f);
  const total = (stmt(db, `SELECT count(*) AS n FROM current_events e ${where}`).get(params) as { n: number }).n;
  const rows = stmt(db, `${EVENT_VIEW_SQL} ${where} ORDER BY ${ORDER[f.sort]} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: f.limit,
    offset: f.offset,
  }) as CurrentEventRow[];
  return { total, offset: f.offset, items: rows.map(toEventView) };
}

/** Every event the filters select, in date order, one row at a time (exports). */
export function* iterateCurrentEvents(db: Db, f: EventFilter): Generator<EventView> {
  const { sql: where, params } = eventWhere(f);
  for (const row of stmt(db, `${EVENT_VIEW_SQL} ${where} ORDER BY e.date_best NULLS LAST, e.id`).iterate(params)) {
    yield toEventView(row as CurrentEventRow);
  }
}

export function getCurrentEvent(db: Db, id: number): EventView | null {
  const row = stmt(db, `${EVENT_VIEW_SQL} WHERE e.id = ?`).get(id) as CurrentEventRow | undefined;
  return row ? toEventView(row) : null;
}

/** A current event in the shape of a stored analysis event (the reader and drafting read this shape). */
export function storedEventOf(e: EventView): StoredEvent & { key: string; articleId: number; counted: boolean } {
  return {
    articleId: e.article.id,
    eventId: String(e.id),
    key: e.key,
    source: e.source,
    target: e.target,
    category: e.category,
    polarity: e.polarity,
    intensity: e.intensity,
    modality: e.modality,
    sentence: e.sentence,
    start: e.start,
    end: e.end,
    date: e.best,
    speaker: e.speaker,
    negated: e.negated,
    conditional: e.conditional,
    hypothetical: e.hypothetical,
    reported: e.reported,
    counted: e.counted,
  };
}

/** One article's current events in text order, for the reader. */
export function articleEvents(db: Db, articleId: number): EventView[] {
  return (stmt(db, `${EVENT_VIEW_SQL} WHERE e.article_id = ? ORDER BY e.start, e.id`).all(articleId) as CurrentEventRow[]).map(
    toEventView,
  );
}
