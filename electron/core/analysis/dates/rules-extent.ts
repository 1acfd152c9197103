/** Durations, recurring sets and vague references (now, recently, the future). */
import { addMonths, dayNumber, toDayNumber, type Span } from './calendar';
import type { Context } from './context';
import { APPROX, COUNT, durationValue, monthNumber, parseCount, unitCode, weekdayNumber, UNIT, type UnitCode } from './lexicon';
import { before, isCapitalised, rx, type Rule } from './rule';

const LEAD =
  '(past|last|next|first|final|coming|previous|preceding|following|remaining|initial|entire|whole|full|better\\s+part\\s+of\\s+the)';

/** Days covered by the last (sign -1) or next (sign 1) `n` units from the publication date. */
function anchoredSpan(ctx: Context, n: number | null, unit: UnitCode, sign: number): Span | null {
  if (!ctx.dct || n === null || !Number.isInteger(n)) return null;
  const today = toDayNumber(ctx.dct);
  const months =
    unit === 'M' ? n : unit === 'Q' ? 3 * n : unit === 'Y' ? 12 * n : unit === 'E' ? 120 * n : unit === 'C' ? 1200 * n : 0;
  let other: number;
  if (months) {
    const r = addMonths(ctx.dct.y, ctx.dct.m, sign * months);
    other = dayNumber(r.y, r.m, ctx.dct.d);
  } else if (unit === 'W' || unit === 'D') other = today + sign * n * (unit === 'W' ? 7 : 1);
  else other = today;
  return sign < 0 ? { first: other, last: today } : { first: today, last: other };
}

const SET_WORDS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  bimonthly: 'P2M',
  annually: 'P1Y',
  yearly: 'P1Y',
  semiannually: 'P6M',
};

const SET_UNIT: Record<string, string> = {
  hour: 'PT1H',
  day: 'P1D',
  night: 'P1D',
  week: 'P1W',
  weekend: 'XXXX-WXX-WE',
  month: 'P1M',
  quarter: 'P1Q',
  year: 'P1Y',
  decade: 'P10Y',
  morning: 'XXXX-XX-XXTMO',
  afternoon: 'XXXX-XX-XXTAF',
  evening: 'XXXX-XX-XXTEV',
  spring: 'XXXX-SP',
  summer: 'XXXX-SU',
  fall: 'XXXX-FA',
  autumn: 'XXXX-FA',
  winter: 'XXXX-WI',
};

function setValue(word: string, every: number | null): string | null {
  const w = word.toLowerCase();
  const wd = weekdayNumber(w);
  if (wd) return `XXXX-WXX-${wd}`;
  const mo = monthNumber(w);
  if (mo && w.length > 3) return `XXXX-${String(mo).padStart(2, '0')}`;
  if (every && every > 1) return durationValue(every, unitCode(w));
  return SET_UNIT[w] ?? null;
}

const PLURAL = '(years|months|weeks|days|decades|centuries|hours|minutes|quarters)';

