import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../electron/core/ingest/sniff';
import { buildDocx } from '../../helpers/formats/docx-writer';
import { buildOle } from '../../helpers/formats/ole-writer';
import { buildPdf } from '../../helpers/formats/pdf-writer';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('sniffFormat', () => {
  it('recognises a PDF and a Word document whatever their names', () => {
    expect(sniffFormat(buildPdf({ pages: [[{ text: 'x', y: 700 }]] }), 'report.txt')).toBe('pdf');
    expect(sniffFormat(buildDocx({ paragraphs: [{ text: 'x' }] }), 'notes.html')).toBe('docx');
  });

  it('treats an encrypted Office package as a Word document and other OLE files as unknown', () => {
    expect(sniffFormat(buildOle(['EncryptionInfo', 'EncryptedPackage']), 'secret.docx')).toBe('docx');
    expect(sniffFormat(buildOle(['WordDocument']), 'old.doc')).toBe('unknown');
  });

  it('tells feeds apart: RSS, RDF and Atom', () => {
    expect(sniffFormat(bytes('<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>'), 'feed')).toBe('rss');
    expect(sniffFormat(bytes('<?xml version="1.0"?><!-- c --><rdf:RDF xmlns:rdf="x"></rdf:RDF>'), 'a.xml')).toBe('rss');
    expect(sniffFormat(bytes('<feed xmlns="http://www.w3.org/2005/Atom"></feed>'), 'a.txt')).toBe('atom');
  });

  it('recognises HTML by doctype, root element or tag density', () => {
    expect(sniffFormat(bytes('<!DOCTYPE html><html><body>x</body></html>'), 'page.txt')).toBe('html');
    expect(sniffFormat(bytes('\n  <html lang="en"><p>x</p></html>'), 'x')).toBe('html');
    expect(sniffFormat(bytes('<div><p>One</p><p>Two</p></div>'), 'fragment')).toBe('html');
  });

  it('tells an e-mail from a saved web archive by their headers', () => {
    const eml =
      'From: News <news@example.org>\r\nTo: me@example.com\r\nSubject: Hi\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nBody';
    const mhtml =
      'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/\r\nSubject: Page\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"; boundary="b"\r\n\r\n--b';
    expect(sniffFormat(bytes(eml), 'mail.txt')).toBe('eml');
    expect(sniffFormat(bytes(mhtml), 'page.eml')).toBe('mhtml');
  });

  it('separates Markdown from plain text and refuses binary junk', () => {
    expect(sniffFormat(bytes('# Title\n\nBody with [a link](https://x.org).'), 'notes.txt')).toBe('md');
    expect(sniffFormat(bytes('Title\n\nJust words.'), 'notes')).toBe('txt');
    expect(sniffFormat(bytes('Title\n\nJust words.'), 'notes.md')).toBe('md');
    expect(sniffFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'image.html')).toBe('unknown');
  });
});
