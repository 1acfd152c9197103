import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BriefingDoc } from '../../../electron/api/briefing';
import { createChromiumPrinter } from '../../../electron/core/briefing/chromium-printer';
import { printBriefing } from '../../../electron/core/briefing/print-briefing';
import { citation, doc, judgment } from './doc-fixture';
import { pdfPages } from './read-back';
import { tempDir } from '../../helpers/tmp';

const printer = createChromiumPrinter();
afterAll(() => printer.close());

/** A briefing long enough to run over several pages. */
function longBriefing(): BriefingDoc {
  const d = doc({
    title: 'Russia and its neighbours',
    marking: { scheme: 'tlp', banner: 'TLP:AMBER', portionMarks: false },
    citations: Array.from({ length: 12 }, (_, i) => citation(`c${i + 1}`, i + 1)),
    keyJudgments: [
      judgment('Moscow will likely keep courting Seoul.', { citationIds: ['c1'] }),
      judgment('A summit is unlikely before the autumn.', {
        id: 'k2',
        likelihood: [20, 45],
        confidence: 'low',
        citationIds: ['c2'],
      }),
    ],
  });
  const rows = Array.from({ length: 70 }, (_, i) => ({
    date: `2024-06-${String((i % 28) + 1).padStart(2, '0')}`,
    text: `Development number ${i + 1}: officials met, talked at length about trade, energy and security, and agreed to meet again.`,
    source: 'RUS',
    target: i % 2 ? 'KOR' : 'JPN',
    polarity: i % 3 ? ('cooperative' as const) : ('conflictual' as const),
    citationIds: [`c${(i % 12) + 1}`],
  }));
  d.sections.splice(2, 0, {
    id: 'dev',
    kind: 'developments',
    heading: 'Key developments',
    markdown: '',
    portion: null,
    developments: rows,
  });
  const stance = (target: string, targetName: string, cooperative: number, conflictual: number) => ({
    source: 'RUS',
    target,
    sourceName: 'Russia',
    targetName,
    cooperative,
    conflictual,
    neutral: 0,
    balance: (cooperative - conflictual) * 1.5,
    trend: 'steady' as const,
    events: cooperative + conflictual,
    citationIds: ['c3'],
  });
  d.sections.splice(3, 0, {
    id: 'stances',
    kind: 'stances',
    heading: 'Stances',
    markdown: '',
    portion: null,
    stances: [stance('KOR', 'South Korea', 9, 1), stance('JPN', 'Japan', 1, 8)],
  });
  d.sections.splice(4, 0, {
    id: 'outlook',
    kind: 'text',
    heading: 'Outlook',
    markdown: 'Кремль продолжит диалог. 北京 and 서울 watch closely.\n\n'.repeat(3),
    portion: null,
  });
  return d;
}

const pageOf = (pages: string[], heading: string) =>
  pages.findIndex((text, i) => i >= 2 && new RegExp(`^\\s*${heading}\\s*$`, 'm').test(text)) + 1;

describe('printing a briefing to PDF in Chromium', () => {
  it('marks and numbers every page and numbers the contents where the headings are', { timeout: 120_000 }, async () => {
    const printed = await printBriefing(printer, longBriefing(), { printedOn: '2024-06-10' }, { template: 'full', paper: 'a4' });
    const pages = pdfPages(printed.pdf);
    expect(pages.length).toBe(printed.pages);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    pages.forEach((text, i) => {
      expect(text.match(/TLP:AMBER/g)?.length ?? 0, `marking on page ${i + 1}`).toBeGreaterThanOrEqual(2);
      expect(text, `page number on page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text, `title on page ${i + 1}`).toContain('Russia and its neighbours');
      expect(text, `date on page ${i + 1}`).toContain('2024-06-10');
    });
    expect(printed.settled).toBe(true);

    // The contents page lists each heading with the page it is printed on.
    const contents = pages[1]!;
    expect(contents).toMatch(/^\s*Contents\s*$/m);
    for (const heading of [
      'Bottom line',
      'Key judgments',
      'Key developments',
      'Outlook',
      'Estimative language',
      'Sources',
      'Source index',
    ]) {
      const listed = new RegExp(`${heading}[ .·]*?(\\d+)\\s*$`, 'm').exec(contents);
      expect(listed, `${heading} in the contents`).not.toBeNull();
      expect(Number(listed![1]), `page of ${heading}`).toBe(pageOf(pages, heading));
    }
    const file = join(tempDir(), 'long.pdf');
    writeFileSync(file, printed.pdf);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes/);
    expect(fonts).toMatch(/NotoSans-Bold/);
    const all = pages.join('\n');
    expect(all).toContain('almost no chance');
    expect(all).toMatch(/Likelihood: likely \(55–80%\) · Confidence: moderate/);
    expect(all).toContain('Кремль продолжит диалог');
    // The world map prints with its legend on one page.
    expect(pages.filter((text) => text.includes('mostly cooperative') && text.includes('mostly conflictual'))).toHaveLength(1);
  });

  it('fits a one-pager on one marked, numbered Letter page', { timeout: 60_000 }, async () => {
    const printed = await printBriefing(
      printer,
      doc({ marking: { scheme: 'classification', banner: 'CUI', portionMarks: false } }),
      { printedOn: '2024-06-10' },
      { template: 'one-pager', paper: 'letter' },
    );
    const pages = pdfPages(printed.pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.match(/\bCUI\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('Page 1 of 1');
    expect(printed.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('loads nothing from the network and runs no script while printing', { timeout: 60_000 }, async () => {
    const hits: string[] = [];
    const server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const html =
        `<!doctype html><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css">` +
        `<img src="http://127.0.0.1:${port}/pixel.png"><p id="t">static</p>` +
        `<script>document.getElementById('t').textContent = 'script ran'</script>`;
      const pages = pdfPages(await printer.print(html, { paper: 'a4' }));
      expect(hits).toEqual([]);
      expect(pages[0]).toContain('static');
      expect(pages[0]).not.toContain('script ran');
    } finally {
      server.close();
    }
  });
});
