import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { extractMhtml } from '../../../electron/core/ingest/mhtml';
import { IngestError } from '../../../electron/core/ingest/types';

const BOUNDARY = '----MultipartBoundary--k3Jd9----';

const articleHtml = (charsetMeta: string) =>
  `<!DOCTYPE html><html lang="fr"><head>${charsetMeta}<title>Le café du port rouvre | Journal du Quai</title>` +
  '<meta property="og:site_name" content="Journal du Quai"></head><body><article><h1>Le café du port rouvre</h1>' +
  Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Paragraphe ${i + 1} : le café rouvre ses portes après des travaux, et les habitués reviennent déjà au comptoir pour le déjeuner.</p>`,
  ).join('') +
  '</article></body></html>';

function quotedPrintable(bytes: Buffer): string {
  let out = '';
  let line = 0;
  for (const b of bytes) {
    const chunk =
      b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x0a)
        ? `=${b.toString(16).toUpperCase().padStart(2, '0')}`
        : String.fromCharCode(b);
    if (line + chunk.length > 75) {
      out += '=\r\n';
      line = 0;
    }
    out += chunk;
    line = chunk === '\n' ? 0 : line + chunk.length;
  }
  return out;
}

function mhtml(htmlPart: { encoding: 'quoted-printable' | 'base64'; charset: string | null; body: Buffer }): Uint8Array {
  const encoded =
    htmlPart.encoding === 'base64'
      ? htmlPart.body.toString('base64').replace(/.{76}/g, '$&\r\n')
      : quotedPrintable(htmlPart.body);
  const text = [
    'From: <Saved by Blink>',
    'Snapshot-Content-Location: https://quai.example.fr/2023/04/12/cafe-du-port',
    'Subject: Le cafe du port rouvre',
    'Date: Mon, 2 Sep 2024 10:00:00 +0200',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
    '',
    '',
    `--${BOUNDARY}`,
    'Content-Type: image/png',
    'Content-Transfer-Encoding: base64',
    'Content-Location: https://quai.example.fr/logo.png',
    '',
    'iVBORw0KGgo=',
    '',
    `--${BOUNDARY}`,
    `Content-Type: text/html${htmlPart.charset ? `; charset=${htmlPart.charset}` : ''}`,
    `Content-Transfer-Encoding: ${htmlPart.encoding}`,
    'Content-Location: https://quai.example.fr/2023/04/12/cafe-du-port',
    '',
    encoded,
    '',
    `--${BOUNDARY}--`,
    '',
  ].join('\r\n');
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

describe('extractMhtml', () => {
  it('decodes a quoted-printable windows-1252 page and extracts the article', () => {
    const body = iconv.encode(articleHtml(''), 'windows-1252');
    const a = extractMhtml(mhtml({ encoding: 'quoted-printable', charset: 'windows-1252', body }), { fileName: 'cafe.mhtml' });
    expect(a.title).toBe('Le café du port rouvre');
    expect(a.text).toContain('le café rouvre ses portes après des travaux');
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.format).toBe('mhtml');
    expect(a.site).toBe('Journal du Quai');
    expect(a.lang).toBe('fr');
  });

  it('decodes a base64 part using the charset declared inside the HTML', () => {
    const body = iconv.encode(articleHtml('<meta charset="iso-8859-1">'), 'latin1');
    const a = extractMhtml(mhtml({ encoding: 'base64', charset: null, body }), { fileName: 'cafe.mht' });
    expect(a.text).toContain('après des travaux');
  });

  it('takes the URL from the snapshot and dates from it, never from the save date', () => {
    const body = Buffer.from(articleHtml('<meta charset="utf-8">'), 'utf8');
    const a = extractMhtml(mhtml({ encoding: 'quoted-printable', charset: 'utf-8', body }), { fileName: 'cafe.mhtml' });
    expect(a.url).toBe('https://quai.example.fr/2023/04/12/cafe-du-port');
    expect(a.published).toEqual({ value: '2023-04-12', precision: 'day', source: 'url' });
  });

  it('refuses a file that is not a saved web page', () => {
    const bytes = new Uint8Array(Buffer.from('Subject: hi\r\nContent-Type: text/plain\r\n\r\nhello'));
    expect(() => extractMhtml(bytes, { fileName: 'note.mht' })).toThrow(IngestError);
  });

  it('refuses an archive without an HTML part', () => {
    const text = `Content-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: image/png\r\n\r\nxx\r\n--b1--\r\n`;
    expect(() => extractMhtml(new Uint8Array(Buffer.from(text)), { fileName: 'img.mhtml' })).toThrow(/holds no HTML/);
  });
});
