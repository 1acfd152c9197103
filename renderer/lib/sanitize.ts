import DOMPurify from 'dompurify';
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS } from '../../electron/api/article-html';

const ATTRIBUTES = [...new Set(Object.values(ARTICLE_ATTRIBUTES).flat())];

/**
 * Second sanitation of stored article HTML, in the page, just before display. The import already used the
 * same allowlist; this pass makes sure nothing executable or remote reaches the DOM even from an old library.
 */
export function sanitizeForDisplay(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: [...ARTICLE_TAGS],
    ALLOWED_ATTR: ATTRIBUTES,
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
    FORBID_ATTR: ['style', 'src', 'srcset'],
  });
}
