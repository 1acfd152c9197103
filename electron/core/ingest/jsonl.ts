import { parseDate } from '../../api/dates';
import { decodeText } from './decode';
import { IngestError, type ExtractOptions, type ExtractedArticle } from './types';

/**
 * JSON Lines of articles: one `{"title", "text", "published"?, "url"?}` object per line, one article per
 * line. A line that is not such a record is reported by its number; the good lines still import.
 */
export function extractJsonLines(bytes: Uint8Array, opts: ExtractOptions): ExtractedArticle[] {
  const name = opts.fileName;
  const { text } = decodeText(bytes, { contentType: opts.contentType, format: 'txt' });
  const out: ExtractedArticle[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    const record = readRecord(line);
    if (typeof record === 'string') {
      out.push(skipped(where, `${name} › ${where}: ${record}`));
      return;
    }
    out.push({ ...record, partName: where });
  });
  if (!out.length) throw new IngestError('no-text', `${name}: no JSON lines found`);
  if (out.every((a) => a.skipped)) {
    const first = out[0]!.skipped!.message;
    throw new IngestError(
      'unsupported',
      out.length === 1 ? first : `${name}: none of its ${out.length} lines is an article (${first})`,
    );
  }
  return out;
}

function skipped(where: string, message: string): ExtractedArticle {
  return { ...blank(), partName: where, skipped: { code: 'unsupported', message } };
}

function blank(): ExtractedArticle {
  return {
    title: '',
    byline: null,
    published: null,
    site: null,
    lang: null,
    text: '',
    html: null,
    url: null,
    dateline: null,
    format: 'jsonl',
  };
}

/** One line as an article, or the reason it is not one. */
function readRecord(line: string): ExtractedArticle | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object with "title" and "text"';
  const r = value as Record<string, unknown>;
  const field = (key: string) => (typeof r[key] === 'string' ? (r[key] as string).trim() : null);
  const title = field('title');
  const body = field('text');
  if (!body) return r.text === undefined ? 'missing "text"' : '"text" must be a non-empty string';
  if (!title) return r.title === undefined ? 'missing "title"' : '"title" must be a non-empty string';
  let published: ExtractedArticle['published'] = null;
  if (r.published != null) {
    const date = typeof r.published === 'string' ? parseDate(r.published) : null;
    if (!date?.ok) return `"published" ${JSON.stringify(r.published)} is not a date (write it as 2024-06-06)`;
    published = { value: date.value, precision: date.precision, source: 'jsonl' };
  }
  let url: string | null = null;
  if (r.url != null) {
    const raw = field('url') ?? '';
    if (!/^https?:\/\/\S+$/i.test(raw)) return `"url" ${JSON.stringify(r.url)} is not an http(s) address`;
    url = raw;
  }
  const text = body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  return { ...blank(), title, text, published, url, byline: field('byline'), site: field('source') ?? field('outlet') };
}
