import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LIMITS } from './limits';
import { IngestError, type ExtractOptions, type ExtractedArticle, type PublishedDate } from './types';

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Line {
  y: number;
  size: number;
  text: string;
  page: number;
}

// Loaded on first use: pdf.js is large and most imports are not PDFs.
let pdfjs: Promise<typeof PdfJs> | null = null;

/** PDF text in reading order, grouped into lines and paragraphs, with title/author/date from the document info. */
export async function extractPdf(bytes: Uint8Array, opts: ExtractOptions & { signal?: AbortSignal }): Promise<ExtractedArticle> {
  const name = opts.fileName;
  const complete = hasEofMarker(bytes);
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let timer: NodeJS.Timeout | undefined;
  const abort = () => void task.destroy();
  opts.signal?.addEventListener('abort', abort, { once: true });
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new IngestError('timeout', `${name}: reading the PDF took longer than ${LIMITS.pdfTimeoutMs / 1000} s; stopped`)),
      LIMITS.pdfTimeoutMs,
    );
  });
  try {
    return await Promise.race([read(task.promise, name, complete), deadline]);
  } catch (err) {
    throw pdfError(err, name, complete);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', abort);
    void task.destroy();
  }
}

async function read(
  loading: Promise<PDFDocumentProxy>,
  name: string,
  complete: boolean,
): Promise<ExtractedArticle> {
  const doc = await loading;
  const meta = await doc.getMetadata().catch(() => null);
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const lines: Line[] = [];
  const pages = Math.min(doc.numPages, LIMITS.pdfMaxPages);
  for (let p = 1; p <= pages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    lines.push(...toLines(content.items.filter((i) => 'str' in i) as unknown as TextItemLike[], p));
    page.cleanup();
  }
  const text = toParagraphs(lines);
  if (!text) {
    if (!complete) throw new IngestError('truncated', `${name}: the PDF is truncated (incomplete file), no text could be read`);
    throw new IngestError('no-text', `${name}: the PDF has no text layer (scanned images?); nothing to import`);
  }
  const infoTitle = cleanInfo(info.Title);
  return {
    title: infoTitle && !/^(untitled|microsoft word|document\d*)\b/i.test(infoTitle) ? infoTitle : (largestLine(lines) ?? name),
    byline: cleanInfo(info.Author),
    published: pdfDate(cleanInfo(info.CreationDate)),
    site: null,
    lang: typeof info.Language === 'string' ? info.Language.split('-')[0].toLowerCase() || null : null,
    text,
    html: null,
    url: null,
    dateline: null,
    format: 'pdf',
  };
}

function toLines(items: TextItemLike[], page: number): Line[] {
  const lines: (Line & { x: number; end: number })[] = [];
  const sorted = items
    .filter((i) => i.str.trim() || i.str === ' ')
    .sort((a, b) => b.transform[5] - a.transform[5] || a.transform[4] - b.transform[4]);
  for (const item of sorted) {
    const x = item.transform[4];
    const y = item.transform[5];
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 10;
    const line = lines.find((l) => Math.abs(l.y - y) < Math.max(2, Math.min(l.size, size) * 0.5));
    if (!line) {
      lines.push({ y, size, text: item.str, page, x, end: x + item.width });
      continue;
    }
    const gap = x - line.end;
    line.text += gap > size * 0.15 && !line.text.endsWith(' ') && !item.str.startsWith(' ') ? ` ${item.str}` : item.str;
    line.end = Math.max(line.end, x + item.width);
    line.size = Math.max(line.size, size);
  }
  return lines
    .sort((a, b) => b.y - a.y)
    .map(({ y, size, text }) => ({ y, size, text: text.replace(/\s+/g, ' ').trim(), page }))
    .filter((l) => l.text);
}

/** A new paragraph starts after a vertical gap well above the usual line spacing, or on a font size change. */
function toParagraphs(lines: Line[]): string {
  const spacings = lines
    .slice(1)
    .map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0))
    .filter((d) => d > 0);
  const usual = lowQuartile(spacings) || 14;
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const breaks =
      !prev ||
      (line.page === prev.page ? prev.y - line.y > usual * 1.4 : /[.!?:"”]$/.test(prev.text)) ||
      Math.abs(line.size - prev.size) > 1.5;
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

function largestLine(lines: Line[]): string | null {
  const first = lines.filter((l) => l.page === 1 && l.text.length > 3).slice(0, 40);
  if (!first.length) return null;
  const max = Math.max(...first.map((l) => l.size));
  return first.find((l) => l.size === max)?.text.slice(0, 200) ?? null;
}

/** PDF dates look like D:20240606103000+09'00'; the date part is kept as written. */
export function pdfDate(raw: string | null): PublishedDate | null {
  const m = raw ? /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(raw) : null;
  if (!m || +m[1] < 1900) return null;
  if (m[3]) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', source: 'pdf-info' };
  if (m[2]) return { value: `${m[1]}-${m[2]}`, precision: 'month', source: 'pdf-info' };
  return { value: m[1], precision: 'year', source: 'pdf-info' };
}

function cleanInfo(value: unknown): string | null {
  return typeof value === 'string' && value.replace(/\0/g, '').trim()
    ? value.replace(/\0/g, '').replace(/\s+/g, ' ').trim()
    : null;
}

function hasEofMarker(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 4096));
  return tail.includes('%%EOF', 0, 'latin1');
}

function pdfError(err: unknown, name: string, complete: boolean): IngestError {
  if (err instanceof IngestError) return err;
  const kind = (err as { name?: string })?.name;
  if (kind === 'PasswordException') return new IngestError('encrypted', `${name}: encrypted PDF, cannot read text`);
  if (!complete) return new IngestError('truncated', `${name}: the PDF is truncated (incomplete file)`);
  if (kind === 'InvalidPDFException') return new IngestError('unsupported', `${name}: damaged PDF, cannot read it`);
  return new IngestError('unsupported', `${name}: cannot read the PDF (${(err as Error)?.message ?? String(err)})`);
}

/** Body line spacing: headings and paragraph gaps only ever make the spacing larger. */
function lowQuartile(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 4)];
}
