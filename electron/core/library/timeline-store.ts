import type { Polarity } from '../../api/analysis';
import { POLARITIES } from '../../api/plover';
import type { TimelineData } from '../../api/models';
import { actorName } from '../analysis/gazetteer';
import { bucketStartSql } from './events-sql';
import type { Db } from './open';
import { stmt } from './statements';

export const ITEM_CAP = 20_000;

export interface TimelineQuery {
  lanes: 'actor' | 'pair';
  actors?: string[];
  maxLanes: number;
  from?: string;
  to?: string;
  bucket: TimelineData['bucket'];
  polarity?: Polarity[];
}

/** Sum of the chosen polarities' count columns. */
const countOf = (polarity: readonly Polarity[]) => polarity.map((p) => `c.${p}`).join(' + ');

interface LaneRow {
  source: string;
  target: string;
  n: number;
}

/** The lanes: the most active actors or pairs in the window (or those involving the chosen actors). */
function pickLanes(db: Db, q: TimelineQuery, bucket: string, polarity: readonly Polarity[]): LaneRow[] {
  const params: Record<string, unknown> = { kind: q.lanes, bucket, limit: q.maxLanes };
  const where = ['c.kind = @kind', 'c.bucket = @bucket'];
  if (q.from) {
    where.push(`c.start >= ${bucketStartSql(bucket, '@from')}`);
    params.from = q.from;
  } else if (q.to) where.push("c.start <> ''");
  if (q.to) {
    where.push('c.start <= @to');
    params.to = q.to;
  }
  if (q.actors?.length) {
    const list = q.actors.map((a, i) => ((params[`a${i}`] = a), `@a${i}`)).join(', ');
    where.push(q.lanes === 'actor' ? `c.source IN (${list})` : `(c.source IN (${list}) OR c.target IN (${list}))`);
  }
  return stmt(
    db,
    `SELECT c.source, c.target, sum(${countOf(polarity)}) AS n FROM event_counts c WHERE ${where.join(' AND ')}
     GROUP BY c.source, c.target HAVING n > 0 ORDER BY n DESC, c.source, c.target LIMIT @limit`,
  ).all(params) as LaneRow[];
}

const laneKey = (r: { source: string; target: string }) => (r.target ? `${r.source}>${r.target}` : r.source);
const laneLabel = (r: { source: string; target: string }) =>
  r.target ? `${actorName(r.source)} → ${actorName(r.target)}` : actorName(r.source);

/** Lanes as a VALUES list for joins, with their index. */
function lanesValues(lanes: LaneRow[], params: Record<string, unknown>): string {
  return lanes
    .map((l, i) => {
      params[`s${i}`] = l.source;
      params[`t${i}`] = l.target;
      return `(${i}, @s${i}, @t${i})`;
    })
    .join(', ');
}

function windowWhere(q: TimelineQuery, column: string, params: Record<string, unknown>, bucket?: string): string[] {
  const parts: string[] = [];
  if (q.from) {
    parts.push(`${column} >= ${bucket ? bucketStartSql(bucket, '@from') : '@from'}`);
    params.from = q.from;
  }
  if (q.to) {
    parts.push(`${column} <= @to`);
    params.to = q.to;
  }
  return parts;
}

function bins(db: Db, q: TimelineQuery, lanes: LaneRow[], polarity: readonly Polarity[]): NonNullable<TimelineData['bins']> {
  const params: Record<string, unknown> = { kind: q.lanes, bucket: q.bucket };
  const values = lanesValues(lanes, params);
  const where = ["c.start <> ''", ...windowWhere(q, 'c.start', params, q.bucket)];
  const column = (p: Polarity) => (polarity.includes(p) ? `c.${p}` : '0');
  const rows = stmt(
    db,
    `WITH lanes (i, source, target) AS (VALUES ${values})
     SELECT l.i AS lane, c.start, ${POLARITIES.map((p) => `${column(p)} AS ${p}`).join(', ')}
     FROM lanes l JOIN event_counts c ON c.kind = @kind AND c.bucket = @bucket AND c.source = l.source AND c.target = l.target
     WHERE ${where.join(' AND ')} AND (${countOf(polarity)}) > 0
     ORDER BY c.start, l.i`,
  )
    .raw(true)
    .all(params) as Array<[number, string, number, number, number]>;
  const out = {
    lane: [] as number[],
    start: [] as string[],
    cooperative: [] as number[],
    conflictual: [] as number[],
    neutral: [] as number[],
  };
  for (const [lane, start, coop, conf, neutral] of rows) {
    out.lane.push(lane);
    out.start.push(start);
    out.cooperative.push(coop);
    out.conflictual.push(conf);
    out.neutral.push(neutral);
  }
  return out;
}

