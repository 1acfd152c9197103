import chardet from 'chardet';
import iconv from 'iconv-lite';
import { guessCyrillic } from './cyrillic';

export interface DecodedText {
  text: string;
  /** Encoding actually used, lower-case iconv name ('utf-8', 'windows-1251', ...). */
  encoding: string;
}

export interface DecodeHints {
  contentType?: string;
  format?: string;
}

const HEAD_BYTES = 4096;
/** Declarations that say "Latin" but are routinely wrong on Cyrillic and Greek pages. */
const LATIN_LABELS = new Set(['windows-1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii', 'iso-8859-15']);
const MIN_CONFIDENCE = 50;
/** A page saved as UTF-8 with a few stray legacy bytes is still UTF-8. */
const MAX_INVALID_SHARE = 0.05;

/** Decode bytes to text: BOM, then declared charset (HTTP, meta, XML), verified; else detection. */
export function decodeText(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const bom = decodeBom(bytes);
  if (bom) return bom;

  const declared = normalizeLabel(charsetFromContentType(hints.contentType) ?? declaredInDocument(bytes));
  if (declared) {
    const verified = verifyDeclared(bytes, declared);
    if (verified) return verified;
  }
  const stats = utf8Stats(bytes);
  if (stats.invalid === 0 || mostlyUtf8(stats)) return { text: utf8(bytes), encoding: 'utf-8' };
  return decodeDetected(bytes);
}

function decodeBom(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  return null;
}

export function charsetFromContentType(contentType: string | undefined | null): string | null {
  const m = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return m ? m[1] : null;
}

/** Charset named inside the document: `<meta charset>`, http-equiv Content-Type, or the XML declaration. */
export function declaredInDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, HEAD_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta[^>]+?charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1] : null;
}

function normalizeLabel(label: string | null): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase();
  // WHATWG treats these as their supersets; real pages depend on that.
  const alias: Record<string, string> = {
    'iso-8859-1': 'windows-1252',
    latin1: 'windows-1252',
    'us-ascii': 'windows-1252',
    ascii: 'windows-1252',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    'x-gbk': 'gb18030',
    'euc-kr': 'cp949',
    'ks_c_5601-1987': 'cp949',
    utf8: 'utf-8',
    'x-sjis': 'shift_jis',
  };
  const name = alias[l] ?? l;
  return iconv.encodingExists(name) ? name : null;
}

function verifyDeclared(bytes: Uint8Array, declared: string): DecodedText | null {
  const stats = utf8Stats(bytes);
  // Real UTF-8 is unmistakable once it has a few multi-byte sequences and (almost) no invalid bytes.
  if (mostlyUtf8(stats)) return { text: utf8(bytes), encoding: 'utf-8' };
  if (declared === 'utf-8') return stats.invalid === 0 ? { text: utf8(bytes), encoding: 'utf-8' } : null;
  if (LATIN_LABELS.has(declared) || declared === 'windows-1252') {
    if (highByteShare(bytes) > 0.2) {
      const cyrillic = guessCyrillic(bytes);
      if (cyrillic) return decodeAs(bytes, cyrillic.encoding);
      const detected = detect(bytes);
      if (detected && detected.confidence >= MIN_CONFIDENCE && !isLatinEncoding(detected.name))
        return decodeAs(bytes, detected.name);
    }
    return decodeAs(bytes, declared);
  }
  const decoded = decodeAs(bytes, declared);
  return decoded.text.includes('\uFFFD') ? null : decoded;
}

function decodeDetected(bytes: Uint8Array): DecodedText {
  const cyrillic = highByteShare(bytes) > 0.2 ? guessCyrillic(bytes) : null;
  if (cyrillic) return decodeAs(bytes, cyrillic.encoding);
  const best = detect(bytes);
  return decodeAs(bytes, best ? best.name : 'windows-1252');
}

function detect(bytes: Uint8Array): { name: string; confidence: number } | null {
  for (const candidate of chardet.analyse(bytes)) {
    const name = normalizeLabel(candidate.name);
    if (name && name !== 'utf-8') return { name, confidence: candidate.confidence };
  }
  return null;
}

function decodeAs(bytes: Uint8Array, encoding: string): DecodedText {
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

function isLatinEncoding(name: string): boolean {
  return /^(windows-125[02]|iso-8859-(1|2|15)|utf-8)$/.test(name) || LATIN_LABELS.has(name);
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function mostlyUtf8(stats: { sequences: number; invalid: number }): boolean {
  return stats.sequences >= 4 && stats.invalid <= Math.max(1, stats.sequences * MAX_INVALID_SHARE);
}

/** Count well-formed multi-byte UTF-8 sequences and bytes that cannot be part of one. */
function utf8Stats(bytes: Uint8Array): { sequences: number; invalid: number } {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      sequences++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { sequences, invalid };
}

function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) high++;
    else if ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a) letters++;
  }
  return high + letters ? high / (high + letters) : 0;
}
