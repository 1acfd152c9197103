import { describe, expect, it } from 'vitest';
import { extractDocx } from '../../../electron/core/ingest/docx';
import { buildDocx } from '../../helpers/formats/docx-writer';
import { buildOle } from '../../helpers/formats/ole-writer';

const paragraphs = [
  { text: 'Talks resume in Geneva', style: 'Heading1' as const },
  { text: 'GENEVA, March 3 (AFP) - Delegates met on Monday & agreed to continue.' },
  { text: 'A second round is planned for April.' },
];

describe('DOCX extraction', () => {
  it('reads the body as paragraphs and the title, author and date from the core properties', async () => {
    const doc = buildDocx({ paragraphs, core: { title: 'Geneva talks', creator: 'Jane Roe', created: '2024-03-04T08:00:00Z' } });
    const a = await extractDocx(doc, { fileName: 'geneva.docx' });
    expect(a).toMatchObject({ title: 'Geneva talks', byline: 'Jane Roe', format: 'docx' });
    expect(a.published).toEqual({ value: '2024-03-04', precision: 'day', source: 'docx-core' });
    expect(a.text).toBe(
      'Talks resume in Geneva\n\nGENEVA, March 3 (AFP) - Delegates met on Monday & agreed to continue.\n\nA second round is planned for April.',
    );
    expect(a.html).toContain('<p>A second round is planned for April.</p>');
  });

  it('uses the first heading as the title when the properties have none', async () => {
    const a = await extractDocx(buildDocx({ paragraphs }), { fileName: 'geneva.docx' });
    expect(a.title).toBe('Talks resume in Geneva');
    expect(a.text.startsWith('GENEVA, March 3')).toBe(true);
    expect(a.byline).toBeNull();
    expect(a.published).toBeNull();
  });

  it('refuses a password-protected Word document', async () => {
    await expect(
      extractDocx(buildOle(['EncryptionInfo', 'EncryptedPackage']), { fileName: 'secret.docx' }),
    ).rejects.toMatchObject({
      code: 'encrypted',
      message: 'secret.docx: password-protected Word document, cannot read text',
    });
  });

  it('refuses a zip bomb before unpacking it, by compression ratio', async () => {
    const bomb = buildDocx({
      paragraphs,
      extra: [{ name: 'word/media/pad.bin', data: new Uint8Array(8 * 1024 * 1024), deflate: true }],
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expect(extractDocx(bomb, { fileName: 'bomb.docx' })).rejects.toMatchObject({
      code: 'zip-bomb',
      message: expect.stringContaining('zip bomb'),
    });
  });

  it('refuses a zip whose headers understate what an entry unpacks to', async () => {
    const liar = buildDocx({
      paragraphs,
      extra: [{ name: 'word/media/pad.bin', data: new Uint8Array(4 * 1024 * 1024), deflate: true, declaredSize: 100 }],
    });
    await expect(extractDocx(liar, { fileName: 'liar.docx' })).rejects.toMatchObject({ code: 'zip-bomb' });
  });

  it('refuses a zip with too many entries', async () => {
    const extra = Array.from({ length: 2100 }, (_, i) => ({ name: `x/${i}.txt`, data: 'x' }));
    await expect(extractDocx(buildDocx({ paragraphs, extra }), { fileName: 'many.docx' })).rejects.toMatchObject({
      code: 'zip-bomb',
      message: expect.stringContaining('entries'),
    });
  });
});
