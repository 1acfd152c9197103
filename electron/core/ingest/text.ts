import { parseDateline, yearFromContext } from './dateline';
import { decodeText } from './decode';
import type { ExtractOptions, ExtractedArticle, PublishedDate } from './types';

const MAX_TITLE = 150;

/** Plain text and Markdown: title from the first heading or line, date/place/outlet from a dateline. */
export function extractPlainText(bytes: Uint8Array, opts: ExtractOptions, format: 'txt' | 'md'): ExtractedArticle {
  const { text: raw } = decodeText(bytes, { contentType: opts.contentType, format });
  let source = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  const front = format === 'md' ? frontMatter(source) : null;
  if (front) source = source.slice(front.length);

  const lines = source.split('\n');
  let title = front?.fields.title ?? null;
  let titleLine = -1;
  if (!title) ({ title, titleLine } = findTitle(lines, format));
  const bodyLines = lines.filter((_, i) => i !== titleLine);
  let paragraphs = toParagraphs(bodyLines, format);

  let byline = front?.fields.author ?? null;
  let published: PublishedDate | null = frontDate(front?.fields.date);
  let place: string | null = null;
  let site: string | null = null;
  const contextYear = yearFromContext(source, opts.fileName);
  for (let i = 0; i < Math.min(paragraphs.length, 4); i++) {
    const byMatch = /^[Bb]y\s+([A-Z][\p{L}.'’-]+(?:\s+(?:and\s+)?[A-Z][\p{L}.'’-]+){0,5})$/u.exec(paragraphs[i]);
    if (byMatch && !byline) {
      byline = byMatch[1];
      paragraphs.splice(i--, 1);
      continue;
    }
    const dateline = parseDateline(paragraphs[i], contextYear);
    if (!dateline) continue;
    published ??= dateline.published;
    if (dateline.length >= paragraphs[i].trimEnd().length) paragraphs.splice(i--, 1);
    if (!dateline.place && !dateline.outlet) continue;
    place = dateline.place;
    site = dateline.outlet;
    break;
  }
  paragraphs = paragraphs.filter((p) => p.length > 0);
  const text = paragraphs.join('\n\n');
  return {
    title: title ?? fallbackTitle(text, opts.fileName),
    byline,
    published,
    site,
    lang: null,
    text,
    html: null,
    url: front?.fields.url ?? null,
    dateline: place,
    format,
  };
}

function findTitle(lines: string[], format: 'txt' | 'md'): { title: string | null; titleLine: number } {
  if (format === 'md') {
    const i = lines.findIndex((l) => /^#{1,6}\s+\S/.test(l));
    if (i >= 0 && lines.slice(0, i).every((l) => l.trim() === '' || parseDateline(l) !== null)) {
      return { title: stripInlineMarkdown(lines[i].replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '')), titleLine: i };
    }
  }
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    const line = lines[i].trim();
    if (!line) continue;
    if (parseDateline(line)?.length === line.length) continue;
    const standalone = (lines[i + 1] ?? '').trim() === '' || lines.length === i + 1;
    // In hard-wrapped text (paragraphs between blank lines) a first line that runs on is not a title.
    const oneLinePerParagraph = format === 'txt' && !lines.some((l) => l.trim() === '');
    if (line.length <= MAX_TITLE && !/[.,;:]$/.test(line) && (standalone || oneLinePerParagraph)) {
      return { title: stripInlineMarkdown(line.replace(/^#{1,6}\s+/, '')), titleLine: i };
    }
    break;
  }
  return { title: null, titleLine: -1 };
}

function toParagraphs(lines: string[], format: 'txt' | 'md'): string[] {
  const hasBlankLines = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    const blank = line.trim() === '';
    const heading = format === 'md' && /^#{1,6}\s/.test(line);
    if (blank || !hasBlankLines || heading) {
      if (current.length) blocks.push(current);
      current = [];
      if (!blank && (heading || !hasBlankLines)) blocks.push([line]);
      continue;
    }
    current.push(line);
  }
  if (current.length) blocks.push(current);
  return blocks.map((block) => {
    const joined =
      format === 'md' ? block.map(markdownLine).join(block.some(isListItem) ? '\n' : ' ') : block.map((l) => l.trim()).join(' ');
    return joined.replace(/[ \t]+/g, ' ').trim();
  });
}

function isListItem(line: string): boolean {
  return /^\s*([-*+]|\d+[.)])\s+/.test(line);
}

function markdownLine(line: string): string {
  return stripInlineMarkdown(
    line
      .replace(/^#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*[-*+]\s+/, '• ')
      .replace(/^```.*$/, ''),
  );
}

function stripInlineMarkdown(s: string): string {
  return s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

function frontMatter(source: string): { length: number; fields: Record<string, string> } | null {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) return null;
  const fields: Record<string, string> = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(line);
    if (kv && kv[2]) fields[kv[1].toLowerCase()] = kv[2];
  }
  return { length: m[0].length, fields };
}

function frontDate(value: string | undefined): PublishedDate | null {
  const m = value ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value) : null;
  if (!m) return null;
  if (m[3]) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day', source: 'front-matter' };
  if (m[2]) return { value: `${m[1]}-${m[2]}`, precision: 'month', source: 'front-matter' };
  return { value: m[1], precision: 'year', source: 'front-matter' };
}

function fallbackTitle(text: string, fileName: string): string {
  const sentence = /^.{10,}?[.!?](?=\s|$)/.exec(text)?.[0] ?? text.slice(0, MAX_TITLE);
  if (sentence.length <= MAX_TITLE && sentence.trim()) return sentence.trim();
  const stem = fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return stem || text.slice(0, MAX_TITLE - 1).trimEnd() + '…';
}
