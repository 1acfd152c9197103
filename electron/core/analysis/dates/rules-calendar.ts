/** Calendar dates: full and partial dates, months, years, year ranges and years in words. */
import { dayNumber, fromDayNumber, isoMonth, weekday, type Ymd } from './calendar';
import { dayFound, clauseTense, modOf, monthRelative, relationOf, yearForMonthDay, type Context, type Partial } from './context';
import { DAY, DAY_NUM, MONTH, monthNumber, parseDay, parseYearWords, YEAR_WORDS, weekdayNumber, WEEKDAY, YEAR } from './lexicon';
import { before, isCapitalised, rx, type Rule } from './rule';

const MOD = '(early|late|mid|the\\s+(?:start|beginning|end|middle)\\s+of)';
const REL = '(last|next|this|this\\s+past|this\\s+coming|past|coming)';
const NOT_NUMBER_AFTER = '(?![.,:]?\\d)';

function checkedDay(y: number, m: number, d: number): Ymd | null {
  const n = dayNumber(y, m, d);
  const v = fromDayNumber(n);
  return v.m === m && v.d === d ? v : null;
}

function monthDay(
  ctx: Context,
  m: number,
  d: number,
  year: string | undefined,
  start: number,
  end: number,
  wd = 0,
): Partial | null {
  if (!m || d < 1 || d > 31) return null;
  let y: number | null = year ? Number(year) : yearForMonthDay(ctx, m, d, clauseTense(ctx, start, end));
  if (!year && wd && ctx.dct && y !== null) {
    // A weekday next to a yearless date picks the year in which they agree.
    for (const candidate of [y, y - 1, y + 1]) {
      const v = checkedDay(candidate, m, d);
      if (v && weekday(v) === wd) y = candidate;
    }
  }
  if (y === null)
    return { type: 'DATE', value: `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`, precision: 'day' };
  const v = checkedDay(y, m, d);
  return v ? dayFound(v, { explicit: true }) : null;
}

