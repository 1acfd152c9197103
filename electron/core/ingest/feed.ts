import { XMLParser } from 'fast-xml-parser';
import { dateAsWritten } from './dateline';
import { decodeText } from './decode';
import { decodeEntities, htmlToText, looksLikeHtml } from './html-to-text';
import { sanitizeArticleHtml } from './html';
import { LIMITS } from './limits';
import { IngestError, type ExtractOptions, type ExtractedArticle, type PublishedDate } from './types';

type Node = Record<string, unknown>;

/** RSS 2.0, RSS 1.0 (RDF) and Atom: every item or entry becomes an article. */
export function extractFeed(bytes: Uint8Array, opts: ExtractOptions): ExtractedArticle[] {
  const { text } = decodeText(bytes, { contentType: opts.contentType, format: 'rss' });
  // Bare ampersands and cut-off references are common in real feeds; escape them instead of failing.
  const xml = withoutDoctype(text, opts.fileName).replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][\w.-]*;)/gi, '&amp;');
  let doc: Node;
  try {
    doc = parser().parse(xml, true) as Node;
  } catch (err) {
    throw new IngestError(
      'unsupported',
      `${opts.fileName}: the feed is not well-formed XML (${firstLine((err as Error).message)})`,
    );
  }
  const rss = asNode(doc.rss);
  const rdf = asNode(doc['rdf:RDF']);
  const atom = asNode(doc.feed);
  let articles: ExtractedArticle[];
  if (rss) articles = rssItems(asNode(rss.channel) ?? {}, list(asNode(rss.channel)?.item), 'rss', opts);
  else if (rdf) articles = rssItems(asNode(rdf.channel) ?? {}, list(rdf.item), 'rss', opts);
  else if (atom) articles = atomEntries(atom, opts);
  else throw new IngestError('unsupported', `${opts.fileName}: XML file is not an RSS, RDF or Atom feed`);
  if (!articles.length) throw new IngestError('no-text', `${opts.fileName}: the feed has no items`);
  return articles;
}

function parser(): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: true,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'category',
  });
}

/**
 * Internal DTD subsets are never expanded. Nested or external entity declarations are the shape
 * of "billion laughs" and XXE attacks, so such feeds are refused outright.
 */
function withoutDoctype(xml: string, fileName: string): string {
  const start = xml.search(/<!DOCTYPE/i);
  if (start < 0) return xml;
  const subset = /^<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/i.exec(xml.slice(start));
  if (!subset) throw new IngestError('unsupported', `${fileName}: malformed DOCTYPE in the feed`);
  const decls = subset[1] ?? '';
  const entities = decls.match(/<!ENTITY[\s\S]*?>/gi) ?? [];
  if (entities.some((e) => /&[\w.:-]+;|\bSYSTEM\b|\bPUBLIC\b/.test(e.replace(/^<!ENTITY\s+%?\s*[\w.:-]+/, '')))) {
    throw new IngestError(
      'entity-expansion',
      `${fileName}: the feed declares nested or external XML entities (an entity-expansion attack); refused`,
    );
  }
  return xml.slice(0, start) + xml.slice(start + subset[0].length);
}

function rssItems(channel: Node, items: unknown[], format: 'rss', opts: ExtractOptions): ExtractedArticle[] {
  const site = plain(channel.title) || null;
  const lang = language(channel.language ?? channel['dc:language']);
  return items.slice(0, LIMITS.feedMaxItems).flatMap((raw) => {
    const item = asNode(raw);
    if (!item) return [];
    const body = str(item['content:encoded']) || str(item.description) || str(item.summary);
    const url = rssLink(item);
    return [
      article({
        title: plain(item.title),
        body,
        byline: plain(item['dc:creator']) || authorName(plain(item.author)) || null,
        published: feedDate(str(item.pubDate) || str(item['dc:date']) || str(item.date)),
        site,
        lang,
        url,
        format,
        opts,
      }),
    ];
  });
}

function atomEntries(feed: Node, opts: ExtractOptions): ExtractedArticle[] {
  const site = plain(feed.title) || null;
  const lang = language(feed['@xml:lang']);
  return list(feed.entry)
    .slice(0, LIMITS.feedMaxItems)
    .flatMap((raw) => {
      const entry = asNode(raw);
      if (!entry) return [];
      const authors = list(entry.author)
        .map((a) => plain(asNode(a)?.name ?? a))
        .filter(Boolean);
      return [
        article({
          title: plain(entry.title),
          body: str(entry.content) || str(entry.summary),
          byline: authors.join(', ') || null,
          published: feedDate(str(entry.published) || str(entry.updated) || str(entry['dc:date'])),
          site,
          lang: language(entry['@xml:lang']) ?? lang,
          url: atomLink(entry),
          format: 'atom',
          opts,
        }),
      ];
    });
}

interface ItemParts {
  title: string;
  body: string;
  byline: string | null;
  published: PublishedDate | null;
  site: string | null;
  lang: string | null;
  url: string | null;
  format: 'rss' | 'atom';
  opts: ExtractOptions;
}

function article(p: ItemParts): ExtractedArticle {
  const isHtml = looksLikeHtml(p.body);
  const text = isHtml
    ? htmlToText(p.body)
    : decodeEntities(p.body)
        .replace(/\r\n?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
  const title = p.title || text.split('\n', 1)[0].slice(0, 150) || p.url || p.opts.fileName;
  return {
    title,
    byline: p.byline,
    published: p.published,
    site: p.site,
    lang: p.lang,
    text,
    html: isHtml ? sanitizeArticleHtml(p.body, p.url ?? undefined) : null,
    url: p.url,
    dateline: null,
    format: p.format,
  };
}

function feedDate(raw: string): PublishedDate | null {
  const value = dateAsWritten(raw);
  return value ? { value, precision: 'day', source: 'feed' } : null;
}

function rssLink(item: Node): string | null {
  for (const link of list(item.link)) {
    const href = str(link) || str(asNode(link)?.['@href']) || str(asNode(link)?.['@rdf:resource']);
    if (/^https?:\/\//i.test(href)) return href;
  }
  const guid = str(item.guid);
  return /^https?:\/\//i.test(guid) ? guid : str(item['@rdf:about']) || null;
}

function atomLink(entry: Node): string | null {
  const links = list(entry.link).map((l) => asNode(l) ?? {});
  const pick = links.find((l) => !l['@rel'] || l['@rel'] === 'alternate') ?? links[0];
  return pick ? str(pick['@href']) || null : null;
}

function authorName(s: string): string {
  const m = /\(([^)]+)\)/.exec(s);
  return m ? m[1].trim() : s.includes('@') ? '' : s;
}

function language(value: unknown): string | null {
  const m = /^([a-z]{2,3})\b/i.exec(str(value));
  return m ? m[1].toLowerCase() : null;
}

/** Text of a node that may be a string, a typed Atom text construct or absent. */
function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  const node = asNode(value);
  if (node && '#text' in node) return str(node['#text']);
  return '';
}

function plain(value: unknown): string {
  const s = str(value);
  return (looksLikeHtml(s) ? htmlToText(s) : decodeEntities(s)).replace(/\s+/g, ' ').trim();
}

function asNode(value: unknown): Node | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function firstLine(s: string): string {
  return s.split('\n', 1)[0].slice(0, 120);
}
