import iconv from 'iconv-lite';
import { extractHtml } from './html';
import type { ExtractedArticle, ExtractOptions } from './types';
import { IngestError } from './types';

interface MimePart {
  headers: Map<string, string>;
  /** Body bytes as a latin1 string (one char per byte). */
  body: string;
}

/**
 * Extract the article from a saved web page (MHTML: multipart/related). The root text/html part is
 * decoded (quoted-printable or base64, then its charset) and handed to the HTML extractor. The
 * archive's own Date header is the save time, so it is never used as the publication date.
 */
export function extractMhtml(bytes: Uint8Array, opts: ExtractOptions): ExtractedArticle {
  if (!bytes.length) throw new IngestError('empty', `${opts.fileName}: the file is empty`);
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const top = splitHeaders(raw);
  const contentType = top.headers.get('content-type') ?? '';
  const boundary = param(contentType, 'boundary');
  if (!/^multipart\//i.test(contentType) || !boundary) {
    throw new IngestError('unreadable', `${opts.fileName}: not a saved web page (no multipart/related body)`);
  }
  const parts = splitParts(top.body, boundary);
  const root = rootPart(parts, param(contentType, 'start'));
  if (!root) throw new IngestError('unreadable', `${opts.fileName}: the saved page holds no HTML document`);

  const html = decodeBody(root);
  const url = opts.url ?? httpUrl(top.headers.get('snapshot-content-location')) ?? httpUrl(root.headers.get('content-location'));
  return extractHtml(html, { ...opts, ...(url ? { url } : {}) }, 'mhtml');
}

function splitHeaders(text: string): MimePart {
  const match = /\r?\n\r?\n/.exec(text);
  const head = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function param(header: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2]) : null;
}

function splitParts(body: string, boundary: string): MimePart[] {
  const delimiter = `--${boundary}`;
  const chunks = body.split(delimiter);
  const parts: MimePart[] = [];
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    parts.push(splitHeaders(chunk.replace(/^[ \t]*\r?\n/, '')));
  }
  return parts;
}

function rootPart(parts: MimePart[], start: string | null): MimePart | null {
  const isHtml = (p: MimePart) => /^text\/html/i.test(p.headers.get('content-type') ?? '');
  if (start) {
    const byId = parts.find((p) => p.headers.get('content-id') === start && isHtml(p));
    if (byId) return byId;
  }
  return parts.find(isHtml) ?? null;
}

function decodeBody(part: MimePart): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  let bytes: Buffer;
  if (encoding === 'base64') bytes = Buffer.from(part.body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64');
  else if (encoding === 'quoted-printable') bytes = decodeQuotedPrintable(part.body);
  else bytes = Buffer.from(part.body.replace(/\r?\n$/, ''), 'latin1');
  const charset = param(part.headers.get('content-type') ?? '', 'charset') ?? charsetInHtml(bytes) ?? 'utf-8';
  const name = iconv.encodingExists(charset) ? charset : 'utf-8';
  return iconv.decode(bytes, name);
}

function decodeQuotedPrintable(text: string): Buffer {
  const joined = text.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Buffer.from(out);
}

function charsetInHtml(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

function httpUrl(value: string | undefined): string | undefined {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : undefined;
}
