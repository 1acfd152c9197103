import type { PublishedDate } from './types';

export interface Dateline {
  published: PublishedDate | null;
  /** Place named by an agency dateline ("MOSCOW"). */
  place: string | null;
  /** Agency or outlet named in the dateline ("Reuters"). */
  outlet: string | null;
  /** Length of the matched dateline prefix, so callers can keep or strip it. */
  length: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|Sept|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.?`;
const WEEKDAY = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?`;
const MDY = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i');
const DMY = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})\b`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})\b/;
const AGENCY = new RegExp(
  String.raw`^([A-Z][A-Z.'’\- ]{1,40}?(?:,\s+[A-Z][A-Za-z.'’\- ]{1,30}?)?)` +
    String.raw`(?:,\s+(?:${WEEKDAY})?(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})(?:,?\s+(\d{4}))?)?` +
    String.raw`\s*\(([A-Za-z][\w.&' -]{0,40})\)\s*(?:-{1,2}|–|—|:)\s*`,
);

/** A date written as a whole line or at the start of text: "Friday, July 21, 2017", "21 July 2017", "2017-07-21". */
export function parseFullDate(s: string): { value: string; length: number } | null {
  const t = s.trimStart();
  const offset = s.length - t.length;
  let m = MDY.exec(t);
  if (m) return dated(+m[3], monthIndex(m[1]), +m[2], offset + m[0].length);
  m = DMY.exec(t);
  if (m) return dated(+m[3], monthIndex(m[2]), +m[1], offset + m[0].length);
  m = ISO.exec(t);
  if (m) return dated(+m[1], +m[2] - 1, +m[3], offset + m[0].length);
  return null;
}

/**
 * Read the dateline at the start of a news text. `contextYear` (from a full date elsewhere in the
 * document or its file name) completes a dateline that gives only month and day.
 */
export function parseDateline(text: string, contextYear: number | null = null): Dateline | null {
  const head = text.trimStart();
  const lead = text.length - head.length;
  const agency = AGENCY.exec(head);
  if (agency) {
    const [, place, monthA, dayA, dayB, monthB, year, outlet] = agency;
    const month = monthA ?? monthB;
    const day = dayA ?? dayB;
    let published: PublishedDate | null = null;
    const y = year ? +year : contextYear;
    if (month && day && y) {
      const date = dated(y, monthIndex(month), +day, 0);
      if (date) published = { value: date.value, precision: 'day', source: 'dateline' };
    }
    return { published, place: titleCasePlace(place), outlet: outlet.trim(), length: lead + agency[0].length };
  }
  const full = parseFullDate(head.split(/\r?\n/, 1)[0]);
  if (
    full &&
    /^\s*$/.test(
      head
        .split(/\r?\n/, 1)[0]
        .slice(full.length)
        .replace(/^[\s,.;:-]+/, ''),
    )
  ) {
    return {
      published: { value: full.value, precision: 'day', source: 'dateline' },
      place: null,
      outlet: null,
      length: lead + full.length,
    };
  }
  return null;
}

/** The first year given by a full date in the text, for datelines that omit it. */
export function yearFromContext(text: string, fileName = ''): number | null {
  for (const line of text.slice(0, 4000).split(/\r?\n/)) {
    const full = parseFullDate(line);
    if (full) return +full.value.slice(0, 4);
    const inline = new RegExp(String.raw`\b${MONTH}\s+\d{1,2},\s+((?:19|20)\d{2})\b`, 'i').exec(line);
    if (inline) return +inline[2];
  }
  const fromName = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])/.exec(fileName);
  return fromName ? +fromName[1] : null;
}

/** The calendar day of an ISO 8601 or RFC 822 timestamp in its own time zone (not shifted to UTC). */
export function dateAsWritten(raw: string): string | null {
  const s = raw.trim();
  if (!s) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return dated(+iso[1], +iso[2] - 1, +iso[3], 0)?.value ?? null;
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4}|\d{2})\b/.exec(s);
  if (rfc && monthIndex(rfc[2]) >= 0) {
    const year = rfc[3].length === 2 ? 1900 + Number(rfc[3]) + (Number(rfc[3]) < 50 ? 100 : 0) : Number(rfc[3]);
    return dated(year, monthIndex(rfc[2]), +rfc[1], 0)?.value ?? null;
  }
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function dated(year: number, month: number, day: number, length: number): { value: string; length: number } | null {
  if (month < 0 || month > 11 || day < 1 || year < 1800 || year > 2200) return null;
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCMonth() !== month) return null;
  return { value: d.toISOString().slice(0, 10), length };
}

function titleCasePlace(place: string): string {
  return place
    .trim()
    .split(/(\s+|-|,\s*)/)
    .map((w) => (/^[A-Z.'’]{2,}$/.test(w) && !/^[A-Z]\.[A-Z]\.?$/.test(w) ? w[0] + w.slice(1).toLowerCase() : w))
    .join('');
}
