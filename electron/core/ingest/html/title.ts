import { all, squash, textOf, ELEMENT_NODE, type DomDocument, type DomElement, type DomNode } from './dom';

export interface TitleSources {
  documentTitle: string;
  ogTitle: string | null;
  headline: string | null;
  site: string | null;
  url: string | null;
}

const SEPARATOR = /\s+[|\-–—:·»«›‹/•~]{1,2}\s+|\s*[|»«›•]\s*/;
/** Segments that name a section of a site rather than a story. */
const GENERIC_SEGMENT = /^(?:blog ?archive?|home|startseite|homepage|news|aktuelles|nachrichten|blog)$/;

export function fold(s: string): string {
  return squash(s)
    .toLowerCase()
    .replace(/[\s"'“”„‘’«»]+/g, ' ')
    .trim();
}

/** The article title: a heading that the metadata agrees with, else metadata with the outlet name removed. */
export function chooseTitle(doc: DomDocument, src: TitleSources): string {
  const h1s = all(doc, 'h1').slice(0, 8);
  const mastheads = h1s.filter(isMasthead);
  const siteKeys = siteKeysOf(src.site, src.url, mastheads.map(textOf));
  const headings = h1s
    .filter((h) => !mastheads.includes(h))
    .map(headingVariants)
    .filter((v) => v.full.length > 1 && v.full.length < 300 && !isSiteName(v.full, siteKeys));
  const fromMeta = [src.headline, src.ogTitle, src.documentTitle]
    .filter((t): t is string => !!t && !!squash(t))
    .map((t) => squash(decodeEntities(t)));
  const agreesWithMeta = (h: string) => fromMeta.some((m) => agrees(h, m, siteKeys));

  for (const v of headings) {
    const agreed = [...v.parts, v.full].find(agreesWithMeta);
    if (agreed) return agreed;
  }
  const agreedH2 = all(doc, 'h2, .entry-title, .post-title')
    .slice(0, 12)
    .map((h) => textOf(h))
    .find((h) => h.length > 1 && agreesWithMeta(h));
  if (agreedH2) return agreedH2;

  const specific = headings.find((v) => v.full.split(' ').length > 1 && !v.full.endsWith(':'));
  if (specific) return specific.parts[0] ?? specific.full;
  for (const m of fromMeta) {
    const stripped = stripSite(m, siteKeys);
    if (stripped) return stripped;
  }
  return headings[0]?.full ?? '';
}

/** A heading's text, and its parts when it holds a kicker and a headline, longest part first. */
function headingVariants(h: DomElement): { full: string; parts: string[] } {
  let root: DomNode = h;
  while (meaningfulChildren(root).length === 1 && meaningfulChildren(root)[0].nodeType === ELEMENT_NODE)
    root = meaningfulChildren(root)[0];
  const parts: string[] = [];
  let run = '';
  for (const k of meaningfulChildren(root)) {
    if (isSeparatePart(k)) {
      parts.push(squash(run), squash(visibleText(k)));
      run = '';
    } else run += visibleText(k);
  }
  parts.push(squash(run));
  const nonEmpty = parts.filter(Boolean);
  const full = squash(nonEmpty.join(' '));
  return { full, parts: nonEmpty.length >= 2 ? [...nonEmpty].sort((a, b) => b.length - a.length) : [] };
}

const HIDDEN = /hidden|sr-only|visually|screen-reader|offscreen/i;

function isHidden(node: DomNode): boolean {
  return node.nodeType === ELEMENT_NODE && HIDDEN.test((node as DomElement).getAttribute('class') ?? '');
}

function meaningfulChildren(node: DomNode): DomNode[] {
  return Array.from(node.childNodes).filter((k) => !isHidden(k) && (k.nodeType === ELEMENT_NODE || squash(k.textContent) !== ''));
}

function visibleText(node: DomNode): string {
  if (node.nodeType !== ELEMENT_NODE) return node.textContent ?? '';
  if (isHidden(node)) return '';
  const inner = Array.from(node.childNodes).map(visibleText).join('');
  return /^(?:BR|DIV|P|LI)$/i.test(node.nodeName) ? ` ${inner} ` : inner;
}

/** A kicker or subtitle inside a heading: a classed or block-level child, not inline emphasis. */
function isSeparatePart(node: DomNode): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const el = node as DomElement;
  return (
    /^(DIV|P|SMALL|SPAN|STRONG|BR)$/i.test(el.nodeName) && (el.nodeName.toUpperCase() !== 'SPAN' || el.hasAttribute('class'))
  );
}

/** A page-wide heading: the site logo or name in the header, usually a link to the home page. */
function isMasthead(h: DomElement): boolean {
  if (
    h.closest('nav, footer, aside, [class*="logo"], [id*="logo"], [class*="site-title"], [class*="site-name"], [class*="brand"]')
  )
    return true;
  const link = h.querySelector('a[href]') ?? h.closest('a[href]');
  const href = link?.getAttribute('href')?.trim() ?? '';
  if (href && /^(?:\/|\.\/|(?:https?:)?\/\/[^/]+\/?)$/.test(href)) return true;
  return !!h.closest('header') && !h.closest('article, main, [class*="post"], [class*="entry"], [class*="article"]');
}

function isSiteName(text: string, siteKeys: string[]): boolean {
  const f = fold(text).replace(/\s/g, '');
  return siteKeys.some((k) => f === k);
}

function agrees(heading: string, meta: string, siteKeys: string[]): boolean {
  const h = fold(heading);
  const m = fold(meta);
  if (h === m) return true;
  if (!h || h.length < 4) return false;
  return segments(meta).some((s) => fold(s) === h) || fold(stripSite(meta, siteKeys)) === h;
}

function segments(title: string): string[] {
  return title
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Remove leading or trailing segments naming the outlet ("Story | BBC News", "Heise: Story"). */
export function stripSite(title: string, siteKeys: string[]): string {
  const t = squash(title);
  const parts = t.split(new RegExp(`(${SEPARATOR.source})`));
  if (parts.length < 3) return t;
  const isSite = (seg: string) => {
    const f = fold(seg).replace(/\s/g, '');
    if (GENERIC_SEGMENT.test(fold(seg))) return true;
    return (
      f.length > 0 &&
      siteKeys.some((k) => f === k || (k.length >= 4 && (f.includes(k) || k.includes(f)) && f.length <= k.length + 12))
    );
  };
  let first = 0;
  let last = parts.length - 1;
  while (last - 2 >= first && isSite(parts[last])) last -= 2;
  while (first + 2 <= last && isSite(parts[first])) first += 2;
  if (first === 0 && last === parts.length - 1) return t;
  return parts
    .slice(first, last + 1)
    .join('')
    .trim();
}

function siteKeysOf(site: string | null, url: string | null, mastheads: string[]): string[] {
  const keys = [site, ...mastheads].filter((k): k is string => !!k).map((k) => fold(k).replace(/\s/g, ''));
  const host = hostOf(url);
  if (host) keys.push(host, host.split('.').slice(-2, -1)[0] ?? '');
  return keys.filter((k) => k.length > 1);
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  raquo: '»',
  laquo: '«',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** Titles sometimes arrive escaped twice ("&amp;raquo;"); undo the second layer. */
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
