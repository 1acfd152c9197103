/** What a rule sees while it resolves a match: the text, the publication date and the tense around it. */
import type { TemporalExpression } from '../../../api/analysis';
import {
  addDays,
  addMonths,
  dayNumber,
  fromDayNumber,
  isoDate,
  seasonOf,
  SEASONS,
  toDayNumber,
  weekday,
  type Mod,
  type Season,
  type Span,
  type Ymd,
} from './calendar';

export type TimexType = TemporalExpression['type'];
export type Precision = NonNullable<TemporalExpression['precision']>;
export type Qualifier = NonNullable<TemporalExpression['qualifier']>;

export interface Context {
  text: string;
  dct: Ymd | null;
}

/** A recognised expression before overlaps, merging and qualifiers are settled. */
export interface Found {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  precision: Precision | null;
  mod?: Mod | null;
  qualifier?: Qualifier | null;
  /** A calendar day (weekday, date, today...) that a clock time next to it can attach to. */
  day?: Ymd | null;
  /** A clock time ("17:00") or part of day ("MO") waiting for its day. */
  clock?: string;
  /** Day offset from the last explicit day in the text ("the next day"), resolved in reading order. */
  anchorDays?: number;
  /** An explicit calendar day that later anaphoric expressions refer back to. */
  explicit?: boolean;
  /** "A year earlier" after a quarter: the same quarter this many years away. */
  shiftYears?: number;
  /** Bounds set by the rule itself (anchored durations), in day numbers. */
  span?: Span | null;
}

export type Partial = Omit<Found, 'start' | 'end'> & { start?: number; end?: number };

export type Tense = 'past' | 'future' | null;

const CLAUSE_START =
  /(?<!\b(?:[a-z]\.[a-z]|mrs?|ms|dr|st|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|gen|sen|rep|gov|lt|col|no))[.!?;:]\s|\n|\b(?:and|but|while|when|after|before|because|since)\s/gi;
