const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The one date format of the app: "5 Jun 2024", "Jun 2024", "2024" or "Undated", following the precision the
 * source gave (or, without one, the parts the value has). A full timestamp shows its local date.
 */
export function formatPublished(value: string | null, precision: string | null = null): string {
  if (!value) return 'Undated';
  if (value.length > 10 && !Number.isNaN(Date.parse(value))) return formatPublished(localDay(new Date(value)), 'day');
  const [y, m, d] = value.slice(0, 10).split('-');
  if (precision === 'year' || !m) return y ?? value;
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === 'month' || !d) return `${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** A moment (import time): "5 Jun 2024, 14:03" in local time. */
export function formatTimestamp(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${formatPublished(localDay(at), 'day')}, ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** A language's English name from its tag ('de' -> 'German'), or the tag when the browser has no name. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** Split plain text into paragraphs at blank lines (single newlines stay inside a paragraph). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