export const EXTENT_RULES: Rule[] = [
  {
    // (nearly) (the past) three years, a five-year plan, two more weeks, the first nine months
    re: rx(
      `\\b(?:${APPROX}\\s+)?(?:(the|these|those|each\\s+of\\s+the|all|an?\\s+additional|another)\\s+)?(?:${LEAD}\\s+)?(${COUNT}|half\\s+an?)(\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|further|full|straight|consecutive|successive|extra))?[\\s-]+(${UNIT})(\\s+and\\s+a\\s+half)?\\b(?![-\\s]+old\\b|-\\w)`,
    ),
    gate: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur|millenni/i,
    build: (m, ctx) => {
      const countWord = m[4].toLowerCase().replace(/\s+/g, ' ');
      const unitWord = m[6].toLowerCase();
      const unit = unitCode(unitWord);
      let n = countWord.startsWith('half') ? 0.5 : parseCount(countWord);
      if (n !== null && (m[5] || m[7])) n += 0.5;
      if (/^an?$/.test(countWord) && (unit === 'S' || /s$/.test(unitWord))) return null;
      if ((countWord === 'some' || countWord === 'many') && !/s$/.test(unitWord)) return null;
      if (n === 0) return null;
      if (
        unit === 'Q' &&
        (/^\s+of\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4)) || /-quarters/i.test(m[0]))
      )
        return null;
      if (isCapitalised(m[6]) && /[a-z,]\s*$/.test(before(ctx, m.index, 3))) return null;
      const prev = before(ctx, m.index, 12);
      if (!m[1] && !m[2] && !m[3] && /^an?$/.test(countWord) && /(?:\d|times|once|twice)\s*$|\bper\s*$/i.test(prev)) return null;
      const lead = (m[3] ?? '').toLowerCase();
      const sign = /^(?:past|last|previous|preceding)$/.test(lead)
        ? -1
        : /^(?:next|coming|following|remaining)$/.test(lead)
          ? 1
          : 0;
      const span = sign ? anchoredSpan(ctx, n, unit, sign) : null;
      const prepositionOver = m[1] && /^over$/i.test(m[1]) && m[2];
      const start = prepositionOver ? m.index + m[0].indexOf(m[2], m[1].length) : m.index;
      return {
        type: 'DURATION',
        value: durationValue(n, unit, unitWord),
        precision: null,
        qualifier: m[1] && !prepositionOver ? 'approx' : null,
        span,
        start,
      };
    },
  },
  {
    // P3D, PT2H
    re: rx('\\bP(?:\\d+[YMWD])+(?:T(?:\\d+[HMS])+)?\\b|\\bPT(?:\\d+[HMS])+\\b', 'g'),
    build: (m) => ({ type: 'DURATION', value: m[0], precision: null }),
  },
  {
    // (over) the past decades, the last few months
    re: rx(`\\b(?:the\\s+)?(past|last|previous)\\s+(?:(few|several|couple\\s+of|many)\\s+)?${PLURAL}\\b`),
    gate: /past|last|previous/i,
    build: (m, ctx) => {
      if (/\b(?:each|all|of)\s+(?:the\s+)?$/i.test(before(ctx, m.index, 10))) return null;
      return { type: 'DATE', value: 'PAST_REF', precision: 'vague' };
    },
    priority: 2,
  },
  {
    // in recent years, the coming months, the weeks ahead, for years
    re: rx(
      `\\b(?:(recent|coming|next\\s+few|next\\s+several|next\\s+couple\\s+of)\\s+${PLURAL}|the\\s+${PLURAL}\\s+ahead|(?<=\\b(?:for|within|in|over|after|during|took|take|takes|lasted|last|lasts)\\s+)${PLURAL}(?!\\s+(?:of\\s+)?(?:ago|earlier|later|to\\s+come|before|after|old)))\\b`,
    ),
    gate: /years|months|weeks|days|decades|centuries|hours|minutes|quarters/i,
    build: (m, ctx) => {
      const unitWord = (m[2] ?? m[3] ?? m[4]).toLowerCase();
      const lead = (m[1] ?? '').toLowerCase();
      const unit = unitCode(unitWord);
      const future = lead !== 'recent' && (Boolean(lead) || Boolean(m[3]));
      const today = ctx.dct ? toDayNumber(ctx.dct) : null;
      return {
        type: 'DURATION',
        value: durationValue(null, unit === 'C' ? 'C' : unit),
        precision: null,
        span:
          today === null || (!lead && !m[3])
            ? null
            : future
              ? { first: today, last: Infinity }
              : { first: -Infinity, last: today },
      };
    },
  },
  {
    re: rx('\\b(hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|annually|yearly|semiannually)\\b'),
    build: (m) => ({ type: 'SET', value: SET_WORDS[m[1].toLowerCase()], precision: null }),
  },
  {
    // every week, each July, every other Sunday, every two years
    re: rx(
      `\\b(every|each)\\s+(?:(other)\\s+|(${COUNT})\\s+)?(hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|morning|afternoon|evening|spring|summer|fall|autumn|winter|Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+of\\b)`,
    ),
    gate: /every|each/i,
    build: (m) => {
      const n = m[2] ? 2 : m[3] ? parseCount(m[3]) : 1;
      if (n === 0) return null;
      const value = setValue(m[4].replace(/s$/i, ''), n);
      return value ? { type: 'SET', value, precision: null } : null;
    },
    priority: 2,
  },
  {
    // twice a year, three times a week, $5 a day, per month
    re: rx(
      `\\b(?:(once|twice|thrice|${COUNT}\\s+times)\\s+)?(?:a|an|per|each)\\s+(hour|day|night|week|month|quarter|year|annum)\\b`,
    ),
    gate: /hour|day|night|week|month|quarter|year|annum/i,
    build: (m, ctx) => {
      if (
        !m[1] &&
        !/\bper\b/i.test(m[0]) &&
        !/(?:\d[\d,.]*\s*(?:%|percent|[a-z]+illion|[a-z]+s)?|[a-z]+s)\s+$/i.test(before(ctx, m.index, 30))
      )
        return null;
      if (/^each$/i.test(m[0].split(/\s+/)[0] ?? '')) return null;
      const unit = m[2].toLowerCase() === 'annum' ? 'year' : m[2].toLowerCase();
      return { type: 'SET', value: SET_UNIT[unit], precision: null };
    },
    priority: 2,
  },
  {
    re: rx(
      '\\b(?:right\\s+)?now\\b|\\b(?:currently|presently|nowadays)\\b|\\bat\\s+present\\b|\\bthese\\s+days\\b|\\bat\\s+the\\s+moment\\b|\\bfor\\s+the\\s+time\\s+being\\b',
    ),
    gate: /now|current|present|these days|moment|time being/i,
    build: (m) =>
      /^at\s+the/i.test(m[0])
        ? { type: 'DATE', value: 'PRESENT_REF', precision: 'vague', start: m.index + 3 }
        : { type: 'DATE', value: 'PRESENT_REF', precision: 'vague' },
  },
  {
    re: rx('\\bcurrent\\b(?!\\s+(?:account|accounts|affairs|events|deficit|surplus|flows?|of|carrying|electric|ly))'),
    build: () => ({ type: 'DATE', value: 'PRESENT_REF', precision: 'vague' }),
  },
  {
    re: rx(
      '\\b(?:recently|lately|recent)\\b|\\bthe\\s+past\\b(?!\\s+(?:\\d|few|several|couple|many|(?:year|month|week|day|decade|centur|quarter|hour|minute|summer|spring|fall|autumn|winter|weekend|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)))',
    ),
    gate: /recent|lately|past/i,
    build: () => ({ type: 'DATE', value: 'PAST_REF', precision: 'vague' }),
  },
  {
    re: rx(
      '\\b(?:the\\s+(?:near\\s+|foreseeable\\s+|distant\\s+|immediate\\s+)?future|future|the\\s+(?:near|short)\\s+term|(?<!\\bas\\s)soon(?!\\s+as\\b)|as\\s+soon\\s+as\\s+possible)\\b',
    ),
    gate: /future|soon|near/i,
    build: () => ({ type: 'DATE', value: 'FUTURE_REF', precision: 'vague' }),
  },
];
