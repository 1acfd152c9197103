import sanitizeHtml from 'sanitize-html';
import { ARTICLE_ATTRIBUTES, ARTICLE_TAGS } from '../../../api/article-html';

/** Elements dropped together with everything inside them. */
const DROP_WITH_CONTENT = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'option',
  'select',
  'button',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'source',
  'title',
  'head',
];

function safeHref(href: string | undefined, base?: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (/^mailto:/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The import allowlist: structure and links only. No scripts, styles, frames, forms, event handlers,
 * images or other remote loads; links are http(s)/mailto (relative ones resolved against `baseUrl`).
 */
export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...ARTICLE_TAGS],
    allowedAttributes: Object.fromEntries(Object.entries(ARTICLE_ATTRIBUTES).map(([tag, names]) => [tag, [...names]])),
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href'],
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: DROP_WITH_CONTENT,
    transformTags: {
      a: (_tag, attribs) => {
        const href = safeHref(attribs.href, baseUrl);
        const safe: Record<string, string> = href ? { href, rel: 'noopener noreferrer' } : {};
        return { tagName: 'a', attribs: safe };
      },
    },
  });
}
