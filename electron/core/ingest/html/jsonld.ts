import { all, type DomDocument } from './dom';

/** What a page's schema.org JSON-LD says about its article. */
export interface JsonLdFacts {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  dateCreated: string | null;
  dateModified: string | null;
  publisher: string | null;
  websiteName: string | null;
  url: string | null;
  lang: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report|NewsArticle)$/;
const PAGE_TYPE = /^(WebPage|ItemPage|AboutPage|ProfilePage|CollectionPage)$/;

export function readJsonLd(doc: DomDocument): JsonLdFacts {
  const objects: Json[] = [];
  for (const script of all(doc, 'script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const text = script.textContent ?? '';
    const isLd = type.includes('ld+json') || (!type && /^\s*[[{]\s*"@context"/.test(text));
    if (!isLd) continue;
    const parsed = parseLoose(text);
    if (parsed !== undefined) flatten(parsed, objects, 0);
  }
  const article = objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const page = objects.find((o) => types(o).some((t) => PAGE_TYPE.test(t)));
  const main = article ?? page;
  const website = objects.find((o) => types(o).includes('WebSite'));
  const organization = objects.find((o) => types(o).some((t) => /Organization$/.test(t)));
  return {
    headline: main ? (str(main.headline) ?? (article ? str(main.name) : null)) : null,
    authors: main ? names(main.author ?? main.creator, objects) : [],
    datePublished: main ? str(main.datePublished) : null,
    dateCreated: main ? str(main.dateCreated) : null,
    dateModified: main ? str(main.dateModified) : null,
    publisher: (main && names(main.publisher, objects)[0]) || (organization ? str(organization.name) : null),
    websiteName: website ? str(website.name) : null,
    url: main ? (str(main.url) ?? urlOf(main.mainEntityOfPage)) : null,
    lang: main ? str(main.inLanguage) : null,
  };
}

function parseLoose(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)\s*$/, '')
    .trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(value: unknown, out: Json[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const obj = value as Json;
  if (obj['@type']) out.push(obj);
  if (obj['@graph']) flatten(obj['@graph'], out, depth + 1);
  if (obj.mainEntity && typeof obj.mainEntity === 'object') flatten(obj.mainEntity, out, depth + 1);
}

function types(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

function urlOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && !Array.isArray(v)) return str((v as Json)['@id']) ?? str((v as Json).url);
  return null;
}

/** Names from a string, a Person/Organization object, an @id reference, or an array of those. */
function names(v: unknown, objects: Json[]): string[] {
  if (!v) return [];
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap((x) => names(x, objects));
  if (typeof v === 'object') {
    const o = v as Json;
    const name = str(o.name);
    if (name) return [name];
    const id = str(o['@id']);
    const ref = id ? objects.find((x) => x['@id'] === id && x !== o) : undefined;
    if (ref) return names(ref, []);
  }
  return [];
}
