/** Periods longer than a day: decades, centuries, seasons, quarters, halves and the financial year. */
import { quarterOf } from './calendar';
import { clauseTense, dayFound, modOf, relationOf, seasonRelative, type Context } from './context';
import { DECADE_WORDS, ORDINAL, ORDINAL_CENTURY, parseYearWords, SEASON_CODE, YEAR, YEAR_WORDS } from './lexicon';
import { before, rx, type Rule } from './rule';

const MOD = '(early|late|mid|the\\s+(?:start|beginning|end|middle)\\s+of)';
const REL = '(last|next|this|this\\s+past|this\\s+coming|past|coming)';
const NOT_NUMBER_AFTER = '(?![.,:]?\\d)';

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

export const PERIOD_RULES: Rule[] = [
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
];
