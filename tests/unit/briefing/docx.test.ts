import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { briefingToDocx } from '../../../electron/core/briefing/export-docx';
import { citation, doc, judgment } from './doc-fixture';
import { unzipText } from './read-back';

describe('the DOCX export', () => {
  it('opens as a Word document with the sections, real endnotes and the marking in header and footer', async () => {
    const d = doc({
      marking: { scheme: 'tlp', banner: 'TLP:AMBER', portionMarks: false },
      citations: [
        citation('c1', 1, { outlet: 'Wire One', title: 'Moscow praises Seoul' }),
        citation('c2', 2, { reliability: 'C', credibility: 3 }),
      ],
      keyJudgments: [judgment('Russia will likely keep courting Seoul.', { citationIds: ['c2'] })],
    });
    d.sections[2]!.markdown = '**Talks** continue.[^c2]\n\n- first point\n- second point';
    const bytes = await briefingToDocx(d, { printedOn: '2024-06-10' });
    // A Word reader opens it and finds the sections in order and the endnotes linked from the text.
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    expect(html.indexOf('Bottom line')).toBeLessThan(html.indexOf('Key judgments'));
    expect(html).toContain('Moscow is courting Seoul.');
    expect(html).toMatch(/<a href="#endnote-1" id="endnote-ref-1">/);
    expect(html).toMatch(/<li id="endnote-1"><p>Wire One, “Moscow praises Seoul”/);
    const files = await unzipText(bytes);

    const body = files.get('word/document.xml')!;
    expect(body).toContain('Russia and South Korea');
    expect(body).toContain('Bottom line');
    expect(body).toContain('KJ1. ');
    expect(body).toContain('Likelihood: likely (55–80%). Confidence: moderate.');
    expect(body).toContain('second point');
    expect(body.match(/<w:endnoteReference w:id="(\d+)"\/>/g)).toEqual([
      '<w:endnoteReference w:id="1"/>',
      '<w:endnoteReference w:id="2"/>',
      '<w:endnoteReference w:id="2"/>',
    ]);

    const endnotes = files.get('word/endnotes.xml')!;
    expect(endnotes).toMatch(
      /<w:endnote w:id="1">[\s\S]*Wire One, “Moscow praises Seoul”, published 2024-06-06\.[\s\S]*Grade B2\./,
    );
    expect(endnotes).toMatch(/<w:endnote w:id="2">[\s\S]*Grade C3\./);

    const headers = [...files.entries()].filter(([name]) => /^word\/header\d*\.xml$/.test(name)).map(([, xml]) => xml);
    const footers = [...files.entries()].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, xml]) => xml);
    expect(headers.some((h) => h.includes('TLP:AMBER') && h.includes('2024-06-10'))).toBe(true);
    expect(footers.some((f) => f.includes('TLP:AMBER') && /PAGE/.test(f) && /NUMPAGES/.test(f))).toBe(true);
  });
});
