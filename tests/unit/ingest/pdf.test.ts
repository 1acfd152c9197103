import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../electron/core/ingest/pdf';
import { buildPdf } from '../../helpers/formats/pdf-writer';

const article = buildPdf({
  info: { Title: 'Seoul protests Moscow remarks', Author: 'Jane Roe', CreationDate: "D:20240606103000+09'00'" },
  pages: [
    [
      { text: 'Seoul protests Moscow remarks', y: 740, size: 20 },
      { text: 'SEOUL, June 6 (Yonhap) -- South Korea said on Thursday that it', y: 700 },
      { text: 'would respond to the remarks of the Russian president.', y: 686 },
      { text: 'The ministry summoned the Russian ambassador', y: 650 },
      { text: 'on Friday morning.', x: 72, y: 636 },
    ],
    [{ text: 'A second page closes the story.', y: 740 }],
  ],
});

describe('PDF extraction', () => {
  it('reads text in reading order, with paragraphs split at vertical gaps, across pages', async () => {
    const a = await extractPdf(article, { fileName: 'brief.pdf' });
    expect(a.text.split('\n\n')).toEqual([
      'Seoul protests Moscow remarks',
      'SEOUL, June 6 (Yonhap) -- South Korea said on Thursday that it would respond to the remarks of the Russian president.',
      'The ministry summoned the Russian ambassador on Friday morning.',
      'A second page closes the story.',
    ]);
  });

  it('takes title, author and creation day from the document info', async () => {
    const a = await extractPdf(article, { fileName: 'brief.pdf' });
    expect(a).toMatchObject({ title: 'Seoul protests Moscow remarks', byline: 'Jane Roe', format: 'pdf' });
    expect(a.published).toEqual({ value: '2024-06-06', precision: 'day', source: 'pdf-info' });
  });

  it('falls back to the largest line of the first page when the info has no title', async () => {
    const pdf = buildPdf({
      pages: [
        [
          { text: 'small print', y: 760, size: 8 },
          { text: 'Big Headline', y: 720, size: 24 },
          { text: 'Body line.', y: 690 },
        ],
      ],
    });
    const a = await extractPdf(pdf, { fileName: 'x.pdf' });
    expect(a.title).toBe('Big Headline');
    expect(a.published).toBeNull();
  });

  it('refuses an encrypted PDF with a message naming the problem', async () => {
    const pdf = buildPdf({ encrypted: true, pages: [[{ text: 'secret', y: 700 }]] });
    await expect(extractPdf(pdf, { fileName: 'secret.pdf' })).rejects.toMatchObject({
      code: 'encrypted',
      message: 'secret.pdf: encrypted PDF, cannot read text',
    });
  });

  it('reports a truncated PDF as truncated', async () => {
    const cut = article.slice(0, Math.floor(article.length / 2));
    await expect(extractPdf(cut, { fileName: 'cut.pdf' })).rejects.toMatchObject({
      code: 'truncated',
      message: expect.stringContaining('truncated'),
    });
  });

  it('reports a PDF without a text layer as having no text', async () => {
    await expect(extractPdf(buildPdf({ pages: [[]] }), { fileName: 'scan.pdf' })).rejects.toMatchObject({ code: 'no-text' });
  });

  it('reads a two-column page column by column', async () => {
    const left = [
      'The left column opens the story',
      'and continues down the page',
      'until it ends the first part.',
      'Left column second line block',
      'closes the left side.',
    ];
    const right = [
      'The right column follows on',
      'with the rest of the report',
      'and its final sentence.',
      'Right column keeps going',
      'to the very end.',
    ];
    const lines = [
      { text: 'Two Column Report', y: 760, size: 18 },
      ...left.map((text, i) => ({ text, x: 72, y: 720 - i * 14 })),
      ...right.map((text, i) => ({ text, x: 320, y: 720 - i * 14 })),
    ];
    const a = await extractPdf(buildPdf({ pages: [lines] }), { fileName: 'cols.pdf' });
    const text = a.text.replace(/\n\n/g, ' ');
    expect(text.indexOf('closes the left side.')).toBeLessThan(text.indexOf('The right column follows on'));
    expect(text).toContain('The left column opens the story and continues down the page');
  });

  it('stops at the page cap', async () => {
    const pages = Array.from({ length: 5 }, (_, i) => [{ text: `Text of page ${i + 1}.`, y: 700 }]);
    const a = await extractPdf(buildPdf({ pages }), { fileName: 'long.pdf', maxPages: 2 });
    expect(a.text).toBe('Text of page 1.\n\nText of page 2.');
  });

  it('gives up when reading takes longer than the time limit', async () => {
    const pages = Array.from({ length: 200 }, (_, i) =>
      Array.from({ length: 40 }, (_, j) => ({ text: `Page ${i} line ${j} of filler text.`, y: 760 - j * 16 })),
    );
    await expect(extractPdf(buildPdf({ pages }), { fileName: 'slow.pdf', timeoutMs: 1 })).rejects.toMatchObject({
      code: 'timeout',
      message: expect.stringContaining('slow.pdf: reading the PDF took longer'),
    });
  });
});
