/** Words of English temporal expressions, as regex sources and lookup tables. */

export const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

export const monthNumber = (word: string): number => MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export const weekdayNumber = (word: string): number => WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? 0;

/** Capitalised month names (case matters: "may" and "march" are usually not months). */
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
export const MONTH_FULL = '(?:January|February|March|April|June|July|August|September|October|November|December)';
export const WEEKDAY =
  '(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|(?:Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun)\\.)';
export const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d|2100)';
export const DAY_NUM = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';

const DAY_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
/** Day of month as a number ("5", "5th") or an ordinal word ("fifth", "twenty-first"). */
export const DAY = `(?:${DAY_NUM}|(?:twenty|thirty)[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|${DAY_ORDINALS.join('|')})`;

export function parseDay(raw: string): number {
  const s = raw.toLowerCase();
  if (/^\d/.test(s)) return parseInt(s, 10);
  const [head, tail] = s.split(/[\s-]+/);
  if (head === 'thirtieth') return 30;
  if (tail) return (head === 'twenty' ? 20 : 30) + DAY_ORDINALS.indexOf(tail) + 1;
  return DAY_ORDINALS.indexOf(head) + 1;
}

const UNITS_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEENS_TENS = `(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]${UNITS_WORD})?|oh[\\s-]${UNITS_WORD})`;
/** A year read out in words, as in broadcast transcripts ("nineteen ninety-four", "two thousand and one"). */
export const YEAR_WORDS = `(?:(?:nineteen|eighteen)[\\s-]+${TEENS_TENS}|two\\s+thousand(?:(?:\\s+and)?[\\s-]+(?:${TEENS_TENS}|${UNITS_WORD}))?|twenty[\\s-]+${TEENS_TENS})`;

export function parseYearWords(raw: string): number {
  const s = raw
    .toLowerCase()
    .replace(/\boh\b/g, '')
    .replace(/\band\b/g, ' ');
  const m = /^(eighteen|nineteen|twenty|two\s+thousand)[\s-]*(.*)$/.exec(s.trim());
  if (!m) return 0;
  const head = m[1].startsWith('two') ? 2000 : m[1] === 'eighteen' ? 1800 : m[1] === 'nineteen' ? 1900 : 2000;
  return head + (m[2].trim() ? (parseCount(m[2]) ?? 0) : 0);
}

export const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  single: 1,
  half: 0.5,
};

const SMALL_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORD_NUMBER = `(?:(?:a\\s+|one\\s+)?(?:hundred|thousand)|(?:${SMALL_WORDS})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?(?:\\s+(?:hundred|thousand))?)`;

/** A count of units: digits, number words, or a vague quantity. */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUMBER}|a\\s+couple\\s+of|a\\s+few|few|several|some|many|a|an)`;
/** Words that make an amount approximate ("nearly three years", "just over 24 hours"). */
export const APPROX =
  '(about|around|roughly|approximately|some|nearly|almost|more\\s+than|over|at\\s+least|at\\s+most|less\\s+than|fewer\\s+than|up\\s+to|under|close\\s+to|just\\s+over|just\\s+under|well\\s+over|upwards\\s+of|no\\s+more\\s+than|no\\s+less\\s+than|just|only|barely)';

export const VAGUE_COUNT = /^(?:a few|few|several|some|many|a couple of)$/;

export function parseCount(raw: string): number | null {
  const s = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(s)) return Number(s.replace(/,/g, ''));
  if (s === 'a couple of') return 2;
  if (VAGUE_COUNT.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const part of s.split(/[\s-]+/)) {
    if (part === 'hundred') current = (current || 1) * 100;
    else if (part === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else if (part in SMALL) current += SMALL[part];
  }
  return total + current;
}

export type UnitCode = 'Y' | 'M' | 'W' | 'D' | 'Q' | 'E' | 'C' | 'L' | 'H' | 'MIN' | 'S';

export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries|millenni(?:um|a))';

export function unitCode(word: string): UnitCode {
  const w = word.toLowerCase();
  if (w.startsWith('sec')) return 'S';
  if (w.startsWith('min')) return 'MIN';
  if (w.startsWith('hour')) return 'H';
  if (w.startsWith('day') || w.startsWith('night')) return 'D';
  if (w.startsWith('fortnight') || w.startsWith('week')) return 'W';
  if (w.startsWith('month')) return 'M';
  if (w.startsWith('quarter')) return 'Q';
  if (w.startsWith('decade')) return 'E';
  if (w.startsWith('centur')) return 'C';
  if (w.startsWith('millenni')) return 'L';
  return 'Y';
}

/** TimeML duration value for `n` units (null n = unspecified amount). */
export function durationValue(n: number | null, unit: UnitCode, word = ''): string {
  const fortnight = /^fortnight/i.test(word);
  if (n === null) {
    if (unit === 'H' || unit === 'MIN' || unit === 'S') return `PTX${unit === 'MIN' ? 'M' : unit}`;
    return `PX${unit}`;
  }
  const count = fortnight ? n * 2 : n;
  const num = (k: number): string => String(Math.round(k * 1000) / 1000);
  if (!Number.isInteger(count)) {
    if (unit === 'Y') return `P${num(count * 12)}M`;
    if (unit === 'D') return `PT${num(count * 24)}H`;
    if (unit === 'H') return `PT${num(count * 60)}M`;
  }
  switch (unit) {
    case 'E':
      return `P${num(count * 10)}Y`;
    case 'C':
      return `P${num(count * 100)}Y`;
    case 'L':
      return `P${num(count)}L`;
    case 'H':
      return `PT${num(count)}H`;
    case 'MIN':
      return `PT${num(count)}M`;
    case 'S':
      return `PT${num(count)}S`;
    default:
      return `P${num(count)}${unit}`;
  }
}

export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  tonight: 'NI',
};

export const SEASON_CODE: Record<string, 'SP' | 'SU' | 'FA' | 'WI'> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

export const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

export const ORDINAL_CENTURY: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
};

export const DECADE_WORDS: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};
