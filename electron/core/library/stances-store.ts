import type { CountryCard, EventView, StanceMatrix } from '../../api/models';
import { actorName } from '../analysis/gazetteer';
import type { CounterpartMonth, CounterpartTotal } from '../analysis/stance-table';
import { EVENT_VIEW_SQL, eventWhere, toEventView, type CurrentEventRow } from './events-store';
import type { Db } from './open';
import { stmt } from './statements';

/** A time window over ISO days; `to` may be a prefix (2024-06 includes all of June). */
export interface Window {
  from?: string;
  to?: string;
}

export type Direction = 'toward' | 'fromOthers';

const isMonthEnd = (d: string) => {
  const next = new Date(`${d}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};

/**
 * Month buckets answer a window that starts and ends on month boundaries (or none); any other window
 * reads day buckets, so counts stay exact either way.
 */
export function bucketFor(w: Window): 'month' | 'day' {
  const fromCuts = !!w.from && w.from.length === 10 && !w.from.endsWith('-01');
  const toCuts = !!w.to && w.to.length === 10 && !isMonthEnd(w.to);
  return fromCuts || toCuts ? 'day' : 'month';
}

/** Year buckets answer totals over a window of whole years (or none) with a twelfth of the month rows. */
function totalsBucket(w: Window): 'year' | 'month' | 'day' {
  const fromYear = !w.from || /^\d{4}(-01(-01)?)?$/.test(w.from);
  const toYear = !w.to || /^\d{4}(-12(-31)?)?$/.test(w.to);
  return fromYear && toYear ? 'year' : bucketFor(w);
}

/** Bucket rows in the window; undated events ('' start) count only when there is no window. */
function windowParams(w: Window, params: Record<string, unknown>): string {
  if (!w.from && !w.to) return 'true';
  const parts = ["c.start <> ''"];
  if (w.from) {
    parts.push(`c.start >= @from`);
    params.from = w.from;
  }
  if (w.to) {
    parts.push("c.start < @to || '~'");
    params.to = w.to;
  }
  return parts.join(' AND ');
}

/** One actor's pair totals by counterpart, in one direction, from the coarsest buckets that answer the window. */
export function pairTotals(db: Db, actor: string, direction: Direction, w: Window): CounterpartTotal[] {
  const params: Record<string, unknown> = { actor, bucket: totalsBucket(w) };
  const [mine, theirs] = direction === 'toward' ? ['source', 'target'] : ['target', 'source'];
  return stmt(
    db,
    `SELECT c.${theirs} AS counterpart, sum(c.cooperative) AS cooperative, sum(c.conflictual) AS conflictual,
       sum(c.neutral) AS neutral
     FROM event_counts c
     WHERE c.kind = 'pair' AND c.bucket = @bucket AND c.${mine} = @actor AND c.${theirs} <> @actor AND ${windowParams(w, params)}
     GROUP BY c.${theirs}`,
  ).all(params) as CounterpartTotal[];
}

/** One actor's pair counts with the listed counterparts by month, in one direction, from the pre-aggregated counts. */
export function monthlyPairCounts(
  db: Db,
  actor: string,
  direction: Direction,
  w: Window,
  counterparts: string[],
): CounterpartMonth[] {
  const bucket = bucketFor(w);
  const params: Record<string, unknown> = { actor, bucket, counterparts: JSON.stringify(counterparts) };
  const [mine, theirs] = direction === 'toward' ? ['source', 'target'] : ['target', 'source'];
  const where = `c.kind = 'pair' AND c.bucket = @bucket AND c.${mine} = @actor AND c.${theirs} <> @actor
    AND c.${theirs} IN (SELECT value FROM json_each(@counterparts)) AND ${windowParams(w, params)}`;
  // Month buckets are already one row per counterpart and month, read in index order; day buckets are summed.
  const sql =
    bucket === 'month'
      ? `SELECT c.${theirs} AS counterpart, substr(c.start, 1, 7) AS month, c.cooperative, c.conflictual, c.neutral,
           c.intensity
         FROM event_counts c WHERE ${where} ORDER BY c.${theirs}, c.start`
      : `SELECT c.${theirs} AS counterpart, substr(c.start, 1, 7) AS month, sum(c.cooperative) AS cooperative,
           sum(c.conflictual) AS conflictual, sum(c.neutral) AS neutral, sum(c.intensity) AS intensity
         FROM event_counts c WHERE ${where}
         GROUP BY c.${theirs}, month ORDER BY c.${theirs}, month`;
  return stmt(db, sql).all(params) as CounterpartMonth[];
}

/**
 * The latest and the strongest counted event of each listed counterpart in the window: two index seeks
 * per counterpart on (source, target, date) or (target, source, date).
 */
export function stanceEvidence(
  db: Db,
  actor: string,
  direction: Direction,
  w: Window,
  counterparts: string[],
): Map<string, { latest: EventView; strongest: EventView }> {
  const [mine, theirs] = direction === 'toward' ? ['source', 'target'] : ['target', 'source'];
  const { sql, params } = eventWhere({ [mine]: actor, from: w.from, to: w.to, countedOnly: true });
  const pick = (order: string) =>
    stmt(db, `SELECT e.id FROM current_events e ${sql} AND e.${theirs} = @other ORDER BY ${order} LIMIT 1`).pluck();
  const latest = pick('e.date_best DESC NULLS LAST, e.id DESC');
  const strongest = pick('abs(e.intensity) DESC, e.date_best DESC NULLS LAST, e.id DESC');
  const ids = new Map<string, [number, number]>();
  for (const other of counterparts) {
    const l = latest.get({ ...params, other }) as number | undefined;
    const s = strongest.get({ ...params, other }) as number | undefined;
    if (l !== undefined && s !== undefined) ids.set(other, [l, s]);
  }
  const views = new Map<number, EventView>();
  const wanted = [...new Set([...ids.values()].flat())];
  const byId = stmt(db, `${EVENT_VIEW_SQL} WHERE e.id IN (SELECT value FROM json_each(?))`);
  for (const row of byId.all(JSON.stringify(wanted)) as CurrentEventRow[]) views.set(row.id, toEventView(row));
  const out = new Map<string, { latest: EventView; strongest: EventView }>();
  for (const [other, [l, s]] of ids) out.set(other, { latest: views.get(l)!, strongest: views.get(s)! });
  return out;
}

/** The most active actors in the window and the counted events between each pair of them. */
export function stanceMatrix(db: Db, w: Window, size: number, include?: string): StanceMatrix {
  const params: Record<string, unknown> = { bucket: totalsBucket(w), size };
  const where = windowParams(w, params);
  const top = (
    stmt(
      db,
      `SELECT c.source AS code, sum(c.cooperative + c.conflictual + c.neutral) AS n FROM event_counts c
       WHERE c.kind = 'actor' AND c.bucket = @bucket AND ${where} GROUP BY c.source ORDER BY n DESC, c.source LIMIT @size`,
    ).all(params) as Array<{ code: string }>
  ).map((r) => r.code);
  if (include && !top.includes(include)) {
    const has = stmt(db, "SELECT 1 FROM event_counts WHERE kind = 'actor' AND bucket = 'year' AND source = ? LIMIT 1").get(
      include,
    );
    if (has) top.splice(Math.max(0, size - 1), 1, include);
  }
  const actors = top.map((code) => ({ code, name: actorName(code) }));
  if (!top.length) return { actors, cells: [] };
  const list = top.map((code, i) => ((params[`m${i}`] = code), `@m${i}`)).join(', ');
  const cells = stmt(
    db,
    `SELECT c.source, c.target, sum(c.cooperative) AS cooperative, sum(c.conflictual) AS conflictual, sum(c.neutral) AS neutral
     FROM event_counts c
     WHERE c.kind = 'pair' AND c.bucket = @bucket AND c.source IN (${list}) AND c.target IN (${list}) AND c.source <> c.target
       AND ${where}
     GROUP BY c.source, c.target`,
  ).all(params) as StanceMatrix['cells'];
  return { actors, cells };
}

/** First and last mention, article count, top counterparts both ways, top outlets and key quotes. */
export function countryCardData(db: Db, actor: string): Omit<CountryCard, 'name' | 'kind'> {
  const mentions = stmt(
    db,
    `SELECT min(a.published) AS first, max(a.published) AS last, count(*) AS n
     FROM articles a WHERE a.id IN (SELECT article_id FROM mentions WHERE actor = ?)`,
  ).get(actor) as { first: string | null; last: string | null; n: number };
  const counterparts = (mine: string, theirs: string) =>
    (
      stmt(
        db,
        `SELECT ${theirs} AS code, sum(cooperative + conflictual + neutral) AS events FROM event_counts
         WHERE kind = 'pair' AND bucket = 'year' AND ${mine} = ? AND ${theirs} <> ?
         GROUP BY ${theirs} ORDER BY events DESC, code LIMIT 5`,
      ).all(actor, actor) as Array<{ code: string; events: number }>
    ).map((r) => ({ ...r, name: actorName(r.code) }));
  const topOutlets = stmt(
    db,
    `SELECT s.id, s.name, s.reliability, count(*) AS articles
     FROM articles a JOIN sources s ON s.id = a.source_id
     WHERE a.id IN (SELECT article_id FROM mentions WHERE actor = ?)
     GROUP BY s.id ORDER BY articles DESC, s.name LIMIT 5`,
  ).all(actor) as CountryCard['topOutlets'];
  const quotes = stmt(
    db,
    `SELECT q.text, q.speaker, q.article_id AS articleId, a.title AS articleTitle, a.published, q.start, q.end
     FROM quotes q JOIN articles a ON a.id = q.article_id
     WHERE q.actor = ? AND q.speaker IS NOT NULL AND q.kind = 'direct' AND length(q.text) >= 20
     ORDER BY a.published DESC NULLS LAST, q.id LIMIT 5`,
  ).all(actor) as CountryCard['quotes'];
  return {
    actor,
    firstMention: mentions.first,
    lastMention: mentions.last,
    articleCount: mentions.n,
    topTargets: counterparts('source', 'target'),
    topSources: counterparts('target', 'source'),
    topOutlets,
    quotes,
  };
}

export interface PairMonth {
  source: string;
  target: string;
  month: string;
  cooperative: number;
  conflictual: number;
  neutral: number;
  intensity: number;
}

/** Counts of every directed pair (or those involving `actor`) by month in the window. */
export function pairMonths(db: Db, w: Window, actor?: string): PairMonth[] {
  const params: Record<string, unknown> = { bucket: bucketFor(w) };
  let where = `c.kind = 'pair' AND c.bucket = @bucket AND c.source <> c.target AND ${windowParams(w, params)}`;
  if (actor) {
    where += ' AND (c.source = @actor OR c.target = @actor)';
    params.actor = actor;
  }
  return stmt(
    db,
    `SELECT c.source, c.target, substr(c.start, 1, 7) AS month, sum(c.cooperative) AS cooperative,
       sum(c.conflictual) AS conflictual, sum(c.neutral) AS neutral, sum(c.intensity) AS intensity
     FROM event_counts c WHERE ${where} GROUP BY c.source, c.target, month`,
  ).all(params) as PairMonth[];
}

/** The strongest counted events of each pair in the window (at most `per` a pair). */
export function strongestByPair(db: Db, w: Window, per: number, actor?: string): EventView[] {
  const { sql, params } = eventWhere({ actor, from: w.from, to: w.to, countedOnly: true });
  return (
    stmt(
      db,
      `${EVENT_VIEW_SQL} WHERE e.id IN (
         SELECT id FROM (
           SELECT e.id, row_number() OVER (
             PARTITION BY e.source, e.target ORDER BY abs(e.intensity) DESC, e.date_best DESC NULLS LAST, e.id) AS nth
           FROM current_events e ${sql}
         ) WHERE nth <= @per)
       ORDER BY abs(e.intensity) DESC, e.date_best DESC NULLS LAST, e.id`,
    ).all({ ...params, per }) as CurrentEventRow[]
  ).map(toEventView);
}
