import type { PublishedDate } from '../types';
import { dateFromUrl, findDate, parseLocalDate, published, type ParsedDate } from './dates';
import { all, textOf, ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom';
import type { AroundTitle } from './around';
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

const OFF_CONTENT_NAME = /(?:^|[\s_-])(?:comments?|kommentare?|sidebar|related|widget-area|recommend\w*)(?:$|[\s_-])/i;
const OFF_CONTENT_TAG = /^(?:ASIDE|NAV)$/;

/** Inside comments, sidebars, navigation, related-story lists or the page footer. */
function offContent(el: DomElement): boolean {
  let footer = false;
  for (let node: DomNode | null = el; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
    const e = node as DomElement;
    const tag = e.tagName.toUpperCase();
    if (tag === 'BODY') break;
    if (OFF_CONTENT_TAG.test(tag)) return true;
    if (tag === 'FOOTER') footer = true;
    if (tag === 'ARTICLE') footer = false;
    if (OFF_CONTENT_NAME.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return footer;
}

/** The publication date, strongest evidence first; never a guess from the import time. */
export function publicationDate(
  doc: DomDocument,
  meta: MetaMap,
  ld: JsonLdFacts,
  urls: Array<string | null>,
  around: () => AroundTitle | null,
  lang: string | null,
): PublishedDate | null {
  const parseDate = (raw: string | null | undefined) => parseLocalDate(raw, lang);
  const fromLd = published(parseDate(ld.datePublished), 'json-ld') ?? published(parseDate(ld.dateCreated), 'json-ld:dateCreated');
  if (fromLd) return fromLd;
  for (const key of META_DATE_KEYS) {
    for (const v of meta.get(key) ?? []) {
      const d = published(parseDate(v), `meta:${key}`);
      if (d) return d;
    }
  }
  const fromTime = timeElementDate(doc, parseDate);
  if (fromTime) return fromTime;
  const fromUrl = urls.map((u) => published(dateFromUrl(u), 'url')).find((d) => d);
  if (fromUrl?.precision === 'day') return fromUrl;
  return dateNearTitle(around()) ?? labelledDate(around()) ?? visibleDate(doc) ?? titleDate(doc) ?? fromUrl ?? null;
}

const LABEL =
  /(?:datum|veröffentlicht(?: am)?|erschienen(?: am)?|publiziert(?: am)?|published(?: on)?|posted(?: on)?|publié le|publicado(?: el)?|pubblicato(?: il)?|date)\s*:?\s*(?:\p{L}+,\s*)?$/iu;
const LATE_LABEL = /(?:stand|aktualisiert(?: am)?|updated(?: on)?|zuletzt geändert(?: am)?)\s*:?\s*$/i;

/** "Datum: 3.11.2021", "Veröffentlicht am ..." anywhere on the page; an "updated" label only when nothing else is. */
function labelledDate(around: AroundTitle | null): PublishedDate | null {
  if (!around) return null;
  let late: PublishedDate | null = null;
  const text = around.page;
  let seen = 0;
  for (let from = 0, m = findDate(text); m && seen < 60; m = findDate(text.slice(from)), seen++) {
    const at = from + m.index;
    const lead = text.slice(Math.max(0, at - 40), at);
    if (LABEL.test(lead)) return published(m.date, 'dateline');
    if (!late && LATE_LABEL.test(lead)) late = published(m.date, 'dateline');
    from = at + m.length;
  }
  return late;
}

/** Some outlets put the date in the document title ("Story | DW | 23.05.2011"). */
function titleDate(doc: DomDocument): PublishedDate | null {
  const found = findDate(doc.title ?? '');
  return found ? published(found.date, 'title') : null;
}

/** A date printed within a few lines of the headline, the nearest one winning. */
function dateNearTitle(around: AroundTitle | null): PublishedDate | null {
  if (!around) return null;
  const after = findDate(around.after);
  let before: ReturnType<typeof findDate> = null;
  for (let from = 0, m = findDate(around.before); m; m = findDate(around.before.slice(from))) {
    before = { ...m, index: from + m.index };
    from += m.index + m.length;
  }
  const distBefore = before ? around.before.length - before.index : Infinity;
  const distAfter = after ? after.index : Infinity;
  const best = distAfter <= distBefore ? after : before;
  return best ? published(best.date, 'dateline') : null;
}

function timeElementDate(doc: DomDocument, parseDate: (raw: string | null) => ParsedDate | null): PublishedDate | null {
  const times = all(doc, '[itemprop="datePublished"], time[pubdate], time[datetime], abbr.published[title]');
  const ranked = [...times].sort((a, b) => rank(a) - rank(b));
  for (const el of ranked) {
    if (offContent(el)) continue;
    const raw = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? textOf(el);
    const d = published(
      parseDate(raw) ?? parseDate(textOf(el)),
      el.getAttribute('itemprop') === 'datePublished' ? 'itemprop' : 'time',
    );
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
      if (offContent(el)) continue;
      const text = textOf(el);
      if (text.length > 120 || /update|aktualisiert|modified|geändert/i.test(text)) continue;
      const found = findDate(text);
      if (found) return published(found.date, 'dateline');
    }
  }
  return null;
}
