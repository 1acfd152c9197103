import type { DomDocument } from './dom';
import { blockText } from './text';

export interface AroundTitle {
  /** Page text just before the headline, nearest last. */
  before: string;
  /** Page text just after the headline. */
  after: string;
  /** The whole visible page text (paragraphs separated by blank lines). */
  page: string;
}

/** The visible text around the headline, computed once and only when a lookup needs it. */
export function textAroundTitle(doc: DomDocument, title: string): () => AroundTitle | null {
  let cached: AroundTitle | null | undefined;
  return () => {
    if (cached !== undefined) return cached;
    cached = null;
    if (!doc.body) return cached;
    const text = blockText(doc.body);
    cached = { before: '', after: '', page: text };
    if (title.length < 4) return cached;
    let at = text.indexOf(title);
    let length = title.length;
    if (at < 0) {
      at = text.indexOf(title.slice(0, 30));
      length = Math.min(30, title.length);
    }
    if (at >= 0)
      cached = { before: text.slice(Math.max(0, at - 250), at), after: text.slice(at + length, at + length + 400), page: text };
    return cached;
  };
}
