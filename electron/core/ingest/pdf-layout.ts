/** Reading order for PDF text: items into line segments, segments into columns, lines into paragraphs. */
export interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

export interface Line {
  y: number;
  size: number;
  text: string;
  page: number;
}

interface Segment extends Line {
  x: number;
  end: number;
}

const MIN_COLUMN_LINES = 4;

/** Lines of one page in reading order; a two-column page is read left column first. */
export function pageLines(items: TextItemLike[], page: number, pageWidth: number): Line[] {
  const segments = toSegments(items, page);
  const boundary = columnBoundary(segments, pageWidth);
  const column = (s: Segment) => (boundary !== null && s.x >= boundary - 5 ? 1 : 0);
  return segments
    .sort((a, b) => column(a) - column(b) || b.y - a.y || a.x - b.x)
    .map(({ y, size, text }) => ({ y, size, text: text.replace(/\s+/g, ' ').trim(), page }))
    .filter((l) => l.text);
}

/** Items on one baseline join into a segment unless a gap wide enough to separate columns lies between them. */
function toSegments(items: TextItemLike[], page: number): Segment[] {
  const segments: Segment[] = [];
  const sorted = items
    .filter((i) => i.str.trim() || i.str === ' ')
    .sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
  for (const item of sorted) {
    const x = item.transform[4];
    const y = item.transform[5];
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 10;
    const seg = segments.find(
      (s) => Math.abs(s.y - y) < Math.max(2, Math.min(s.size, size) * 0.5) && x >= s.x && x - s.end < Math.max(s.size, size) * 2,
    );
    if (!seg) {
      segments.push({ y, size, text: item.str, page, x, end: x + item.width });
      continue;
    }
    const gap = x - seg.end;
    seg.text += gap > size * 0.15 && !seg.text.endsWith(' ') && !item.str.startsWith(' ') ? ` ${item.str}` : item.str;
    seg.end = Math.max(seg.end, x + item.width);
    seg.size = Math.max(seg.size, size);
  }
  return segments;
}

/** The x where a second column starts: many segments start there and the text left of it stops short of it. */
function columnBoundary(segments: Segment[], pageWidth: number): number | null {
  const starts = new Map<number, number>();
  for (const s of segments)
    if (s.x > pageWidth * 0.3) starts.set(Math.round(s.x / 4) * 4, (starts.get(Math.round(s.x / 4) * 4) ?? 0) + 1);
  const [best, count] = [...starts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (count < MIN_COLUMN_LINES || count < segments.length * 0.2) return null;
  const left = segments.filter((s) => s.x < best - 5);
  const crossing = left.filter((s) => s.end > best + 2).length;
  return left.length >= MIN_COLUMN_LINES && crossing <= left.length * 0.2 ? best : null;
}

/**
 * A new paragraph starts after a vertical gap well above the usual line spacing or on a font size
 * change; at a new page or column it starts only when the previous line ended a sentence.
 */
export function toParagraphs(lines: Line[]): string {
  const spacings = lines
    .slice(1)
    .map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0))
    .filter((d) => d > 0);
  const usual = lowQuartile(spacings) || 14;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const moved = prev && (line.page !== prev.page || line.y > prev.y);
    const breaks =
      !prev || (moved ? /[.!?:"”]$/.test(prev.text) : prev.y - line.y > usual * 1.4) || Math.abs(line.size - prev.size) > 1.5;
    if (breaks && current) {
      paragraphs.push(current);
      current = '';
    }
    current = !current
      ? line.text
      : current.endsWith('-') && /^[a-z]/.test(line.text)
        ? current.slice(0, -1) + line.text
        : `${current} ${line.text}`;
  });
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** The line set in the largest type near the top of the first page, as a title fallback. */
export function largestLine(lines: Line[]): string | null {
  const first = lines.filter((l) => l.page === 1 && l.text.length > 3).slice(0, 40);
  if (!first.length) return null;
  const max = Math.max(...first.map((l) => l.size));
  return first.find((l) => l.size === max)?.text.slice(0, 200) ?? null;
}

/** Body line spacing: headings and paragraph gaps only ever make the spacing larger. */
function lowQuartile(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 4)];
}
