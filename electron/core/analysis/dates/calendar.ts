/** Plain calendar arithmetic on UTC day numbers, and the bounds of TimeML values. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const toDayNumber = (v: Ymd): number => dayNumber(v.y, v.m, v.d);

export const addDays = (v: Ymd, days: number): Ymd => fromDayNumber(toDayNumber(v) + days);

/** ISO weekday: Monday 1 .. Sunday 7. */
export function weekday(v: Ymd): number {
  const w = new Date(toDayNumber(v) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + delta;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function isoWeek(v: Ymd): { y: number; w: number } {
  const n = toDayNumber(v);
  const thursday = fromDayNumber(n + 4 - weekday(v));
  const first = dayNumber(thursday.y, 1, 1);
  return { y: thursday.y, w: Math.floor((toDayNumber(thursday) - first) / 7) + 1 };
}

/** Monday of ISO week `w` of ISO year `y`. */
export function isoWeekStart(y: number, w: number): Ymd {
  const jan4 = { y, m: 1, d: 4 };
  return fromDayNumber(toDayNumber(jan4) - weekday(jan4) + 1 + (w - 1) * 7);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoDate = (v: Ymd): string => `${pad(v.y, 4)}-${pad(v.m)}-${pad(v.d)}`;
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const weekValue = (v: Ymd): string => {
  const { y, w } = isoWeek(v);
  return `${pad(y, 4)}-W${pad(w)}`;
};

export function parseIsoDate(s: string | null | undefined): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return null;
  const v = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return v.m >= 1 && v.m <= 12 && v.d >= 1 && v.d <= daysInMonth(v.y, v.m) ? v : null;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Season[] = ['SP', 'SU', 'FA', 'WI'];

/** Meteorological (northern) seasons; winter YYYY runs from December YYYY to February YYYY+1. */
export function seasonOf(v: Ymd): { y: number; s: Season } {
  if (v.m <= 2) return { y: v.y - 1, s: 'WI' };
  if (v.m === 12) return { y: v.y, s: 'WI' };
  return { y: v.y, s: SEASONS[Math.floor((v.m - 3) / 3)] };
}

export const quarterOf = (v: Ymd): number => Math.floor((v.m - 1) / 3) + 1;

export interface Span {
  first: number;
  last: number;
}

function monthsSpan(y: number, m: number, count: number): Span {
  const end = addMonths(y, m, count - 1);
  return { first: dayNumber(y, m, 1), last: dayNumber(end.y, end.m, daysInMonth(end.y, end.m)) };
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The days a TimeML DATE/TIME value covers, as day numbers; null for values with no calendar extent. */
export function valueSpan(value: string): Span | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const n = dayNumber(+m[1], +m[2], +m[3]);
    return { first: n, last: n };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const start = toDayNumber(isoWeekStart(+m[1], +m[2]));
    return m[3] ? { first: start + 5, last: start + 6 } : { first: start, last: start + 6 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthsSpan(+m[1], +m[2], 1);
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return monthsSpan(+m[1], SEASON_START[m[2] as Season], 3);
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return monthsSpan(+m[1], (+m[2] - 1) * 3 + 1, 3);
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) return monthsSpan(+m[1], +m[2] === 1 ? 1 : 7, 6);
  m = /^(\d{4})$/.exec(value);
  if (m) return monthsSpan(+m[1], 1, 12);
  m = /^(\d{3})$/.exec(value);
  if (m) return monthsSpan(+m[1] * 10, 1, 120);
  m = /^(\d{2})$/.exec(value);
  if (m) return monthsSpan(+m[1] * 100, 1, 1200);
  return null;
}

export type Mod = 'START' | 'MID' | 'END' | 'EARLIER' | 'LATER';

/** Narrow a span to its early, middle or late third, or to the part before/after the reference day. */
export function narrow(span: Span, mod: Mod | null, ref: number | null): Span {
  if (!mod) return span;
  const third = Math.floor((span.last - span.first + 1) / 3);
  if (mod === 'START') return { first: span.first, last: span.first + Math.max(third - 1, 0) };
  if (mod === 'END') return { first: span.last - Math.max(third - 1, 0), last: span.last };
  if (mod === 'MID') return { first: span.first + third, last: span.last - third };
  if (ref === null || ref < span.first || ref > span.last) return span;
  return mod === 'EARLIER' ? { first: span.first, last: ref } : { first: ref, last: span.last };
}
