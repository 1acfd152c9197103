import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../electron/core/ingest/extract';
import { buildDocx } from '../../helpers/formats/docx-writer';
import { buildOle } from '../../helpers/formats/ole-writer';
import { buildPdf } from '../../helpers/formats/pdf-writer';

const bytes = (s: string) => new Uint8Array(Buffer.from(s));

describe('extractFile dispatches on the bytes, not the name', () => {
  it('reads a PDF named .txt as a PDF and fills the dateline from its first paragraph', async () => {
    const pdf = buildPdf({
      info: { CreationDate: 'D:20240606' },
      pages: [
        [
          { text: 'Seoul responds', y: 740, size: 18 },
          { text: 'SEOUL, June 6 (Yonhap) -- South Korea responded on Thursday.', y: 700 },
        ],
      ],
    });
    const [a] = await extractFile(pdf, { fileName: 'misnamed.txt' });
    expect(a).toMatchObject({
      format: 'pdf',
      title: 'Seoul responds',
      dateline: 'Seoul',
      site: 'Yonhap',
      published: { value: '2024-06-06' },
    });
  });

  it('returns one article per feed item', async () => {
    const feed =
      '<rss><channel><title>Desk</title><item><title>One</title><description>First.</description></item><item><title>Two</title><description>Second.</description></item></channel></rss>';
    const articles = await extractFile(bytes(feed), { fileName: 'desk.html' });
    expect(articles.map((a) => a.title)).toEqual(['One', 'Two']);
    expect(articles.every((a) => a.site === 'Desk' && a.format === 'rss')).toBe(true);
  });

  it('reads a Word document, plain text and Markdown', async () => {
    const [doc] = await extractFile(buildDocx({ paragraphs: [{ text: 'Heading', style: 'Heading1' }, { text: 'Body.' }] }), {
      fileName: 'a.docx',
    });
    expect(doc).toMatchObject({ format: 'docx', title: 'Heading', text: 'Body.' });
    const [txt] = await extractFile(bytes('Title line\n\nBody.'), { fileName: 'a.txt' });
    expect(txt).toMatchObject({ format: 'txt', title: 'Title line', text: 'Body.' });
    const [ru] = await extractFile(bytes('Новости дня\n\nПрезидент заявил в среду, что переговоры будут продолжены.'), {
      fileName: 'ru.txt',
    });
    expect(ru.lang).toBe('ru');
    const [md] = await extractFile(bytes('# Heading\n\nSome *body*.'), { fileName: 'a.md' });
    expect(md).toMatchObject({ format: 'md', title: 'Heading', text: 'Some body.' });
  });

  it('decodes a web page whose declared charset is wrong before extracting it', async () => {
    const body = 'Министр иностранных дел России заявил в среду, что переговоры будут продолжены. '.repeat(8);
    const page = `<!doctype html><html><head><meta charset="utf-8"><title>Переговоры продолжатся</title></head><body><article><h1>Переговоры продолжатся</h1><p>${body}</p><p>${body}</p></article></body></html>`;
    const [a] = await extractFile(new Uint8Array(iconv.encode(page, 'windows-1251')), { fileName: 'page.html' });
    expect(a.format).toBe('html');
    expect(a.title).toContain('Переговоры продолжатся');
    expect(a.text).toContain('Министр иностранных дел');
  });

  it('stops when the import was cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(extractFile(bytes('Title\n\nBody'), { fileName: 'a.txt', signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });
});

describe('bad input gives an error that names the problem', () => {
  it('an empty file', async () => {
    await expect(extractFile(new Uint8Array(), { fileName: 'empty.html' })).rejects.toMatchObject({
      code: 'empty',
      message: 'empty.html: the file is empty',
    });
    await expect(extractFile(bytes(' \n\n\t'), { fileName: 'blank.txt' })).rejects.toMatchObject({ code: 'empty' });
  });

  it('binary junk named .html or .txt', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256);
    await expect(extractFile(junk, { fileName: 'page.html' })).rejects.toMatchObject({
      code: 'binary',
      message: 'page.html: contains binary data, not text (despite the .html name); nothing to import',
    });
    await expect(extractFile(junk, { fileName: 'notes.txt' })).rejects.toMatchObject({
      code: 'binary',
      message: expect.stringContaining('.txt'),
    });
  });

  it('a truncated PDF', async () => {
    const pdf = buildPdf({ pages: [[{ text: 'Line one of the report.', y: 700 }]] });
    await expect(extractFile(pdf.slice(0, Math.floor(pdf.length * 0.6)), { fileName: 'cut.pdf' })).rejects.toMatchObject({
      code: 'truncated',
    });
  });

  it('an encrypted PDF', async () => {
    const pdf = buildPdf({ encrypted: true, pages: [[{ text: 'secret', y: 700 }]] });
    await expect(extractFile(pdf, { fileName: 'report.pdf' })).rejects.toMatchObject({
      code: 'encrypted',
      message: 'report.pdf: encrypted PDF, cannot read text',
    });
  });

  it('a password-protected DOCX', async () => {
    await expect(extractFile(buildOle(['EncryptionInfo', 'EncryptedPackage']), { fileName: 'plan.docx' })).rejects.toMatchObject({
      code: 'encrypted',
      message: 'plan.docx: password-protected Word document, cannot read text',
    });
  });

  it('a legacy binary Word file', async () => {
    await expect(extractFile(buildOle(['WordDocument']), { fileName: 'old.doc' })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('legacy Office file'),
    });
  });

  it('a DOCX zip bomb', async () => {
    const bomb = buildDocx({
      paragraphs: [{ text: 'x' }],
      extra: [{ name: 'word/media/pad.bin', data: new Uint8Array(8 * 1024 * 1024), deflate: true }],
    });
    await expect(extractFile(bomb, { fileName: 'bomb.docx' })).rejects.toMatchObject({
      code: 'zip-bomb',
      message: expect.stringMatching(/^bomb\.docx: refused/),
    });
  });

  it('a billion-laughs feed', async () => {
    const lol = Array.from({ length: 9 }, (_, n) => `<!ENTITY l${n + 1} "${`&l${n};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">${lol}]><rss><channel><item><title>&l9;</title></item></channel></rss>`;
    await expect(extractFile(bytes(xml), { fileName: 'lol.rss' })).rejects.toMatchObject({
      code: 'entity-expansion',
      message: expect.stringContaining('lol.rss: the feed declares nested'),
    });
  });

  it('a zip archive that is not a Word document', async () => {
    const { buildZip } = await import('../../helpers/formats/zip-writer');
    await expect(extractFile(buildZip([{ name: 'a.txt', data: 'x' }]), { fileName: 'stuff.zip' })).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('zip archive'),
    });
  });
});
