import { Readability } from '@mozilla/readability';
import { all, type DomDocument, type DomElement } from './dom';
import { blockText } from './text';
import { cleanArticle } from './cleanup';

export interface Body {
  text: string;
  /** Unsanitized HTML of the article body. */
  html: string;
  readabilityTitle: string | null;
  readabilityByline: string | null;
}

/** Extract the main text with Readability; falls back to the page body when Readability finds nothing. */
export function extractBody(doc: DomDocument): Body {
  let result: ReturnType<Readability<DomElement>['parse']> = null;
  try {
    result = new Readability<DomElement>(doc as never, { serializer: (node) => node as unknown as DomElement }).parse();
  } catch {
    result = null;
  }
  const content = result?.content ?? null;
  if (content) {
    cleanArticle(content);
    return {
      text: blockText(content),
      html: content.innerHTML,
      readabilityTitle: result?.title ?? null,
      readabilityByline: result?.byline ?? null,
    };
  }
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (root) for (const el of all(root, 'nav, header, footer, aside, form, script, style, noscript')) el.remove();
  return { text: root ? blockText(root) : '', html: root?.innerHTML ?? '', readabilityTitle: null, readabilityByline: null };
}
