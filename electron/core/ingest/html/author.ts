import type { AroundTitle } from './around';
import { all, squash, textOf, type DomDocument } from './dom';
import type { JsonLdFacts } from './jsonld';
import type { MetaMap } from './metadata';

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

/** One pass over the page; the list order above still decides which match wins. */
const BYLINE_QUERY = BYLINE_SELECTORS.join(', ');

const META_KEYS = [
  'author',
  'article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'twitter:creator',
];
const PREFIX =
  /^(?:by|von|par|por|di|door|av|autor(?:in)?|auteur|author|text|texte|written by|posted by|geschrieben von|verfasst von)\s*:?\s+/i;
const NOT_A_NAME = /^(?:https?:|www\.)|[@{}<>]|\b(?:admin|administrator|posted|comments?|kommentare?|written by|profil)\b/i;
const DOMAIN = /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;

/** Clean a byline: drop "By"/"Von", trailing dates and roles; null when it does not look like a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let s = squash(raw);
  if (!s) return null;
  s = s.replace(PREFIX, '');
  s = s
    .replace(/\s*[|•·]\s.*$/, '')
    .replace(/\s+(?:on|am|le|el|vom)\s+\d.*$/i, '')
    .replace(/\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}.*$/, '');
  s = s.replace(/[,;]\s*$/, '').trim();
  if (s.length < 2 || s.length > 80 || NOT_A_NAME.test(s) || /\d{3,}/.test(s)) return null;
  if (s.split(/\s+/).length > 8) return null;
  return s;
}

/** Names of people are preferred; an outlet or domain name is kept only as a last resort. */
function isPerson(name: string, site: string | null): boolean {
  if (DOMAIN.test(name)) return false;
  return !site || name.toLowerCase() !== site.toLowerCase();
}

export interface AuthorEvidence {
  ld: string[];
  meta: string | null;
  visible: string | null;
  nearTitle: string | null;
}

/** Author candidates from the untouched page (Readability later removes bylines from the DOM). */
export function authorEvidence(
  doc: DomDocument,
  meta: MetaMap,
  ld: JsonLdFacts,
  site: string | null,
  around: () => AroundTitle | null,
): AuthorEvidence {
  const metaName = META_KEYS.flatMap((k) =>
    (meta.get(k) ?? []).filter((v) => !(k === 'twitter:creator' && v.startsWith('@'))),
  ).find((v) => cleanAuthor(v));
  const named = [...ld.authors, metaName].map(cleanAuthor).some((n) => n && isPerson(n, site));
  if (named) return { ld: ld.authors, meta: metaName ?? null, visible: null, nearTitle: null };
  const visible = visibleByline(doc);
  return { ld: ld.authors, meta: metaName ?? null, visible, nearTitle: visible ? null : bylineNearTitle(around()) };
}

/** The author: JSON-LD, meta tags, the page's byline, "By ..." near the headline, then Readability's byline. */
export function chooseAuthor(e: AuthorEvidence, site: string | null, readabilityByline: string | null): string | null {
  const fallbacks: string[] = [];
  const pick = (names: Array<string | null>): string | null => {
    const clean = names.map(cleanAuthor).filter((n): n is string => !!n);
    const people = [...new Set(clean.filter((n) => isPerson(n, site)))];
    fallbacks.push(...clean);
    return people.length ? people.join(', ') : null;
  };
  for (const names of [e.ld, [e.meta], [e.visible], [e.nearTitle], [readabilityByline]]) {
    const found = pick(names);
    if (found) return found;
  }
  return fallbacks[0] ?? null;
}

function visibleByline(doc: DomDocument): string | null {
  const found = all(doc, BYLINE_QUERY);
  if (!found.length) return null;
  for (const sel of BYLINE_SELECTORS) {
    for (const el of found.filter((e) => e.matches(sel)).slice(0, 3)) {
      if (el.closest('[class*="comment"], [id*="comment"], footer, nav')) continue;
      const name = cleanAuthor(el.getAttribute('content') ?? textOf(el));
      if (name) return name;
    }
  }
  return null;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:van|von|de|der|da|di|la|le)?\s*\p{Lu}[\p{L}'’.-]+){0,3}`;
const BY_LINE = new RegExp(
  String.raw`(?:^|\n)\s*(?:By|Von|Par|Por|Text:|Autor:|Autorin:)\s+(${NAME}(?:\s*(?:,|und|and|&)\s*${NAME})*)`,
  'u',
);

function bylineNearTitle(around: AroundTitle | null): string | null {
  if (!around) return null;
  const m = BY_LINE.exec(around.after.slice(0, 300)) ?? BY_LINE.exec(around.before);
  return m ? m[1] : null;
}
