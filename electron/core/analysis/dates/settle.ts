/** From overlapping rule matches to final expressions: choose spans, join day + time, attach qualifiers, bound. */
import type { TemporalExpression } from '../../../api/analysis';
import { addDays, fromDayNumber, isoDate, narrow, toDayNumber, valueSpan, type Span, type Ymd } from './calendar';
import type { Context, Found, Qualifier } from './context';

export type Ranked = Found & { priority: number };

/** Longest matches win; equal spans go to the higher-priority rule. */
export function chooseSpans(found: Ranked[]): Ranked[] {
  const byStrength = [...found].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Ranked[] = [];
  for (const f of byStrength) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

const CLOCK_BEFORE_DAY = /^\s*(?:,\s*)?(?:on\s+)?$/i;
const DAY_BEFORE_CLOCK = /^\s*(?:,\s*)?(?:at|around|about|from|by)?\s*$/i;

const isDay = (f: Found): boolean => Boolean(f.day) && !f.clock && f.precision === 'day' && f.type === 'DATE';
const isClock = (f: Found): boolean => f.anchorDays === 0 && Boolean(f.clock) && /^\d/.test(f.clock ?? '');

/** "10 p.m. Wednesday", "Tuesday at 5 p.m." become one TIME on that day. */
export function joinDayAndClock(ctx: Context, items: Ranked[]): Ranked[] {
  const out: Ranked[] = [];
  for (const f of items) {
    const prev = out[out.length - 1];
    if (prev) {
      const gap = ctx.text.slice(prev.end, f.start);
      const clockFirst = isClock(prev) && isDay(f) && CLOCK_BEFORE_DAY.test(gap);
      const dayFirst = isDay(prev) && isClock(f) && DAY_BEFORE_CLOCK.test(gap);
      if (clockFirst || dayFirst) {
        const day = (clockFirst ? f.day : prev.day) as Ymd;
        const clock = (clockFirst ? prev.clock : f.clock) as string;
        out[out.length - 1] = {
          ...prev,
          end: f.end,
          type: 'TIME',
          value: `${isoDate(day)}T${clock}`,
          precision: 'day',
          day,
          clock: undefined,
          anchorDays: undefined,
          explicit: true,
          qualifier: prev.qualifier ?? f.qualifier ?? null,
        };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

const QUARTER_REACH = 600;

/** Values that depend on the last explicit day mentioned before them ("the next day", "at 10 p.m."). */
export function resolveAnchors(ctx: Context, items: Ranked[]): void {
  let ref: Ymd | null = ctx.dct;
  let quarter: { y: number; q: number; end: number } | null = null;
  for (const f of items) {
    if (f.shiftYears !== undefined && quarter && f.start - quarter.end < QUARTER_REACH) {
      f.value = `${quarter.y + f.shiftYears}-Q${quarter.q}`;
      f.precision = 'quarter';
    }
    const q = f.shiftYears === undefined ? /^(\d{4})-Q([1-4])$/.exec(f.value) : null;
    if (q) quarter = { y: +q[1], q: +q[2], end: f.end };
    if (f.anchorDays !== undefined) {
      const day = ref ? addDays(ref, f.anchorDays) : null;
      const date = day ? isoDate(day) : 'XXXX-XX-XX';
      f.day = day;
      f.value = f.clock ? `${date}T${f.clock}` : date;
    } else if (f.explicit && f.day) ref = f.day;
  }
}

const SIGNAL =
  /\b(after|before|since|until|till|til|by|from|through|between|prior\s+to|no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|as\s+early\s+as|ahead\s+of|starting|beginning|up\s+to|around|about|approximately|circa|roughly|sometime\s+in|some\s+time\s+in)\s+(?:the\s+end\s+of\s+)?$/i;

const SIGNAL_QUALIFIER: Record<string, Qualifier | 'range'> = {
  after: 'after',
  before: 'before',
  'prior to': 'before',
  'ahead of': 'before',
  since: 'since',
  from: 'since',
  starting: 'since',
  beginning: 'since',
  'no earlier than': 'since',
  'as early as': 'since',
  until: 'until',
  till: 'until',
  til: 'until',
  through: 'until',
  'up to': 'until',
  by: 'by',
  'no later than': 'by',
  'not later than': 'by',
  around: 'approx',
  about: 'approx',
  approximately: 'approx',
  circa: 'approx',
  roughly: 'approx',
  between: 'range',
};

const RANGE_JOIN = /^\s*(?:to|until|till|through|and|-|–|—)\s*$/i;

/** Signals before a DATE/TIME ("after", "until", "by") become its qualifier and join its span. */
export function attachQualifiers(ctx: Context, items: Ranked[]): void {
  for (let i = 0; i < items.length; i++) {
    const f = items[i];
    if (f.type !== 'DATE' && f.type !== 'TIME') continue;
    if (f.qualifier) continue;
    const head = ctx.text.slice(Math.max(0, f.start - 30), f.start);
    const m = SIGNAL.exec(head);
    if (!m) continue;
    const key = m[1].toLowerCase().replace(/\s+/g, ' ');
    const q = SIGNAL_QUALIFIER[key];
    if (!q) continue;
    if (q === 'approx' && /^(?:PAST|PRESENT|FUTURE)_REF$/.test(f.value)) continue;
    if (key === 'by' && f.type === 'DATE' && /_REF$/.test(f.value)) continue;
    f.start -= head.length - m.index;
    const next = items[i + 1];
    const ranged = next && (next.type === 'DATE' || next.type === 'TIME') && RANGE_JOIN.test(ctx.text.slice(f.end, next.start));
    if (q === 'range' || key === 'from' || (q === 'since' && ranged)) {
      if (!ranged) {
        f.start += head.length - m.index;
        continue;
      }
      f.qualifier = 'since';
      next.qualifier = 'until';
    } else f.qualifier = q;
  }
}

const iso = (n: number | null): string | null => (n === null || !Number.isFinite(n) ? null : isoDate(fromDayNumber(n)));

/** Earliest and latest ISO days an expression allows. */
export function bounds(ctx: Context, f: Found): { earliest: string | null; latest: string | null } {
  const today = ctx.dct ? toDayNumber(ctx.dct) : null;
  if (f.type === 'SET') return { earliest: null, latest: null };
  let span: Span | null;
  if (f.type === 'DURATION') span = f.span ?? null;
  else if (f.value === 'PRESENT_REF') span = today === null ? null : { first: today, last: today };
  else if (f.value === 'PAST_REF') span = today === null ? null : { first: -Infinity, last: today };
  else if (f.value === 'FUTURE_REF') span = today === null ? null : { first: today, last: Infinity };
  else {
    span = valueSpan(f.value);
    if (span) span = narrow(span, f.mod ?? null, today);
  }
  if (!span) return { earliest: null, latest: null };
  let first: number | null = span.first;
  let last: number | null = span.last;
  switch (f.qualifier) {
    case 'after':
      first = span.last + 1;
      last = null;
      break;
    case 'before':
      last = span.first - 1;
      first = null;
      break;
    case 'since':
      last = null;
      break;
    case 'until':
    case 'by':
      first = null;
      break;
  }
  return { earliest: iso(first), latest: iso(last) };
}

export function toExpression(ctx: Context, f: Found): TemporalExpression {
  const { earliest, latest } = bounds(ctx, f);
  return {
    text: ctx.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    type: f.type,
    value: f.value,
    earliest,
    latest,
    precision: f.type === 'DURATION' || f.type === 'SET' ? null : f.precision,
    qualifier: f.qualifier ?? null,
  };
}
