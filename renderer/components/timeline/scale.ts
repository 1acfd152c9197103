import { addMonths, BUCKET_DAYS, BUCKETS, formatDay, type Bucket } from './dates';

/** The visible time window, in day numbers (see dates.ts): `start` at the left edge, `end` at the right. */
export interface View {
  start: number;
  end: number;
}

/** The narrowest window: two days across the plot. */
export const MIN_SPAN_DAYS = 2;
/** The widest window: a century, so decades fit with room around them. */
export const MAX_SPAN_DAYS = 36_525;
/** A bin narrower than this many pixels is too thin to read; the next coarser bucket is used. */
export const MIN_BIN_PX = 6;

export const span = (v: View): number => v.end - v.start;

/** Day -> x in pixels across a plot `width` wide. */
export function toX(v: View, width: number, day: number): number {
  return ((day - v.start) / span(v)) * width;
}

/** x in pixels -> day. */
export function toDay(v: View, width: number, x: number): number {
  return v.start + (x / width) * span(v);
}

function clampSpan(s: number): number {
  return Math.min(MAX_SPAN_DAYS, Math.max(MIN_SPAN_DAYS, s));
}

/**
 * Zoom by `factor` (> 1 zooms in) keeping the day under `anchor` (0 = left edge, 1 = right edge) where it is.
 * The span never leaves [MIN_SPAN_DAYS, MAX_SPAN_DAYS].
 */
export function zoomAt(v: View, factor: number, anchor = 0.5): View {
  const a = Math.min(1, Math.max(0, anchor));
  const pivot = v.start + a * span(v);
  const next = clampSpan(span(v) / factor);
  return { start: pivot - a * next, end: pivot - a * next + next };
}

/** Move the window by `days` (positive: later). */
export function panBy(v: View, days: number): View {
  return { start: v.start + days, end: v.end + days };
}

/** A window that shows `first`..`last` with a margin of 4% either side (and at least the minimum span). */
export function fitView(first: number, last: number): View {
  const mid = (first + last) / 2;
  const s = clampSpan(Math.max(last - first, 0) * 1.08 || 30);
  return { start: mid - s / 2, end: mid + s / 2 };
}

/**
 * Keep the window near the data: at least a tenth of it overlaps `bounds` (so panning cannot lose the events
 * off screen), and its span stays within the limits.
 */
export function clampView(v: View, bounds: View | null): View {
  const s = clampSpan(span(v));
  let start = v.start + (span(v) - s) / 2;
  if (bounds) {
    const keep = s * 0.1;
    start = Math.min(start, bounds.end - keep);
    start = Math.max(start, bounds.start - s + keep);
  }
  return { start, end: start + s };
}

/** The finest bucket whose bins are at least MIN_BIN_PX wide at this zoom. */
export function chooseBucket(v: View, width: number): Bucket {
  const daysPerPx = span(v) / Math.max(1, width);
  for (const b of BUCKETS) if (BUCKET_DAYS[b] / daysPerPx >= MIN_BIN_PX) return b;
  return 'year';
}

export interface Tick {
  day: number;
  label: string;
  /** A major tick (year or month boundary above the step) is drawn stronger. */
  major: boolean;
}

type Step = { days: number } | { months: number };
const STEPS: Array<{ step: Step; approx: number; label: 'day' | 'month' | 'year' }> = [
  { step: { days: 1 }, approx: 1, label: 'day' },
  { step: { days: 2 }, approx: 2, label: 'day' },
  { step: { days: 7 }, approx: 7, label: 'day' },
  { step: { days: 14 }, approx: 14, label: 'day' },
  { step: { months: 1 }, approx: 30.44, label: 'month' },
  { step: { months: 3 }, approx: 91.3, label: 'month' },
  { step: { months: 6 }, approx: 182.6, label: 'month' },
  { step: { months: 12 }, approx: 365.25, label: 'year' },
  { step: { months: 24 }, approx: 730.5, label: 'year' },
  { step: { months: 60 }, approx: 1826, label: 'year' },
  { step: { months: 120 }, approx: 3652, label: 'year' },
  { step: { months: 240 }, approx: 7305, label: 'year' },
  { step: { months: 600 }, approx: 18262, label: 'year' },
];

/** Axis ticks at calendar boundaries, spaced at least `minPx` apart. */
export function ticks(v: View, width: number, minPx = 90): Tick[] {
  const daysPerPx = span(v) / Math.max(1, width);
  const choice = STEPS.find((s) => s.approx / daysPerPx >= minPx) ?? STEPS[STEPS.length - 1]!;
  const out: Tick[] = [];
  const { step, label } = choice;
  let day: number;
  if ('days' in step) {
    // Day steps start from a Monday for weeks, from the window's first whole day otherwise.
    day = Math.floor(v.start);
    if (step.days >= 7) day -= (((day + 3) % 7) + 7) % 7;
  } else {
    const first = new Date(Math.floor(v.start) * 86_400_000);
    const months = first.getUTCFullYear() * 12 + first.getUTCMonth();
    const aligned = Math.floor(months / step.months) * step.months;
    day = Date.UTC(Math.floor(aligned / 12), aligned % 12, 1) / 86_400_000;
  }
  for (let guard = 0; day <= v.end && guard < 1000; guard++) {
    if (day >= v.start) {
      const date = new Date(day * 86_400_000);
      const major = label === 'day' ? date.getUTCDate() === 1 : date.getUTCMonth() === 0;
      out.push({ day, label: formatDay(day, label), major });
    }
    day = 'days' in step ? day + step.days : addMonths(day, step.months);
  }
  return out;
}
