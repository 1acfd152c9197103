import type { SourceFormat } from './types';

const HEAD_BYTES = 8192;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Decide the format from the bytes; the file name only breaks ties (txt vs md, eml vs mhtml, one JSON
 * line). 'json' is data, not an article: the caller refuses it.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): SourceFormat | 'json' | 'unknown' {
  if (bytes.length === 0) return 'unknown';
  const name = fileName.toLowerCase();
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return indexOfAscii(bytes, 'word/document.xml', bytes.length) >= 0 ? 'docx' : 'unknown';
  if (isOleFile(bytes)) return oleHasEncryptionInfo(bytes) ? 'docx' : 'unknown';
  if (looksBinary(bytes)) return 'unknown';

  const head = textHead(bytes);
  const json = jsonKind(bytes, head, name);
  if (json) return json;
  const mail = mailHeaderBlock(head);
  if (mail) {
    const related = /^content-type:\s*multipart\/related/im.test(mail);
    const saved = /^snapshot-content-location:/im.test(mail) || /\.mht(ml)?$/.test(name);
    const sent = /^(message-id|received|to):/im.test(mail);
    if (related && (saved || !sent)) return 'mhtml';
    return 'eml';
  }
  const markup = head.replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, '');
  const root = markup.replace(/^<!doctype\s+(rss|feed|rdf:rdf)\b[^[>]*(\[[\s\S]*?\])?\s*>\s*(<!--[\s\S]*?-->\s*)*/i, '');
  if (/^<(rss|rdf:rdf)[\s>]/i.test(root)) return 'rss';
  if (/^<feed[\s>]/i.test(root) || /^<!doctype\s+feed\b/i.test(root)) return 'atom';
  if (/^<!doctype\s+(rss|rdf:rdf)\b/i.test(root)) return 'rss';
  if (/^<!doctype\s+html/i.test(markup) || /^<(html|head|body)[\s>]/i.test(markup) || countHtmlTags(head) >= 3) return 'html';
  if (/\.(md|markdown)$/.test(name) || looksLikeMarkdown(head)) return 'md';
  return 'txt';
}

export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

/** Office encrypts OOXML into an OLE container whose directory names an EncryptionInfo stream. */
export function oleHasEncryptionInfo(bytes: Uint8Array): boolean {
  const utf16 = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(utf16) >= 0;
}

/** Text files have no NUL bytes and few control characters; anything else is treated as binary. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, HEAD_BYTES);
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) control++;
  }
  return control / sample.length > 0.02;
}

function textHead(bytes: Uint8Array): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  if (startsWith(bytes, [0xff, 0xfe])) return Buffer.from(bytes.subarray(2, HEAD_BYTES)).toString('utf16le');
  if (startsWith(bytes, [0xfe, 0xff])) return Buffer.from(bytes.subarray(2, HEAD_BYTES)).swap16().toString('utf16le');
  return Buffer.from(bytes.subarray(start, HEAD_BYTES)).toString('latin1');
}

/** The RFC 822 header block when the text starts with one that names a sender or MIME type. */
function mailHeaderBlock(head: string): string | null {
  const end = head.search(/\r?\n\r?\n/);
  const block = end >= 0 ? head.slice(0, end) : head;
  const lines = block.split(/\r?\n/);
  if (!lines.every((l) => /^[A-Za-z][\w-]*:/.test(l) || /^[ \t]/.test(l) || /^From /.test(l))) return null;
  const fields = new Set(lines.map((l) => /^([A-Za-z][\w-]*):/.exec(l)?.[1].toLowerCase()).filter(Boolean));
  const isMime = fields.has('mime-version') && fields.has('content-type');
  const isMail = fields.has('from') && (fields.has('subject') || fields.has('date') || fields.has('to'));
  return isMime || isMail ? block : null;
}

/**
 * JSON Lines when two lines each hold a whole JSON object (or one, in a .jsonl/.ndjson file); other text
 * that opens like JSON is JSON data.
 */
function jsonKind(bytes: Uint8Array, head: string, name: string): 'json' | 'jsonl' | null {
  if (!/^\s*(\{\s*("|\})|\[\s*([[{"\]\d-]|true|false|null))/.test(head.replace(/^\uFEFF/, ''))) return null;
  // A line holds a whole article, so read past the sniffing head: up to the end of the second line.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let seen = 0, from = 0; seen < 2; seen++, from = end + 1) {
    end = buf.indexOf(0x0a, from);
    if (end < 0) {
      end = buf.length;
      break;
    }
  }
  const lines = buf
    .subarray(0, end)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim());
  const wholeObject = (l: string) => {
    try {
      const v: unknown = JSON.parse(l);
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  };
  const objects = lines.slice(0, 2).filter(wholeObject).length;
  if (objects === 2 || (objects === 1 && /\.(jsonl|ndjson)$/.test(name))) return 'jsonl';
  return 'json';
}

function countHtmlTags(head: string): number {
  return (head.match(/<\/?(p|div|span|a|br|h[1-6]|article|section|meta|title|table|ul|li|img)\b[^>]*>/gi) ?? []).length;
}

function looksLikeMarkdown(head: string): boolean {
  return /^#{1,6} \S/m.test(head) || /\[[^\]\n]+\]\([^)\s]+\)/.test(head) || /^(\*\*|__)[^\n]+(\*\*|__)\s*$/m.test(head);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string, within: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, within)).indexOf(needle, 0, 'latin1');
}
