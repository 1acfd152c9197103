/**
 * Dates as analysts type them, read into the library's form: YYYY-MM-DD, YYYY-MM or YYYY with a precision.
 * Shared by the reader's "Set date" field and by imports that carry a date as text.
 */

export type DatePrecision = 'day' | 'month' | 'year';

export type ParsedDate = { ok: true; value: string; precision: DatePrecision } | { ok: false; message: string };

export const DATE_FORMATS_HINT = '2024-06-06, 6 June 2024, June 6, 2024, June 2024, 06/2024 or 2024';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(w));
  if (i >= 0) return i + 1;
  return w === 'sept' ? 9 : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number, month: number | null, day: number | null, input: string): ParsedDate {
  if (year < 1000 || year > 2999) return { ok: false, message: `"${input}": the year ${year} is out of range` };
  if (month === null) return { ok: true, value: String(year), precision: 'year' };
  if (month < 1 || month > 12) return { ok: false, message: `"${input}": there is no month ${month}` };
  if (day === null) return { ok: true, value: `${year}-${pad(month)}`, precision: 'month' };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return { ok: false, message: `"${input}": ${MONTH_NAMES[month - 1]} ${year} has no day ${day}` };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/** Read a typed date; a text it cannot read gets a message naming the formats it accepts. */
export function parseDate(text: string): ParsedDate {
  const input = text.trim();
  const s = input.replace(/,/g, ' ').replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  // ISO, optionally with a time (2024-06-06T10:00:00Z keeps the day as written).
  if ((m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.exec(s)))
    return build(+m[1]!, m[2] ? +m[2] : null, m[3] ? +m[3] : null, input);
  if ((m = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/.exec(s))) return build(+m[1]!, +m[2]!, m[3] ? +m[3] : null, input);
  // 06/2024, 6.2024
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(s))) return build(+m[2]!, +m[1]!, null, input);
  // 06/06/2024: only when the order is plain (one number above 12, or both the same).
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (a === b || a > 12 || b > 12) return build(+m[3]!, a > 12 ? b : a, a > 12 ? a : b, input);
    return {
      ok: false,
      message: `"${input}" could be ${a} ${MONTH_NAMES[b - 1]} or ${MONTH_NAMES[a - 1]} ${b}: write the month as a word (6 June 2024) or as 2024-06-06`,
    };
  }
  // 6 June 2024, 6th Jun. 2024
  if ((m = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([A-Za-z]+\.?) (\d{4})$/i.exec(s))) {
    const month = monthNumber(m[2]!);
    if (month) return build(+m[3]!, month, +m[1]!, input);
  }
  // June 6, 2024 / Jun 6 2024
  if ((m = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/i.exec(s))) {
    const month = monthNumber(m[1]!);
    if (month) return build(+m[3]!, month, +m[2]!, input);
  }
  // June 2024
  if ((m = /^([A-Za-z]+\.?) (\d{4})$/i.exec(s))) {
    const month = monthNumber(m[1]!);
    if (month) return build(+m[2]!, month, null, input);
  }
  return { ok: false, message: `Cannot read "${input}" as a date; write it as ${DATE_FORMATS_HINT}` };
}
