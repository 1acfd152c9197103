import { all, squash, textOf, type DomDocument } from './dom';
import type { JsonLdFacts } from './jsonld';

/** `<meta>` values by lower-case name/property/itemprop, in document order. */
export type MetaMap = Map<string, string[]>;

export function readMeta(doc: DomDocument): MetaMap {
  const map: MetaMap = new Map();
  for (const el of all(doc, 'meta')) {
    const content = el.getAttribute('content');
    if (content == null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      for (const k of key.split(/\s+/)) {
        const list = map.get(k) ?? [];
        list.push(squash(content));
        map.set(k, list);
      }
    }
  }
  return map;
}

export function firstMeta(meta: MetaMap, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k)?.[0];
    if (v) return v;
  }
  return null;
}

export function siteName(meta: MetaMap, ld: JsonLdFacts): string | null {
  return firstMeta(meta, 'og:site_name') ?? ld.publisher ?? ld.websiteName ?? firstMeta(meta, 'application-name', 'twitter:site:name', 'dc.publisher', 'publisher');
}

export function language(doc: DomDocument, meta: MetaMap, ld: JsonLdFacts): string | null {
  const raw =
    doc.documentElement.getAttribute('lang') ??
    doc.documentElement.getAttribute('xml:lang') ??
    firstMeta(meta, 'content-language', 'language', 'dc.language', 'og:locale') ??
    ld.lang;
  const m = raw ? /^\s*([a-z]{2,3})(?:[-_]|\s*$)/i.exec(raw) : null;
  return m ? m[1].toLowerCase() : null;
}

export function canonicalUrl(doc: DomDocument, meta: MetaMap, ld: JsonLdFacts, base?: string): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    firstMeta(meta, 'og:url', 'twitter:url'),
    ld.url,
  ];
  for (const c of candidates) {
    const url = absoluteHttpUrl(c, base);
    if (url) return url;
  }
  return base && /^https?:/i.test(base) ? base : null;
}

function absoluteHttpUrl(href: string | null | undefined, base?: string): string | null {
  if (!href?.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.byline .author',
  '.byline',
  '.author .fn',
  '.vcard .fn',
  '.entry-author',
  '.post-author',
  '.author-name',
  '.author',
  '[class*="byline"]',
  '[class*="author"]',
];

const NOT_A_NAME = /^(?:https?:|www\.)|[@{}<>]|\b(?:admin|administrator|posted|comments?|kommentare?|written by)\b/i;

/** Clean a byline: drop "By"/"Von", trailing dates and roles; null when it does not look like a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let s = squash(raw);
  if (!s) return null;
  s = s.replace(/^(?:by|von|par|por|di|door|autor(?:in)?|author|text|written by|posted by|geschrieben von)\s*:?\s+/i, '');
  s = s.replace(/\s*[|•·]\s.*$/, '').replace(/\s+(?:on|am|le|el)\s+\d.*$/i, '');
  s = s.replace(/[,;]\s*$/, '').trim();
  if (s.length < 2 || s.length > 80 || NOT_A_NAME.test(s) || /\d{3,}/.test(s)) return null;
  if (s.split(/\s+/).length > 8) return null;
  return s;
}

/** Author names found in the visible page (rel=author, byline and author classes). */
export function visibleByline(doc: DomDocument): string | null {
  for (const sel of BYLINE_SELECTORS) {
    for (const el of all(doc, sel).slice(0, 3)) {
      if (el.closest('[class*="comment"], footer, [id*="comment"]')) continue;
      const name = cleanAuthor(el.getAttribute('content') ?? textOf(el));
      if (name) return name;
    }
  }
  return null;
}

export function metaAuthor(meta: MetaMap): string | null {
  for (const key of ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator']) {
    for (const v of meta.get(key) ?? []) {
      const name = cleanAuthor(v);
      if (name && !(key === 'twitter:creator' && name.startsWith('@'))) return name;
    }
  }
  return null;
}
