import { all, squash, type DomDocument } from './dom';
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
  return (
    firstMeta(meta, 'og:site_name') ??
    ld.publisher ??
    ld.websiteName ??
    firstMeta(meta, 'application-name', 'twitter:site:name', 'dc.publisher', 'publisher')
  );
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
