import type { ExtractedArticle, ExtractOptions, SourceFormat } from './types';
import { IngestError } from './types';
import { extractBody } from './html/body';
import { findDateline } from './html/dateline';
import { parseDocument, squash } from './html/dom';
import { readJsonLd } from './html/jsonld';
import { canonicalUrl, firstMeta, language, readMeta, siteName } from './html/metadata';
import { authorEvidence, chooseAuthor } from './html/author';
import { textAroundTitle } from './html/around';
import { publicationDate } from './html/published';
import { sanitizeArticleHtml } from './html/sanitize';
import { chooseTitle } from './html/title';

export { sanitizeArticleHtml } from './html/sanitize';

/**
 * Extract the article from an HTML page (already decoded to a string). The page is parsed once:
 * metadata is read from the DOM first, then Readability isolates the body on the same DOM.
 */
export function extractHtml(html: string, opts: ExtractOptions, format: SourceFormat = 'html'): ExtractedArticle {
  if (!html.trim()) throw new IngestError('empty', `${opts.fileName}: the file is empty`);
  const doc = parseDocument(html);
  const meta = readMeta(doc);
  const ld = readJsonLd(doc);
  const site = siteName(meta, ld);
  const url = canonicalUrl(doc, meta, ld, opts.url);
  const title = chooseTitle(doc, {
    documentTitle: doc.title ?? '',
    ogTitle: firstMeta(meta, 'og:title', 'twitter:title', 'dc.title', 'title'),
    headline: ld.headline,
    site,
    url,
  });
  const around = textAroundTitle(doc, title);
  const authors = authorEvidence(doc, meta, ld, site, around);
  const lang = language(doc, meta, ld);
  const date = publicationDate(doc, meta, ld, [url, opts.url ?? null], around, lang);

  const body = extractBody(doc, html);
  const byline = chooseAuthor(authors, site, body.readabilityByline);
  const dateline = findDateline(body.text);
  if (!body.text && !title) throw new IngestError('no-text', `${opts.fileName}: no readable text found in the page`);
  return {
    title: title || squash(body.readabilityTitle) || opts.fileName,
    byline,
    published: date ?? dateline?.date ?? null,
    site,
    lang,
    text: body.text,
    html: sanitizeArticleHtml(body.html, url ?? undefined),
    url,
    dateline: dateline?.place ?? null,
    format,
  };
}
