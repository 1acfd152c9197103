/**
 * Calendar arithmetic for the timeline. Time is counted in UTC days since 1970-01-01 (fractions allowed),
 * which keeps every position a plain number that fits a Float64Array.
 */

export type Bucket = 'day' | 'week' | 'month' | 'quarter' | 'year';

export const MS_PER_DAY = 86_400_000;

/** Nominal length of each bucket in days, for choosing one from the zoom. */
export const BUCKET_DAYS: Record<Bucket, number> = { day: 1, week: 7, month: 30.44, quarter: 91.31, year: 365.25 };

export const BUCKETS: readonly Bucket[] = ['day', 'week', 'month', 'quarter', 'year'];

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time part is ignored) -> day number of its first day; NaN if unreadable. */
export function isoToDay(value: string | null | undefined): number {
  if (!value) return Number.NaN;
  const m = ISO.exec(value);
  if (!m) return Number.NaN;
  const ms = Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
  return ms / MS_PER_DAY;
}

/** Day number -> `YYYY-MM-DD` (the day it falls in). */
export function dayToIso(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(Math.floor(day) * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

const fromYm = (y: number, m: number): number => Date.UTC(y, m, 1) / MS_PER_DAY;

/** The first day of the bucket that contains `day` (weeks start on Monday, as ISO weeks do). */
export function bucketStart(day: number, bucket: Bucket): number {
  const whole = Math.floor(day);
  const { y, m } = ymd(whole);
  switch (bucket) {
    case 'day':
      return whole;
    case 'week':
      // 1970-01-01 was a Thursday: day 4 of its ISO week.
      return whole - ((((whole + 3) % 7) + 7) % 7);
    case 'month':
      return fromYm(y, m);
    case 'quarter':
      return fromYm(y, m - (m % 3));
    case 'year':
      return fromYm(y, 0);
  }
}

/** The first day of the bucket after the one that contains `day`. */
export function bucketEnd(day: number, bucket: Bucket): number {
  const start = bucketStart(day, bucket);
  const { y, m } = ymd(start);
  switch (bucket) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return fromYm(y, m + 1);
    case 'quarter':
      return fromYm(y, m + 3);
    case 'year':
      return fromYm(y + 1, 0);
  }
}

/** Add whole months to a day (clamped to the first of the month), for tick steps. */
export function addMonths(day: number, months: number): number {
  const { y, m } = ymd(day);
  return fromYm(y, m + months);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "5 Jun 2024", "Jun 2024" or "2024": the one date format of the app, at the precision asked. */
export function formatDay(day: number, precision: 'day' | 'month' | 'year' = 'day'): string {
  const { y, m, d } = ymd(day);
  if (precision === 'year') return String(y);
  if (precision === 'month') return `${MONTHS[m]} ${y}`;
  return `${d} ${MONTHS[m]} ${y}`;
}
