/** Calendar expressions: full and partial dates, months, years, seasons, quarters, decades, holidays. */
import { addDays, dayNumber, fromDayNumber, isoMonth, quarterOf, weekday, type Ymd } from './calendar';
import {
  dayFound,
  clauseTense,
  modOf,
  monthRelative,
  relationOf,
  seasonRelative,
  yearForMonthDay,
  type Context,
  type Partial,
} from './context';
import {
  DAY,
  DAY_NUM,
  DECADE_WORDS,
  MONTH,
  monthNumber,
  parseDay,
  parseYearWords,
  YEAR_WORDS,
  ORDINAL,
  ORDINAL_CENTURY,
  SEASON_CODE,
  weekdayNumber,
  WEEKDAY,
  YEAR,
} from './lexicon';
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

const ORDINAL_YEAR =
  "(YEAR|this\\s+year's|last\\s+year's|next\\s+year's|year-earlier|year-ago|prior-year|the\\s+year-earlier|the\\s+year-ago)".replace(
    'YEAR',
    YEAR,
  );

function yearOfPhrase(ctx: Context, phrase: string | undefined): number | null | undefined {
  if (!phrase) return undefined;
  const p = phrase.toLowerCase();
  if (/^\d/.test(p)) return Number(p.slice(0, 4));
  if (!ctx.dct) return null;
  if (p.startsWith('this') || p === 'the year') return ctx.dct.y;
  if (p.startsWith('next')) return ctx.dct.y + 1;
  return ctx.dct.y - 1;
}

/** The quarter most recently reported on: the one before the publication quarter. */
function latestQuarter(ctx: Context): { y: number; q: number } | null {
  if (!ctx.dct) return null;
  const q = quarterOf(ctx.dct);
  return q === 1 ? { y: ctx.dct.y - 1, q: 4 } : { y: ctx.dct.y, q: q - 1 };
}

function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const k = Math.floor((a + 11 * h + 22 * l) / 451);
  return { y, m: Math.floor((h + l - 7 * k + 114) / 31), d: ((h + l - 7 * k + 114) % 31) + 1 };
}

