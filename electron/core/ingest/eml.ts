import { simpleParser, type AddressObject } from 'mailparser';
import { dateAsWritten } from './dateline';
import { extractHtml, sanitizeArticleHtml } from './html';
import { htmlToText } from './html-to-text';
import { IngestError, type ExtractOptions, type ExtractedArticle } from './types';

/** A saved e-mail (newsletter): body as the article, Subject as title, Date header as publication date. */
export async function extractEml(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedArticle> {
  const name = opts.fileName;
  const mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    skipImageLinks: true,
    skipTextToHtml: true,
    skipTextLinks: true,
  }).catch((err: Error) => {
    throw new IngestError('unsupported', `${name}: cannot parse the e-mail (${err.message})`);
  });
  const rawDate = mail.headerLines.find((h) => h.key === 'date')?.line.replace(/^date:\s*/i, '') ?? '';
  const day =
    dateAsWritten(rawDate) ?? (mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString().slice(0, 10) : null);
  const subject = (mail.subject ?? '').replace(/^((re|fwd?|aw|wg):\s*)+/i, '').trim();

  let text = '';
  let html: string | null = null;
  let byline: string | null = null;
  let lang: string | null = null;
  if (typeof mail.html === 'string' && mail.html.trim()) {
    const body = bodyFromHtml(mail.html, opts);
    ({ text, html, byline, lang } = body);
  }
  if (!text)
    text = (mail.text ?? '')
      .replace(/\r\n?/g, '\n')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  if (!text && !subject) throw new IngestError('no-text', `${name}: the e-mail has no text body`);
  return {
    title: subject || text.split('\n', 1)[0].slice(0, 150) || name,
    byline,
    published: day ? { value: day, precision: 'day', source: 'email-date' } : null,
    site: senderName(mail.from),
    lang,
    text,
    html,
    url: null,
    dateline: null,
    format: 'eml',
  };
}

function bodyFromHtml(
  source: string,
  opts: ExtractOptions,
): { text: string; html: string | null; byline: string | null; lang: string | null } {
  const plain = htmlToText(source);
  try {
    const article = extractHtml(source, opts, 'eml');
    // Newsletters are short and list-like; keep the whole body when the article extractor drops most of it.
    if (article.text.length >= plain.length * 0.5)
      return { text: article.text, html: article.html, byline: article.byline, lang: article.lang };
  } catch {
    // Fall through to the plain conversion: the raw body is still worth importing.
  }
  return { text: plain, html: sanitizeArticleHtml(source), byline: null, lang: null };
}

/** The sender's display name, else the domain of the address ("news@example.org" -> "example.org"). */
function senderName(from: AddressObject | undefined): string | null {
  const first = from?.value[0];
  if (!first) return null;
  const display = first.name?.replace(/^["']|["']$/g, '').trim();
  if (display) return display;
  const domain = first.address?.split('@')[1];
  return domain ? domain.toLowerCase() : null;
}
