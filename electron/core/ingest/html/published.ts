import type { PublishedDate } from '../types';
import { dateFromUrl, findDate, parseDate, published } from './dates';
import { all, textOf, type DomDocument } from './dom';
import type { JsonLdFacts } from './jsonld';
import type { MetaMap } from './metadata';

const META_DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'publishdate',
  'publish-date',
  'published-date',
  'publication_date',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'citation_publication_date',
  'citation_date',
  'originalpublicationdate',
  'release_date',
  'created',
];

const VISIBLE_DATE_SELECTORS = [
  '[class*="date"]',
  '[class*="Date"]',
  '[class*="published"]',
  '[class*="posted"]',
  '[class*="time"]',
  '[id*="date"]',
  '.entry-meta',
  '.post-meta',
  '.meta',
  '.byline',
];

/** The publication date, strongest evidence first; never a guess from the import time. */
export function publicationDate(doc: DomDocument, meta: MetaMap, ld: JsonLdFacts, urls: Array<string | null>): PublishedDate | null {
  const fromLd = published(parseDate(ld.datePublished), 'json-ld') ?? published(parseDate(ld.dateCreated), 'json-ld:dateCreated');
  if (fromLd) return fromLd;
  for (const key of META_DATE_KEYS) {
    for (const v of meta.get(key) ?? []) {
      const d = published(parseDate(v), `meta:${key}`);
      if (d) return d;
    }
  }
  const fromTime = timeElementDate(doc);
  if (fromTime) return fromTime;
  for (const url of urls) {
    const d = published(dateFromUrl(url), 'url');
    if (d) return d;
  }
  return visibleDate(doc);
}

function timeElementDate(doc: DomDocument): PublishedDate | null {
  const times = all(doc, '[itemprop="datePublished"], time[pubdate], time[datetime], abbr.published[title]');
  const ranked = [...times].sort((a, b) => rank(a) - rank(b));
  for (const el of ranked) {
    if (el.closest('[class*="comment"], [id*="comment"], footer, aside, [class*="related"], [class*="sidebar"]')) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? textOf(el);
    const d = published(parseDate(raw) ?? parseDate(textOf(el)), el.getAttribute('itemprop') === 'datePublished' ? 'itemprop' : 'time');
    if (d) return d;
  }
  return null;
}

function rank(el: { getAttribute(n: string): string | null; hasAttribute(n: string): boolean }): number {
  if (el.getAttribute('itemprop') === 'datePublished') return 0;
  if (el.hasAttribute('pubdate')) return 1;
  const cls = `${el.getAttribute('class') ?? ''}`.toLowerCase();
  if (/publish|entry-date|post-date/.test(cls)) return 2;
  if (/updated|modified/.test(cls)) return 4;
  return 3;
}

/** A date printed in the article's meta line ("Posted on 5 June 2024"), else the modification date. */
function visibleDate(doc: DomDocument): PublishedDate | null {
  for (const sel of VISIBLE_DATE_SELECTORS) {
    for (const el of all(doc, sel).slice(0, 5)) {
      if (el.closest('[class*="comment"], [id*="comment"], footer, aside, [class*="sidebar"], [class*="related"], [class*="widget"]')) continue;
      const text = textOf(el);
      if (text.length > 120 || /update|aktualisiert|modified|geändert/i.test(text)) continue;
      const found = findDate(text);
      if (found) return published(found.date, 'dateline');
    }
  }
  return null;
}

export function modifiedDate(meta: MetaMap, ld: JsonLdFacts): PublishedDate | null {
  const raw = ld.dateModified ?? meta.get('article:modified_time')?.[0] ?? meta.get('og:updated_time')?.[0] ?? null;
  return published(parseDate(raw), 'modified');
}