export const CALENDAR_RULES: Rule[] = [
  {
    // 2024-06-05, 2024/06/05
    re: rx('\\b(\\d{4})[-/](\\d{2})[-/](\\d{2})\\b(?!-\\d)', 'g'),
    build: (m) => {
      const v = checkedDay(+m[1], +m[2], +m[3]);
      return v ? dayFound(v, { explicit: true }) : null;
    },
  },
  {
    // 6/5/2024 (month first, as in US news)
    re: rx('(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b', 'g'),
    build: (m) => {
      const v = checkedDay(+m[3], +m[1], +m[2]);
      return v ? dayFound(v, { explicit: true }) : null;
    },
  },
  {
    // (Friday,) June 5(th)(, 2024)
    re: rx(`(?:\\b(${WEEKDAY}),?\\s+)?\\b(${MONTH})\\s*(${DAY})\\b${NOT_NUMBER_AFTER}(?:,?\\s+(${YEAR})\\b${NOT_NUMBER_AFTER})?`),
    gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    build: (m, ctx) => {
      if (!isCapitalised(m[2])) return null;
      const wd = m[1] ? weekdayNumber(m[1]) : 0;
      return monthDay(ctx, monthNumber(m[2]), parseDay(m[3]), m[4], m.index, m.index + m[0].length, wd);
    },
    priority: 2,
  },
  {
    // (Friday,) (the) 5(th) (of) June (2024)
    re: rx(
      `(?:\\b(${WEEKDAY}),?\\s+)?\\b(?:the\\s+)?(${DAY_NUM})(?:\\s+of)?\\s+(${MONTH})(?!\\w)(?:,?\\s+(${YEAR})\\b${NOT_NUMBER_AFTER})?`,
    ),
    gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    build: (m, ctx) => {
      if (!isCapitalised(m[3]) || /\d[.,]$/.test(before(ctx, m.index, 2))) return null;
      const wd = m[1] ? weekdayNumber(m[1]) : 0;
      return monthDay(ctx, monthNumber(m[3]), parseInt(m[2], 10), m[4], m.index, m.index + m[0].length, wd);
    },
    priority: 2,
  },
  {
    // (early) June 2024, June of 2024
    re: rx(`(?:\\b${MOD}[\\s-]*)?\\b(${MONTH})(?:,?\\s+|\\s+of\\s+)(${YEAR})\\b${NOT_NUMBER_AFTER}`),
    gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    build: (m) => {
      if (!isCapitalised(m[2])) return null;
      return { type: 'DATE', value: isoMonth(+m[3], monthNumber(m[2])), precision: 'month', mod: modOf(m[1]) };
    },
  },
  {
    // (early) (last) March
    re: rx(
      `(?:\\b${MOD}[\\s-]*)?(?:\\b${REL}\\s+)?\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s*\\d)`,
    ),
    gate: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
    build: (m, ctx) => {
      if (!isCapitalised(m[3])) return null;
      const prev = before(ctx, m.index, 16);
      if (
        m[3] === 'May' &&
        !m[1] &&
        !m[2] &&
        !/\b(?:in|since|until|till|by|during|through|of|before|after|from|to|and|or|late|early|mid|last|next)\s+$/i.test(prev)
      )
        return null;
      if (m[3] === 'March' && !m[1] && !m[2] && /\b(?:the|a|an|to|will|would|annual|peaceful|protest)\s+$/i.test(prev))
        return null;
      const r = monthRelative(ctx, monthNumber(m[3]), relationOf(m[2]), clauseTense(ctx, m.index, m.index + m[0].length));
      const value = r ? isoMonth(r.y, r.m) : `XXXX-${String(monthNumber(m[3])).padStart(2, '0')}`;
      return { type: 'DATE', value, precision: 'month', mod: modOf(m[1]) };
    },
  },
  {
    // 1998, fiscal 1998, early 2025, mid-2024
    re: rx(
      `(?<![\\w$€£#.,:/-])(?:${MOD}[\\s-]*|(fiscal|calendar|FY)\\s*(?:year\\s+)?)?(${YEAR})(?![\\w%]|[.,:/]\\d|-\\d|['’]s|\\s*(?:%|percent|per\\s*cent|people|persons|men|women|soldiers|troops|km|kilomet|miles|metres|meters|feet|tons|tonnes|barrels|shares|votes|units|cars|dollars|euros|pounds|yen|points|residents|workers|jobs|employees|members|deaths|cases|students|children|refugees|homes|acres|calories|words|pages|rubles|yuan|hours|minutes|AD|BC|B\\.C)\\b)`,
    ),
    gate: /\d\d\d\d/,
    build: (m, ctx) => {
      const prev = before(ctx, m.index, 14);
      if (
        /(?:\b(?:no|nos|number|resolution|flight|route|room|article|section|chapter|page|code|model|version|highway|interstate|unit|lot|box|suite|level|item|bill|decree|directive|regulation|standard|ISO|bus|line|platform|gate|channel|squadron|battalion|division|brigade|regiment|of about|of some)\.?|[$€£]|\d)\s*$/i.test(
          prev,
        )
      )
        return null;
      return { type: 'DATE', value: m[3], precision: 'year', mod: modOf(m[1]) };
    },
  },
  {
    // 1994-1998, 2003-04: a start and an end
    re: rx(`(?<![\\w$€£#.,:/-])(${YEAR})\\s*[-–—]\\s*(${YEAR}|\\d{2})(?![\\w%]|[.,:/-]\\d)`, 'g'),
    gate: /\d\d\d\d\s*[-–—]\s*\d\d/,
    build: (m) => {
      const from = Number(m[1]);
      const to = m[2].length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
      if (to <= from || to - from > 100) return null;
      const second = m.index + m[0].length - m[2].length;
      return [
        { type: 'DATE', value: String(from), precision: 'year', qualifier: 'since', end: m.index + m[1].length },
        { type: 'DATE', value: String(to), precision: 'year', qualifier: 'until', start: second },
      ];
    },
    priority: 2,
  },
  {
    // '98
    re: rx("(?<=^|[\\s(])['’](\\d{2})\\b(?!['’]?s)", 'g'),
    build: (m, ctx) => {
      const yy = Number(m[1]);
      const base = ctx.dct ? ctx.dct.y : 2000;
      const y = 2000 + yy > base + 10 ? 1900 + yy : 2000 + yy;
      return { type: 'DATE', value: String(y), precision: 'year' };
    },
  },
  {
    // (in) nineteen ninety-four, the year two thousand
    re: rx(
      `\\b(?:the\\s+year\\s+)?(${YEAR_WORDS})\\b(?![\\s-]+(?:${'one|two|three|four|five|six|seven|eight|nine'}|hundred|thousand|million|billion|percent|people|dollars)\\b)`,
    ),
    gate: /eighteen|nineteen|twenty|thousand/i,
    build: (m, ctx) => {
      if (
        !/^the/i.test(m[0]) &&
        !/\b(?:in|of|since|until|by|before|after|during|from|to|and|through|[A-Z][a-z]+)\s+$/.test(before(ctx, m.index, 14))
      )
        return null;
      const y = parseYearWords(m[1]);
      return y >= 1800 && y <= 2100 ? { type: 'DATE', value: String(y), precision: 'year' } : null;
    },
  },
];
