import type { DatePrecision, PublishedDate } from '../types';

export interface ParsedDate {
  value: string;
  precision: DatePrecision;
}

const MONTH_NAMES: Record<string, number> = {};
const MONTH_LISTS = [
  'january february march april may june july august september october november december',
  'januar februar märz april mai juni juli august september oktober november dezember',
  'jänner feber maerz',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  'januari februari maart april mei juni juli augustus september oktober november december',
  'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
];
for (const [i, list] of MONTH_LISTS.entries()) {
  const names = list.split(' ');
  for (const [m, name] of names.entries()) {
    const month = i === 2 ? [1, 2, 3][m] : m + 1;
    MONTH_NAMES[name] ??= month;
  }
}
const ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  déc: 12,
  févr: 2,
  avr: 4,
  juil: 7,
};
for (const [k, v] of Object.entries(ABBREVIATIONS)) MONTH_NAMES[k] ??= v;

const MONTH = Object.keys(MONTH_NAMES)
  .sort((a, b) => b.length - a.length)
  .join('|');

const PATTERNS: Array<{ re: RegExp; build: (m: RegExpExecArray) => ParsedDate | null }> = [
  { re: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, build: (m) => ymd(m[1], m[2], m[3]) },
  { re: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/, build: (m) => ymd(m[1], m[2], m[3]) },
  { re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})(?![\d.]\d)/, build: (m) => ymd(m[3], m[2], m[1]) },
  {
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?(${MONTH})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`,
      'iu',
    ),
    build: (m) => ymd(m[3], String(monthOf(m[2])), m[1]),
  },
  {
    re: new RegExp(`(?<![\\p{L}])(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu'),
    build: (m) => ymd(m[3], String(monthOf(m[1])), m[2]),
  },
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/, build: (m) => slashDate(m) },
];

const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\d])(${MONTH})\\.?\\s+(\\d{4})(?!\\d)`, 'iu');

function monthOf(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES[key] ?? 0;
}

function slashDate(m: RegExpExecArray): ParsedDate | null {
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a > 12 ? ymd(m[3], String(b), String(a)) : ymd(m[3], String(a), String(b));
}

function ymd(y: string, m: string, d: string): ParsedDate | null {
  let year = Number(y);
  if (y.length === 2) year += year > 50 ? 1900 : 2000;
  const month = Number(m);
  const day = Number(d);
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

function plausibleYear(year: number): boolean {
  return year >= 1990 && year <= new Date().getUTCFullYear() + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date written by a machine or a person: ISO first, then common numeric and named-month forms. */
export function parseDate(raw: string | null | undefined): ParsedDate | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T?\d{0,6})?$/.exec(s);
  if (compact) return ymd(compact[1], compact[2], compact[3]);
  const epoch = /^(\d{10})(\d{3})?$/.exec(s);
  if (epoch) return fromEpoch(Number(epoch[1]));
  const found = findDate(s);
  if (found) return found.date;
  const month = /^(\d{4})-(\d{2})$/.exec(s);
  if (month && plausibleYear(Number(month[1])) && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { value: `${month[1]}-${month[2]}`, precision: 'month' };
  }
  const named = MONTH_YEAR.exec(s);
  if (named && plausibleYear(Number(named[2]))) {
    return { value: `${named[2]}-${pad(monthOf(named[1]))}`, precision: 'month' };
  }
  const year = /^(\d{4})$/.exec(s);
  if (year && plausibleYear(Number(year[1]))) return { value: year[1], precision: 'year' };
  return null;
}

function fromEpoch(seconds: number): ParsedDate | null {
  const d = new Date(seconds * 1000);
  return ymd(String(d.getUTCFullYear()), String(d.getUTCMonth() + 1), String(d.getUTCDate()));
}

/** The earliest full date written anywhere in `text`, with its position. */
export function findDate(text: string): { date: ParsedDate; index: number; length: number } | null {
  let best: { date: ParsedDate; index: number; length: number } | null = null;
  for (const { re, build } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.index)) continue;
    const date = build(m);
    if (date) best = { date, index: m.index, length: m[0].length };
  }
  return best;
}

/** Languages whose publishers sit east of Greenwich, so a late UTC timestamp is already the next local day. */
const EUROPEAN = new Set([
  'de',
  'fr',
  'it',
  'nl',
  'pl',
  'cs',
  'sk',
  'hu',
  'da',
  'sv',
  'nb',
  'no',
  'fi',
  'el',
  'ro',
  'bg',
  'hr',
  'sl',
  'sr',
  'ru',
  'uk',
  'lt',
  'lv',
  'et',
]);

/** Like parseDate, but a UTC timestamp ("...T23:10Z") is read in the page language's likely time zone. */
export function parseLocalDate(raw: string | null | undefined, lang: string | null): ParsedDate | null {
  const date = parseDate(raw);
  const utc = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i.exec((raw ?? '').trim());
  if (!date || !utc || !lang || !EUROPEAN.has(lang)) return date;
  const [, y, mo, d, h] = utc.map(Number);
  const offset = mo >= 4 && mo <= 10 ? 2 : 1;
  if (h + offset < 24) return date;
  const next = new Date(Date.UTC(y, mo - 1, d + 1));
  return ymd(String(next.getUTCFullYear()), String(next.getUTCMonth() + 1), String(next.getUTCDate()));
}

/** `/2024/06/05/` or `/2024-06-05` in a URL path. */
export function dateFromUrl(url: string | null | undefined): ParsedDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const full = /\/(\d{4})[/_-](\d{1,2})[/_-](\d{1,2})(?:[/_.-]|$)/.exec(path);
  if (full) return ymd(full[1], full[2], full[3]);
  const compact = /[/_-](20\d{2})(\d{2})(\d{2})[/_.-]/.exec(path);
  if (compact) return ymd(compact[1], compact[2], compact[3]);
  const month = /\/(\d{4})\/(\d{1,2})\//.exec(path);
  if (month && plausibleYear(Number(month[1])) && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { value: `${month[1]}-${pad(Number(month[2]))}`, precision: 'month' };
  }
  return null;
}

export function published(date: ParsedDate | null, source: string): PublishedDate | null {
  return date ? { ...date, source } : null;
}
