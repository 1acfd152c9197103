import type * as PdfJs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { LIMITS } from './limits';
import { largestLine, pageLines, toParagraphs, type Line, type TextItemLike } from './pdf-layout';
import { IngestError, type ExtractOptions, type ExtractedArticle, type PublishedDate } from './types';

// Loaded on first use: pdf.js is large and most imports are not PDFs.
let pdfjs: Promise<typeof PdfJs> | null = null;

/** PDF text in reading order, grouped into lines and paragraphs, with title/author/date from the document info. */
export interface PdfOptions extends ExtractOptions {
  signal?: AbortSignal;
  maxPages?: number;
  timeoutMs?: number;
}

export async function extractPdf(bytes: Uint8Array, opts: PdfOptions): Promise<ExtractedArticle> {
  const name = opts.fileName;
  const timeoutMs = opts.timeoutMs ?? LIMITS.pdfTimeoutMs;
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
      () => reject(new IngestError('timeout', `${name}: reading the PDF took longer than ${timeoutMs / 1000} s; stopped`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      read(task.promise, name, complete, {
        maxPages: opts.maxPages ?? LIMITS.pdfMaxPages,
        stopAt: Date.now() + timeoutMs,
        timeoutMs,
        signal: opts.signal,
      }),
      deadline,
    ]);
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
  budget: { maxPages: number; stopAt: number; timeoutMs: number; signal?: AbortSignal },
): Promise<ExtractedArticle> {
  const doc = await loading;
  const meta = await doc.getMetadata().catch(() => null);
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const lines: Line[] = [];
  const pages = Math.min(doc.numPages, budget.maxPages);
  for (let p = 1; p <= pages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const width = page.getViewport({ scale: 1 }).width;
    lines.push(...pageLines(content.items.filter((i) => 'str' in i) as unknown as TextItemLike[], p, width));
    page.cleanup();
    // pdf.js runs on this thread in Node, so timers cannot interrupt it: check the budget between pages.
    if (Date.now() > budget.stopAt) throw timeoutError(name, budget.timeoutMs);
    if (budget.signal?.aborted) throw new IngestError('cancelled', `${name}: import cancelled`);
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

function timeoutError(name: string, timeoutMs: number): IngestError {
  const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`;
  return new IngestError('timeout', `${name}: reading the PDF took longer than ${limit}; stopped`);
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
