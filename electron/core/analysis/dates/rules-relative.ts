/** Expressions resolved against the publication date or an earlier date in the text. */
import { addDays, addMonths, isoDate, isoMonth, weekday, weekValue, type Ymd } from './calendar';
import { dayFound, futureTense, modOf, relationOf, shiftMonth, weekdayDate, type Context, type Partial } from './context';
import { APPROX, COUNT, durationValue, PART_OF_DAY, parseCount, unitCode, weekdayNumber, WEEKDAY, UNIT } from './lexicon';
import { isCapitalised, rx, type Rule } from './rule';

const PARTS = '(morning|afternoon|evening|night|overnight)';

function withPart(day: Ymd | null, part: string | undefined, extra: Partial | object = {}): Partial {
  if (!part) return dayFound(day, { explicit: true, ...extra });
  const code = PART_OF_DAY[part.toLowerCase()];
  return { type: 'TIME', value: `${day ? isoDate(day) : 'XXXX-XX-XX'}T${code}`, precision: 'day', day, explicit: true, ...extra };
}

const DAY_WORD_OFFSET: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** Saturday of the weekend a phrase points at, from the publication date. */
function weekendOf(ctx: Context, rel: string, future: boolean): Ymd | null {
  if (!ctx.dct) return null;
  const wd = weekday(ctx.dct);
  const thisSaturday = addDays(ctx.dct, 6 - wd);
  if (rel === 'next') return addDays(thisSaturday, 7);
  if (rel === 'this') return thisSaturday;
  if (rel === 'last' || !future) return wd >= 6 ? thisSaturday : addDays(thisSaturday, -7);
  return thisSaturday;
}

function relativePeriod(ctx: Context, unit: string, delta: number): { value: string; precision: Partial['precision'] } | null {
  const d = ctx.dct;
  if (!d) return null;
  switch (unit) {
    case 'week':
      return { value: weekValue(addDays(d, 7 * delta)), precision: 'week' };
    case 'month':
      return { value: shiftMonth(d, delta), precision: 'month' };
    case 'year':
      return { value: String(d.y + delta), precision: 'year' };
    case 'decade':
      return { value: String(Math.floor(d.y / 10) + delta), precision: 'decade' };
    default:
      return null;
  }
}