function nthWeekday(y: number, m: number, wd: number, nth: number): Ymd {
  if (nth > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7);
  }
  const last = fromDayNumber(dayNumber(y, m + 1, 1) - 1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  'easter monday': (y) => addDays(easter(y), 1),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
};

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
    // the (early) 1990s, the '80s, the eighties
    re: rx(
      `(?:\\bthe\\s+)?(?:${MOD}[\\s-]*)?(?:\\b(1[5-9]\\d0|20\\d0)['’]?s|['’](\\d0)['’]?s|\\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`,
    ),
    gate: /0['’]?s|ties\b/i,
    build: (m, ctx) => {
      let decade: number;
      if (m[2]) decade = Number(m[2]) / 10;
      else {
        const d = m[3] ? Number(m[3]) / 10 : DECADE_WORDS[m[4].toLowerCase()];
        if (m[4] && !/^the\b/i.test(m[0])) return null;
        const cur = ctx.dct ? ctx.dct.y : 2000;
        const century = Math.floor(cur / 100) * 10;
        decade = century + d > Math.floor(cur / 10) ? century - 10 + d : century + d;
      }
      return { type: 'DATE', value: String(decade), precision: 'decade', mod: modOf(m[1]) };
    },
  },
  {
    // the 20th century, this century, the nineteenth century
    re: rx(
      `(?:\\bthe\\s+)?(?:${MOD}[\\s-]*)?\\b(?:(\\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)|(this|last|next|the\\s+last|the\\s+previous|the\\s+next|the\\s+past))[\\s-]+century\\b`,
    ),
    gate: /century/i,
    build: (m, ctx) => {
      let c: number;
      if (m[2] || m[3]) c = m[2] ? Number(m[2]) : ORDINAL_CENTURY[m[3].toLowerCase()];
      else {
        if (!ctx.dct) return null;
        const rel = m[4].toLowerCase();
        if (/past|the last/.test(rel)) return { type: 'DURATION', value: 'P100Y', precision: null };
        c = Math.floor(ctx.dct.y / 100) + 1 + (rel.includes('next') ? 1 : rel === 'this' ? 0 : -1);
      }
      return { type: 'DATE', value: String(c - 1).padStart(2, '0'), precision: 'decade', mod: modOf(m[1]) };
    },
  },
  {
    // (after) the spring of 2025, last fall, this summer, winter 2023
    re: rx(
      `(?:\\b${MOD}[\\s-]*)?(?:\\b(the|${REL.slice(1, -1)})\\s+)?\\b(spring|summer|fall|autumn|winter)\\b(?:(?:\\s+of|,)?\\s+(${YEAR}\\b${NOT_NUMBER_AFTER}|${YEAR_WORDS}\\b))?`,
    ),
    gate: /spring|summer|fall|autumn|winter/i,
    build: (m, ctx) => {
      const det = (m[2] ?? '').toLowerCase();
      const season = SEASON_CODE[m[3].toLowerCase()];
      const mod = modOf(m[1]);
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
      if (m[4])
        return { type: 'DATE', value: `${/^\d/.test(m[4]) ? m[4] : parseYearWords(m[4])}-${season}`, precision: 'season', mod };
      const prev = before(ctx, m.index, 12);
      const prep = /\b(?:in|during|by|until|till|since|through|over|before|after|for|throughout|of)\s+$/i.test(prev);
      if (!det && !mod && !(prep && season !== 'FA')) return null;
      if (det === 'the' && (!prep || /^\s+of\b/.test(next))) return null;
      const rel = relationOf(det === 'the' ? '' : det);
      const value = seasonRelative(ctx, season, rel, clauseTense(ctx, m.index, m.index + m[0].length) === 'future');
      return { type: 'DATE', value: value ?? `XXXX-${season}`, precision: 'season', mod };
    },
  },
  {
    // the third quarter (of 2024), third-quarter, the 1988 third quarter, the latest quarter, this quarter
    re: rx(
      `(?:\\b(the|this|that|last|next)\\s+)?(?:${ORDINAL_YEAR}\\s+)?(?:(?:fiscal|calendar)\\s+)?\\b(first|second|third|fourth|1st|2nd|3rd|4th|final|latest|current|previous|last|next|most\\s+recent|just-ended|recent|year-earlier|year-ago)?[\\s-]*\\bquarter\\b(?!s|ly)(?:\\s+(?:of|in)\\s+(?:(?:fiscal|calendar)\\s+)?(${YEAR}|this\\s+year|last\\s+year|next\\s+year))?`,
    ),
    gate: /quarter/i,
    build: (m, ctx) => {
      const det = (m[1] ?? '').toLowerCase();
      const word = (m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!det && !word && !m[2]) return null;
      if (!word && !m[2] && det === 'the' && /^\s+(?:of|century|mile|hour|point|final)/i.test(next)) return null;
      if (/\b(?:a|one|three|two|every|each|per)\s+$/i.test(before(ctx, m.index, 8)) && !det && !word) return null;
      const yearHint = yearOfPhrase(ctx, m[4]) ?? yearOfPhrase(ctx, m[2]);
      let q = ORDINAL[word] ?? (word === 'final' ? 4 : 0);
      let y: number | null | undefined = yearHint;
      const latest = latestQuarter(ctx);
      if (!q) {
        if (!latest || !ctx.dct) return { type: 'DATE', value: 'XXXX-QX', precision: 'quarter' };
        const cur = quarterOf(ctx.dct);
        const rel = word || det;
        if (rel === 'this' || rel === 'current') q = cur;
        else if (rel === 'next') q = cur + 1;
        else q = latest.q;
        if (rel === 'this' || rel === 'current' || rel === 'next') y = y ?? ctx.dct.y;
        else y = y ?? latest.y;
        if (q > 4) {
          q = 1;
          y = (y ?? 0) + 1;
        }
        if (/year-(?:earlier|ago)|prior-year/.test(`${m[2] ?? ''} ${word}`)) {
          return { type: 'DATE', value: `${latest.y - 1}-Q${latest.q}`, precision: 'quarter', shiftYears: -1 };
        }
        if (det === 'that' && !word && !m[2]) return { type: 'DATE', value: `${y}-Q${q}`, precision: 'quarter', shiftYears: 0 };
      } else if (y === undefined && ctx.dct) {
        const cur = quarterOf(ctx.dct);
        const tense = clauseTense(ctx, m.index, m.index + m[0].length);
        if (tense === 'past') y = q > cur ? ctx.dct.y - 1 : ctx.dct.y;
        else if (tense === 'future') y = ctx.dct.y;
        else y = q - cur >= 2 ? ctx.dct.y - 1 : ctx.dct.y;
      }
      return { type: 'DATE', value: `${y ?? 'XXXX'}-Q${q}`, precision: 'quarter' };
    },
  },
  {
    // Q3, Q3 2024, 2024 Q3
    re: rx(`\\b(?:(${YEAR})\\s+)?Q([1-4])\\b(?:\\s*(?:of\\s+)?(${YEAR})\\b)?`, 'g'),
    build: (m, ctx) => {
      const y = m[1] ?? m[3] ?? (ctx.dct ? String(ctx.dct.y) : 'XXXX');
      return { type: 'DATE', value: `${y}-Q${m[2]}`, precision: 'quarter' };
    },
  },
  {
    // the first half of 2024
    re: rx(
      `\\b(?:the\\s+)?(first|second|last|latter)\\s+half\\s+of\\s+(?:(?:fiscal|calendar)\\s+)?(${YEAR}|this\\s+year|last\\s+year|next\\s+year|the\\s+year)\\b`,
    ),
    gate: /half/i,
    build: (m, ctx) => {
      const y = yearOfPhrase(ctx, m[2]);
      const h = m[1].toLowerCase() === 'first' ? 1 : 2;
      return { type: 'DATE', value: `${y ?? 'XXXX'}-H${h}`, precision: 'quarter' };
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
  {
    // for the year (ended June 30), the fiscal year
    re: rx(
      "\\bthe\\s+(?:(fiscal|calendar|current)\\s+)?year\\b(?!['’-]|\\s+(?:ago|earlier|later|before|after|of|in|when|that|since|before|which|is|was|has|had|and|or)\\b)(\\s+(?:ended|ending|to)\\b)?",
    ),
    gate: /year/i,
    build: (m, ctx) => {
      if (!/\b(?:for|of|in|during|through|throughout|by|until|since)\s+$/i.test(before(ctx, m.index, 12))) return null;
      if (m[2]) return { type: 'DURATION', value: 'P1Y', precision: null, end: m.index + m[0].length - m[2].length };
      return ctx.dct ? { type: 'DATE', value: String(ctx.dct.y), precision: 'year' } : null;
    },
  },
  {
    // the year-earlier period, year-ago (results)
    re: rx('\\b(?:the\\s+(?:comparable\\s+)?)?(?:year-earlier|year-ago|prior-year)(?:\\s+period)?\\b'),
    gate: /year-earlier|year-ago|prior-year/i,
    build: (m, ctx) => (ctx.dct ? { type: 'DATE', value: String(ctx.dct.y - 1), precision: 'year', shiftYears: -1 } : null),
  },
  {
    // year-end, the end of the year
    re: rx('\\b(?:year[\\s-]end|the\\s+end\\s+of\\s+the\\s+year)\\b'),
    gate: /year[\s-]end|end of the year/i,
    build: (m, ctx) => {
      if (!ctx.dct) return { type: 'DATE', value: 'XXXX', precision: 'year', mod: 'END' };
      const y = /\bsince\s+$/i.test(before(ctx, m.index, 8)) ? ctx.dct.y - 1 : ctx.dct.y;
      return /^year/i.test(m[0])
        ? dayFound({ y, m: 12, d: 31 })
        : { type: 'DATE', value: String(y), precision: 'year', mod: 'END' };
    },
  },
  {
    re: rx(
      `\\b(Christmas\\s+Eve|Christmas(?:\\s+Day)?|Boxing\\s+Day|New\\s+Year['’]s\\s+(?:Eve|Day)|Valentine['’]s\\s+Day|Halloween|Independence\\s+Day|Easter\\s+Monday|Good\\s+Friday|Easter(?:\\s+Sunday)?|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day)\\b(?:,?\\s+(${YEAR})\\b)?`,
      'g',
    ),
    gate: /Christmas|Boxing|New Year|Valentine|Halloween|Independence|Easter|Good Friday|Thanksgiving|Labor|Memorial/,
    build: (m, ctx) => {
      const key = m[1].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
      const make = HOLIDAYS[key];
      if (!make) return null;
      if (
        /^\s+(?:tree|trees|card|cards|shopping|season|sales|present|presents|market|markets|party|carol)/i.test(
          ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10),
        )
      )
        return null;
      let y = m[2] ? Number(m[2]) : null;
      if (y === null && ctx.dct) {
        const probe = make(ctx.dct.y);
        y = yearForMonthDay(ctx, probe.m, probe.d, clauseTense(ctx, m.index, m.index + m[0].length));
      }
      return y === null ? { type: 'DATE', value: 'XXXX-XX-XX', precision: 'day' } : dayFound(make(y), { explicit: true });
    },
  },
];
