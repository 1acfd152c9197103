import mammoth from 'mammoth';
import { decodeEntities, htmlToText } from './html-to-text';
import { sanitizeArticleHtml } from './html';
import { isOleFile, oleHasEncryptionInfo } from './sniff';
import { IngestError, type ExtractOptions, type ExtractedArticle, type PublishedDate } from './types';
import { scanZip } from './zipscan';

const CORE = 'docProps/core.xml';

/** Word documents: zip pre-scan for bombs, body via mammoth, title/author/date from docProps/core.xml. */
export async function extractDocx(bytes: Uint8Array, opts: ExtractOptions): Promise<ExtractedArticle> {
  const name = opts.fileName;
  if (isOleFile(bytes)) {
    if (oleHasEncryptionInfo(bytes))
      throw new IngestError('encrypted', `${name}: password-protected Word document, cannot read text`);
    throw new IngestError('unsupported', `${name}: legacy Word .doc (binary) format is not supported; save it as .docx`);
  }
  const scan = await scanZip(bytes, name, [CORE]);
  if (!scan.entries.includes('word/document.xml'))
    throw new IngestError('unsupported', `${name}: zip file is not a Word document (no word/document.xml)`);

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (err) {
    throw new IngestError('unsupported', `${name}: damaged Word document (${(err as Error).message.split('\n', 1)[0]})`);
  }
  const core = parseCore(scan.files.get(CORE)?.toString('utf8') ?? '');
  const heading = /<h[1-3][^>]*>([\s\S]*?)<\/h[1-3]>/i.exec(html);
  const headingText = heading ? htmlToText(heading[1]) : '';
  const title = core.title || headingText;
  // The heading that repeats the title is shown as the title, not as the first paragraph.
  const body = heading && headingText === title ? html.replace(heading[0], '') : html;
  const text = htmlToText(body);
  if (!text && !title) throw new IngestError('no-text', `${name}: the Word document has no text`);
  return {
    title: title || text.split('\n', 1)[0].slice(0, 150) || name,
    byline: core.creator,
    published: core.created,
    site: null,
    lang: core.language,
    text,
    html: sanitizeArticleHtml(body),
    url: null,
    dateline: null,
    format: 'docx',
  };
}

interface CoreProps {
  title: string;
  creator: string | null;
  created: PublishedDate | null;
  language: string | null;
}

function parseCore(xml: string): CoreProps {
  const field = (tag: string) => {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
    return m ? decodeEntities(m[1]).replace(/\s+/g, ' ').trim() : '';
  };
  const created = /^(\d{4})-(\d{2})-(\d{2})/.exec(field('dcterms:created'));
  const lang = /^([a-z]{2,3})\b/i.exec(field('dc:language'));
  return {
    title: field('dc:title'),
    creator: field('dc:creator') || null,
    created: created && created[1] !== '1601' ? { value: created[0], precision: 'day', source: 'docx-core' } : null,
    language: lang ? lang[1].toLowerCase() : null,
  };
}