export const RELATIVE_RULES: Rule[] = [
  {
    // (late) yesterday (afternoon), tonight, the day after tomorrow
    re: rx(
      `\\b(?:(early|late|earlier|later)\\s+)?(today|tonight|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)\\b(?:['’]s)?(?:\\s+${PARTS}\\b)?`,
    ),
    gate: /today|tonight|yesterday|tomorrow/i,
    build: (m, ctx) => {
      const word = m[2].toLowerCase().replace(/\s+/g, ' ');
      const day = ctx.dct ? addDays(ctx.dct, DAY_WORD_OFFSET[word]) : null;
      const mod = modOf(m[1]);
      const end = m.index + m[0].length;
      const trimmed = /['’]s/.test(m[0]) && !m[3] ? m.index + m[0].replace(/['’]s$/, '').length : end;
      const part = m[3] ?? (word === 'tonight' ? 'tonight' : undefined);
      return { ...withPart(day, part, { mod: mod === 'START' || mod === 'END' ? mod : null }), end: trimmed };
    },
  },
  {
    // this morning, last night
    re: rx(`\\b(this|last)\\s+(morning|afternoon|evening|night)\\b`),
    gate: /morning|afternoon|evening|night/i,
    build: (m, ctx) => {
      const last = m[1].toLowerCase() === 'last';
      const day = ctx.dct ? addDays(ctx.dct, last ? -1 : 0) : null;
      return withPart(day, m[2]);
    },
  },
  {
    // (last) Tuesday (morning)
    re: rx(
      `(?:\\b(last|next|this|this\\s+coming|this\\s+past|coming|past)\\s+)?(?:\\b(early|late)\\s+)?\\b(${WEEKDAY})(?!\\w)(?:\\s+${PARTS}\\b)?`,
    ),
    gate: /(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\./i,
    build: (m, ctx) => {
      if (!isCapitalised(m[3]) && m[3].endsWith('.')) return null;
      if (/^(?:sun|sat|wed|mon)\.$/i.test(m[3]) && !isCapitalised(m[3])) return null;
      const wd = weekdayNumber(m[3]);
      const end = m.index + m[0].length;
      const day = weekdayDate(ctx, wd, relationOf(m[1]), futureTense(ctx, m.index, end));
      const mod = modOf(m[2]);
      return withPart(day, m[4], { mod });
    },
  },
  {
    // Fridays, on Sundays
    re: rx(`\\b(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)\\b`),
    gate: /days\b/,
    build: (m) => ({ type: 'SET', value: `XXXX-WXX-${weekdayNumber(m[1].slice(0, -1))}`, precision: null }),
  },
  {
    // (earlier) this week, last month, next year, the coming weekend, the past decade
    re: rx(
      `(?:\\b(early|late|earlier|later|mid|the\\s+(?:start|beginning|end|middle)\\s+of)[\\s-]+)?(?:\\b(the)\\s+)?\\b(this|last|latest|next|past|coming|previous|current|this\\s+past|this\\s+coming)\\s+(?:fiscal\\s+)?(week|weekend|month|year|decade)\\b(?!-)`,
    ),
    gate: /week|month|year|decade/i,
    build: (m, ctx) => {
      const the = Boolean(m[2]);
      const rel = m[3].toLowerCase().replace(/\s+/g, ' ');
      const unit = m[4].toLowerCase();
      if (isCapitalised(m[4])) return null;
      const mod = modOf(m[1]);
      if ((rel === 'past' || (the && (rel === 'last' || rel === 'next'))) && unit !== 'weekend') {
        if (mod) return null;
        const code = unitCode(unit);
        return { type: 'DURATION', value: durationValue(1, code), precision: null, span: null };
      }
      const r = relationOf(rel);
      const delta = r === 'last' ? -1 : r === 'next' ? 1 : 0;
      if (unit === 'weekend') {
        const sat = weekendOf(ctx, r ?? '', futureTense(ctx, m.index, m.index + m[0].length));
        return { type: 'DATE', value: sat ? `${weekValue(sat)}-WE` : 'XXXX-WXX-WE', precision: 'week', mod };
      }
      const p = relativePeriod(ctx, unit, delta);
      return { type: 'DATE', value: p ? p.value : 'XXXX', precision: p ? p.precision : 'year', mod };
    },
  },
  {
    // the weekend
    re: rx(`\\bthe\\s+weekend\\b`),
    build: (m, ctx) => {
      const sat = weekendOf(ctx, '', futureTense(ctx, m.index, m.index + m[0].length));
      return { type: 'DATE', value: sat ? `${weekValue(sat)}-WE` : 'XXXX-WXX-WE', precision: 'week' };
    },
  },
  {
    // the current year, the year-earlier period
    re: rx(`\\bthe\\s+current\\s+(year|month|week)\\b`),
    build: (m, ctx) => {
      const p = relativePeriod(ctx, m[1].toLowerCase(), 0);
      return p ? { type: 'DATE', ...p } : null;
    },
  },
  {
    // two days ago, a year earlier, three weeks from now
    re: rx(`\\b(?:${APPROX}\\s+)?(${COUNT})[\\s-]+(${UNIT})(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence|back)\\b`),
    gate: /ago|earlier|later|from now|hence|back/i,
    build: (m, ctx) => {
      const n = parseCount(m[2]);
      const unit = unitCode(m[3]);
      const dir = m[4].toLowerCase();
      const sign = dir === 'later' || dir.startsWith('from') || dir === 'hence' ? 1 : -1;
      const qualifier = m[1] ? 'approx' : null;
      if (n === null) {
        if (sign > 0 || dir !== 'ago') return null;
        return { type: 'DATE', value: 'PAST_REF', precision: 'vague', qualifier };
      }
      const anaphoric = dir === 'earlier' || dir === 'later';
      if (unit === 'D' || unit === 'W' || unit === 'H' || unit === 'MIN' || unit === 'S') {
        const days = unit === 'D' ? n : unit === 'W' ? 7 * n : 0;
        if (anaphoric) return { type: 'DATE', value: '', precision: 'day', anchorDays: sign * days, qualifier };
        return dayFound(ctx.dct ? addDays(ctx.dct, sign * Math.round(days)) : null, { qualifier });
      }
      if (!ctx.dct) return { type: 'DATE', value: 'XXXX', precision: 'year', qualifier };
      if (unit === 'M') {
        const r = addMonths(ctx.dct.y, ctx.dct.m, sign * Math.round(n));
        return { type: 'DATE', value: isoMonth(r.y, r.m), precision: 'month', qualifier };
      }
      if (unit === 'Q') {
        const r = addMonths(ctx.dct.y, ctx.dct.m, sign * Math.round(n) * 3);
        return { type: 'DATE', value: `${r.y}-Q${Math.floor((r.m - 1) / 3) + 1}`, precision: 'quarter', qualifier };
      }
      const years = unit === 'E' ? 10 * n : unit === 'C' ? 100 * n : unit === 'L' ? 1000 * n : n;
      const shiftYears = unit === 'Y' && Number.isInteger(n) ? sign * n : undefined;
      return { type: 'DATE', value: String(ctx.dct.y + sign * Math.round(years)), precision: 'year', qualifier, shiftYears };
    },
    priority: 3,
  },
  {
    // the next day, the following morning, that day, the day before
    re: rx(
      `\\b(?:the\\s+(next|following|previous|preceding|same)\\s+(day|morning|afternoon|evening|night)|the\\s+day\\s+(before|after)|(that|the\\s+same)\\s+(day|morning|afternoon|evening|night))\\b`,
    ),
    gate: /day|morning|afternoon|evening|night/i,
    build: (m) => {
      const rel = (m[1] ?? m[3] ?? '').toLowerCase();
      const offset =
        rel === 'next' || rel === 'following' || rel === 'after'
          ? 1
          : rel === 'previous' || rel === 'preceding' || rel === 'before'
            ? -1
            : 0;
      const part = (m[2] ?? m[5] ?? 'day').toLowerCase();
      const clock = part === 'day' ? undefined : PART_OF_DAY[part];
      return { type: clock ? 'TIME' : 'DATE', value: '', precision: 'day', anchorDays: offset, clock };
    },
  },
];
