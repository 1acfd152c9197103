/**
 * What stored article HTML may contain: structure and links, nothing executable or remote. The import
 * sanitizer (sanitize-html) and the display sanitizer in the renderer (DOMPurify) both use this list.
 */
export const ARTICLE_TAGS = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'a',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'br',
  'hr',
] as const;

/** Attributes kept, per element; links only to http(s) and mailto. */
export const ARTICLE_ATTRIBUTES = {
  a: ['href', 'rel'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start'],
} as const;