function items(
  db: Db,
  q: TimelineQuery,
  lanes: LaneRow[],
  polarity: readonly Polarity[],
): { items: NonNullable<TimelineData['items']>; truncated: boolean } {
  const params: Record<string, unknown> = { cap: ITEM_CAP + 1 };
  const values = lanesValues(lanes, params);
  const where = ['e.counted = 1', 'e.date_best IS NOT NULL', ...windowWhere(q, 'e.date_best', params)];
  if (polarity.length < POLARITIES.length) where.push(`e.polarity IN (${polarity.map((p) => `'${p}'`).join(', ')})`);
  // Actor lanes take events on either side; an event between two lanes' actors shows in both.
  const join =
    q.lanes === 'actor'
      ? 'JOIN current_events e ON e.source = l.source UNION ALL SELECT l.i, e.* FROM lanes l JOIN current_events e ON e.target = l.source AND e.target <> e.source'
      : 'JOIN current_events e ON e.source = l.source AND e.target = l.target';
  const rows = stmt(
    db,
    `WITH lanes (i, source, target) AS (VALUES ${values})
     SELECT lane, id, date_earliest, date_latest, date_best, polarity, intensity FROM (
       SELECT l.i AS lane, e.* FROM lanes l ${join}
     ) e WHERE ${where.join(' AND ')}
     ORDER BY e.date_best, e.id LIMIT @cap`,
  )
    .raw(true)
    .all(params) as Array<[number, number, string, string, string, Polarity, number]>;
  const truncated = rows.length > ITEM_CAP;
  const out = {
    id: [] as number[],
    lane: [] as number[],
    earliest: [] as string[],
    latest: [] as string[],
    best: [] as string[],
    polarity: [] as Polarity[],
    intensity: [] as number[],
  };
  for (const [lane, id, earliest, latest, best, p, intensity] of rows.slice(0, ITEM_CAP)) {
    out.lane.push(lane);
    out.id.push(id);
    out.earliest.push(earliest ?? best);
    out.latest.push(latest ?? best);
    out.best.push(best);
    out.polarity.push(p);
    out.intensity.push(intensity);
  }
  return { items: out, truncated };
}

function undated(db: Db, q: TimelineQuery, lanes: LaneRow[], polarity: readonly Polarity[]): TimelineData['undated'] {
  const params: Record<string, unknown> = { kind: q.lanes };
  const values = lanesValues(lanes, params);
  return stmt(
    db,
    `WITH lanes (i, source, target) AS (VALUES ${values})
     SELECT l.i AS lane, ${countOf(polarity)} AS count
     FROM lanes l JOIN event_counts c ON c.kind = @kind AND c.bucket = 'year' AND c.source = l.source AND c.target = l.target
       AND c.start = ''
     WHERE (${countOf(polarity)}) > 0 ORDER BY l.i`,
  ).all(params) as TimelineData['undated'];
}

function range(db: Db): TimelineData['range'] {
  const row = stmt(
    db,
    `SELECT min(start) AS first, max(start) AS last FROM event_counts
     WHERE kind = 'actor' AND bucket = 'day' AND start <> ''`,
  ).get() as { first: string | null; last: string | null };
  return { first: row.first, last: row.last };
}

/** Binned counts per lane (or single items when zoomed in), from the pre-aggregated counts. */
export function timeline(db: Db, q: TimelineQuery): TimelineData {
  const polarity = q.polarity?.length ? POLARITIES.filter((p) => q.polarity!.includes(p)) : POLARITIES;
  const laneRows = pickLanes(db, q, q.bucket === 'item' ? 'day' : q.bucket, polarity);
  const lanes = laneRows.map((r) => ({ key: laneKey(r), label: laneLabel(r), count: r.n }));
  const data: TimelineData = {
    lanes,
    bucket: q.bucket,
    bins: null,
    items: null,
    undated: [],
    truncated: false,
    range: range(db),
  };
  if (!laneRows.length) return data;
  data.undated = undated(db, q, laneRows, polarity);
  if (q.bucket === 'item') {
    const found = items(db, q, laneRows, polarity);
    data.items = found.items;
    data.truncated = found.truncated;
  } else data.bins = bins(db, q, laneRows, polarity);
  return data;
}