const TENSE_CUE =
  /\b(?:(will|won't|shall|going\s+to|scheduled|expected|expects?|expecting|due|set\s+to|plans?|planned|planning|intends?|is\s+to|are\s+to|would|might|upcoming|next|hopes?\s+to|aims?\s+to|to\s+be|until|as\s+soon\s+as|as\s+early\s+as|effective|opens|closes|begins|starts|expires|resumes|meets|arrives|leaves|travels|heads|takes\s+effect)|(was|were|had|did|said|says|told|met|began|begun|left|came|went|took|made|gave|held|found|saw|sent|won|lost|fell|rose|shot|hit|killed|ago|last|since)|(\w{3,}ed))\b|('ll)\b/gi;

function lastCue(window: string): Tense {
  let tense: Tense = null;
  TENSE_CUE.lastIndex = 0;
  for (let m = TENSE_CUE.exec(window); m; m = TENSE_CUE.exec(window)) {
    // A participle after a future cue ("will be held") keeps the future.
    if (tense === 'future' && (m[3] || (m[2] && /\bbe(?:en|ing)?\s+$/i.test(window.slice(0, m.index))))) continue;
    tense = m[1] || m[4] ? 'future' : 'past';
  }
  return tense;
}

/** The tense of the clause around [start, end): the nearest cue before it, else the first after it. */
export function clauseTense(ctx: Context, start: number, end: number): Tense {
  let before = ctx.text.slice(Math.max(0, start - 60), start);
  CLAUSE_START.lastIndex = 0;
  let cut = -1;
  for (let m = CLAUSE_START.exec(before); m; m = CLAUSE_START.exec(before)) cut = m.index + m[0].length;
  if (cut >= 0) before = before.slice(cut);
  if (/\b(?:by|effective)\s+$/i.test(before)) return 'future';
  const found = lastCue(before);
  if (found) return found;
  const after = ctx.text.slice(end, end + 40).split(/[.;!?\n]/, 1)[0];
  TENSE_CUE.lastIndex = 0;
  const m = TENSE_CUE.exec(after);
  return m ? (m[1] || m[4] ? 'future' : 'past') : null;
}

export const futureTense = (ctx: Context, start: number, end: number): boolean => clauseTense(ctx, start, end) === 'future';

// News mostly reports what happened: with no tense cue, a past reading is preferred unless much farther away.
const UNMARKED_FUTURE_DAYS = 60;
const UNMARKED_FUTURE_MONTHS = 4.5;

/** The year that puts month/day nearest the publication date, leaning to the future in future clauses. */
export function yearForMonthDay(ctx: Context, m: number, d: number, tense: Tense): number | null {
  if (!ctx.dct) return null;
  const ref = toDayNumber(ctx.dct);
  let best = ctx.dct.y;
  let bestScore = Infinity;
  for (const y of [ctx.dct.y - 1, ctx.dct.y, ctx.dct.y + 1]) {
    const n = dayNumber(y, m, d);
    const score =
      Math.abs(n - ref) +
      (tense === 'future' && n < ref ? 200 : 0) +
      (tense === 'past' && n > ref ? 200 : 0) +
      (n > ref ? (tense ? 0.5 : UNMARKED_FUTURE_DAYS) : 0);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

export function yearForMonth(ctx: Context, m: number, tense: Tense): number | null {
  if (!ctx.dct) return null;
  const ref = ctx.dct.y * 12 + ctx.dct.m;
  let best = ctx.dct.y;
  let bestScore = Infinity;
  for (const y of [ctx.dct.y - 1, ctx.dct.y, ctx.dct.y + 1]) {
    const k = y * 12 + m;
    const score =
      Math.abs(k - ref) +
      (tense === 'future' && k < ref ? 7 : 0) +
      (tense === 'past' && k > ref ? 7 : 0) +
      (k > ref ? (tense ? 0.5 : UNMARKED_FUTURE_MONTHS) : 0);
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

export type Relation = 'last' | 'next' | 'this' | null;

/** The day a weekday name refers to: the latest one so far, unless the clause or a modifier says otherwise. */
export function weekdayDate(ctx: Context, wd: number, rel: Relation, future: boolean): Ymd | null {
  if (!ctx.dct) return null;
  const today = weekday(ctx.dct);
  if (rel === 'this') return addDays(ctx.dct, wd - today);
  if (rel === 'next' || (rel === null && future)) {
    const ahead = (wd - today + 7) % 7;
    return addDays(ctx.dct, ahead === 0 && rel === 'next' ? 7 : ahead);
  }
  const back = (today - wd + 7) % 7;
  return addDays(ctx.dct, back === 0 && rel === 'last' ? 7 : back === 0 ? 0 : -back);
}

export function monthRelative(ctx: Context, m: number, rel: Relation, tense: Tense): { y: number; m: number } | null {
  if (!ctx.dct) return null;
  const cur = ctx.dct.m;
  if (rel === 'this') return { y: ctx.dct.y, m };
  if (rel === 'last') return { y: m < cur ? ctx.dct.y : ctx.dct.y - 1, m };
  if (rel === 'next') return { y: m > cur ? ctx.dct.y : ctx.dct.y + 1, m };
  const y = yearForMonth(ctx, m, tense);
  return y === null ? null : { y, m };
}

export function seasonRelative(ctx: Context, s: Season, rel: Relation, future: boolean): string | null {
  if (!ctx.dct) return null;
  const cur = seasonOf(ctx.dct);
  const index = (y: number, season: Season): number => y * 4 + SEASONS.indexOf(season);
  const now = index(cur.y, cur.s);
  const target = SEASONS.indexOf(s);
  let k: number;
  if (rel === 'this') k = index(ctx.dct.y, s) - (s === 'WI' && ctx.dct.m <= 2 ? 4 : 0);
  else if (rel === 'last' || (rel === null && !future)) {
    k = now - (((now % 4) - target + 4) % 4);
    if (rel === 'last' && k === now) k -= 4;
  } else {
    k = now + ((target - (now % 4) + 4) % 4);
    if (rel === 'next' && k === now) k += 4;
  }
  return `${Math.floor(k / 4)}-${SEASONS[k % 4]}`;
}

export const shiftMonth = (v: Ymd, delta: number): string => {
  const r = addMonths(v.y, v.m, delta);
  return `${r.y}-${String(r.m).padStart(2, '0')}`;
};

export const dayValue = (v: Ymd | null, fallback = 'XXXX-XX-XX'): string => (v ? isoDate(v) : fallback);

export function dayFound(v: Ymd | null, extra: Partial | object = {}): Partial {
  return { type: 'DATE', value: dayValue(v), precision: 'day', day: v, ...extra };
}

export const dayAfter = (n: number): Ymd => fromDayNumber(n + 1);

export const relationOf = (word: string | undefined): Relation => {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!w) return null;
  if (/^(?:last|latest|past|this past|previous|preceding)$/.test(w)) return 'last';
  if (/^(?:next|coming|this coming|following)$/.test(w)) return 'next';
  if (/^(?:this|current)$/.test(w)) return 'this';
  return null;
};

export function modOf(word: string | undefined): Mod | null {
  const w = (word ?? '').toLowerCase();
  if (!w) return null;
  if (/^(?:early|the start of|the beginning of|start of|beginning of)/.test(w)) return 'START';
  if (/^(?:late|the end of|end of|the close of)/.test(w)) return 'END';
  if (/^(?:mid|the middle of|middle of)/.test(w)) return 'MID';
  if (w.startsWith('earlier')) return 'EARLIER';
  if (w.startsWith('later')) return 'LATER';
  return null;
}
