import { Readability } from '@mozilla/readability';
import { all, parseDocument, textOf, type DomDocument, type DomElement } from './dom';
import { blockText } from './text';
import { cleanArticle } from './cleanup';

export interface Body {
  text: string;
  /** Unsanitized HTML of the article body. */
  html: string;
  readabilityTitle: string | null;
  readabilityByline: string | null;
}

/** Containers that sites use for the article body, most explicit first. */
const CONTAINERS = [
  '[itemprop="articleBody"]',
  '.entry-content',
  '.post-content',
  '[class*="article-body"]',
  '[class*="article__body"]',
  'article',
  'main',
  '#content',
];
const CHROME =
  'nav, header, footer, aside, form, script, style, noscript, button, [class*="comment"], [id*="comment"], [class*="share"], [class*="related"], [class*="cookie"], [class*="newsletter"]';
/** Readability's pick is trusted unless it is short and the page's own article container holds this many times more text. */
const SHORTFALL = 2;
const MAXLEN = 1000;

/**
 * Extract the main text with Readability. When Readability settles on a fragment far smaller than the
 * page's marked-up article container (a cookie notice, a teaser), the cleaned container is used instead.
 */
export function extractBody(doc: DomDocument, html: string): Body {
  const container = articleContainer(doc);
  let result: ReturnType<Readability<DomElement>['parse']>;
  try {
    result = new Readability<DomElement>(doc as never, { serializer: (node) => node as unknown as DomElement }).parse();
  } catch {
    result = null;
  }
  const content = result?.content ?? null;
  if (content) cleanArticle(content);
  const text = content ? blockText(content) : '';
  const meta = { readabilityTitle: result?.title ?? null, readabilityByline: result?.byline ?? null };
  if (content && (!container || container.length <= SHORTFALL * text.length || text.length >= MAXLEN)) {
    return { text, html: content.innerHTML, ...meta };
  }
  // Readability rearranged the parsed page, so the rare fallback reads the container from a fresh parse.
  const selector = container?.selector ?? (content ? null : 'body');
  const el = selector ? all(parseDocument(html), selector)[0] : undefined;
  if (!el) return { text, html: content?.innerHTML ?? '', ...meta };
  for (const chrome of all(el, CHROME)) chrome.remove();
  cleanArticle(el);
  const fallback = blockText(el);
  if (content && fallback.length <= SHORTFALL * text.length) return { text, html: content.innerHTML, ...meta };
  return { text: fallback, html: el.innerHTML, ...meta };
}

function articleContainer(doc: DomDocument): { selector: string; length: number } | null {
  for (const selector of CONTAINERS) {
    const found = all(doc, selector);
    if (found.length !== 1) continue;
    const length = textOf(found[0]).length;
    if (length > 200) return { selector, length };
  }
  return null;
}
