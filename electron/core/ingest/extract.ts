import { parseDateline } from './dateline';
import { decodeText } from './decode';
import { extractDocx } from './docx';
import { extractEml } from './eml';
import { extractFeed } from './feed';
import { extractHtml } from './html';
import { guessLanguage } from './lang-guess';
import { LIMITS, formatBytes } from './limits';
import { extractPdf } from './pdf';
import { isOleFile, looksBinary, sniffFormat } from './sniff';
import { extractPlainText } from './text';
import { IngestError, type ExtractOptions, type ExtractedArticle, type SourceFormat } from './types';
import { extractMhtml } from './mhtml';
import { extractJsonLines } from './jsonl';

/**
 * Turn the bytes of one dropped file (or fetched page) into articles. The format comes from the
 * bytes, not the name; a feed yields one article per item. Failures are IngestErrors a user can act on.
 */
export async function extractFile(
  bytes: Uint8Array,
  opts: ExtractOptions & { signal?: AbortSignal },
): Promise<ExtractedArticle[]> {
  const name = opts.fileName;
  checkCancelled(opts.signal, name);
  if (bytes.length === 0) throw new IngestError('empty', `${name}: the file is empty`);
  if (bytes.length > LIMITS.maxFileBytes) {
    throw new IngestError(
      'too-large',
      `${name}: file is ${formatBytes(bytes.length)}, larger than the ${formatBytes(LIMITS.maxFileBytes)} import limit`,
    );
  }
  const format = sniffFormat(bytes, name);
  if (format === 'unknown') throw unknownFormat(bytes, name);
  if (format === 'json') throw new IngestError('unsupported', `${name}: JSON data, not an article`);

  const articles = await extractAs(format, bytes, opts);
  checkCancelled(opts.signal, name);
  const kept = articles.filter((a) => a.skipped || a.text.trim() || a.title.trim());
  if (!kept.length) throw new IngestError('no-text', `${name}: no readable text found`);
  return kept.map((a) => (a.skipped ? a : completeDateline(a.lang ? a : { ...a, lang: guessLanguage(`${a.title}\n${a.text}`) })));
}

async function extractAs(
  format: SourceFormat,
  bytes: Uint8Array,
  opts: ExtractOptions & { signal?: AbortSignal },
): Promise<ExtractedArticle[]> {
  switch (format) {
    case 'pdf':
      return [await extractPdf(bytes, opts)];
    case 'docx':
      return [await extractDocx(bytes, opts)];
    case 'eml':
      return [await extractEml(bytes, opts)];
    case 'rss':
    case 'atom':
      return extractFeed(bytes, opts);
    case 'mhtml':
      return [extractMhtml(bytes, opts)];
    case 'jsonl':
      return extractJsonLines(bytes, opts);
    case 'html': {
      const { text } = decodeText(bytes, { contentType: opts.contentType, format });
      return [await extractHtml(text, opts)];
    }
    case 'txt':
    case 'md': {
      if (!decodeText(bytes, { contentType: opts.contentType, format }).text.trim()) {
        throw new IngestError('empty', `${opts.fileName}: the file contains only blank space`);
      }
      return [extractPlainText(bytes, opts, format)];
    }
  }
}

function unknownFormat(bytes: Uint8Array, name: string): IngestError {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8));
  if (isOleFile(bytes))
    return new IngestError('unsupported', `${name}: legacy Office file (.doc/.xls/.ppt); save it as .docx or PDF to import it`);
  if (head.subarray(0, 4).toString('latin1') === 'PK\x03\x04')
    return new IngestError('unsupported', `${name}: zip archive that is not a Word document; unpack it and import the files`);
  if (looksBinary(bytes)) {
    const claimed = /\.(html?|txt|md|xml|rss|atom|eml)$/i.exec(name)?.[1];
    return new IngestError(
      'binary',
      `${name}: contains binary data, not text${claimed ? ` (despite the .${claimed.toLowerCase()} name)` : ''}; nothing to import`,
    );
  }
  return new IngestError('unsupported', `${name}: unrecognised file format`);
}

/** Formats without their own dateline reader get it from the first paragraphs of the body. */
function completeDateline(article: ExtractedArticle): ExtractedArticle {
  if (article.dateline || article.format === 'txt' || article.format === 'md') return article;
  for (const paragraph of article.text.split('\n\n', 3)) {
    const found = parseDateline(paragraph, article.published ? +article.published.value.slice(0, 4) : null);
    if (!found) continue;
    return {
      ...article,
      dateline: found.place ?? article.dateline,
      site: article.site ?? found.outlet,
      published: article.published ?? found.published,
    };
  }
  return article;
}

function checkCancelled(signal: AbortSignal | undefined, name: string): void {
  if (signal?.aborted) throw new IngestError('cancelled', `${name}: import cancelled`);
}
