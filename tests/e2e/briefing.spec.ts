import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { StancesPage } from './pages/stances-page';
import { BriefingPage } from './pages/briefing-page';
import { flat, readPdf, renderPages } from './pages/pdf';

const fixture = (name: string) => ({ name, content: readFileSync(`tests/fixtures/briefing/${name}`, 'utf8') });
const OUT = 'test-results/briefing';
const SHOTS = 'test-results/screenshots';

test('an analyst drafts a briefing on Russia, adds evidence by button and by drag, marks it TLP:AMBER and prints it', async ({
  library,
  page,
}) => {
  test.setTimeout(180_000);
  const briefing = new BriefingPage(page);
  await library.dropFiles([fixture('kremlin-seoul.txt'), fixture('lavrov-washington.txt')]);
  await library.waitForReport();
  await library.closeReport();
  await expect(library.rows).toHaveCount(2);

  // Date both articles (their datelines carry no year) and grade Reuters "usually reliable" (B):
  // citations carry the outlet's letter.
  await briefing.dateArticle(library, 'Lavrov accuses Washington', '2026-06-09');
  await briefing.dateArticle(library, 'Kremlin thanks Seoul', '2026-06-06');
  await expect(library.reader.getByTestId('reader-outlet')).toHaveText('Reuters');
  await library.reader.getByRole('combobox', { name: 'Reliability of Reuters' }).selectOption('B');
  await expect(library.reader.getByRole('combobox', { name: 'Reliability of Reuters' })).toHaveValue('B');

  await briefing.create('rus', 'Russia');
  await expect(briefing.editor.getByRole('textbox', { name: 'Briefing title' })).toHaveValue(/Russia/);
  await expect(page.getByTestId('bottom-line').getByText('Draft', { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${SHOTS}/briefing-editor-1440.png` });
  expect(await briefing.seriousAccessibilityProblems(), 'the editor as drafted').toEqual([]);

  const kj = await briefing.addJudgment(
    'Moscow will keep courting Seoul while South Korea withholds arms from Ukraine.',
    'very likely',
    'high',
  );
  await expect(kj.getByTestId('warnings')).toContainText('cites no evidence');
  await kj.getByText(/^Evidence/).click();
  await kj
    .getByRole('checkbox', { name: /Reuters: Kremlin thanks Seoul/ })
    .first()
    .check();
  await expect(kj.getByTestId('warnings')).toHaveCount(0);
  await briefing.setTlp('TLP:AMBER');
  await briefing.waitSaved();
  await expect(page.getByTestId('printed-banner')).toHaveText('TLP:AMBER');
  // A first print, before any evidence is added, to compare with.
  await briefing.print(`${OUT}/before-evidence.pdf`);
  const before = flat(readPdf(`${OUT}/before-evidence.pdf`).pages.join('\n'));
  const quoteRows = (text: string) => page.locator('[data-kind="quotes"] li', { hasText: text });
  const drafted = {
    grateful: await quoteRows('We are grateful to Seoul').count(),
    destroyed: await quoteRows('Washington has destroyed every chance').count(),
  };

  // A quote added from the reader with the button...
  await page.getByRole('button', { name: 'Library' }).click();
  await library.row('Kremlin thanks Seoul').click();
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  const grateful = page.locator('.quotes li', { hasText: 'We are grateful to Seoul' });
  await grateful.getByRole('button', { name: /Add to briefing/ }).click();
  await expect(grateful.getByRole('status')).toHaveText(/^Added to/);

  // ...and one dragged from the other article onto the open briefing.
  await library.row('Lavrov accuses Washington').click();
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  const destroyed = page.locator('.quotes li', { hasText: 'Washington has destroyed every chance' });
  await briefing.dragOntoOpenBriefing(destroyed.locator('q'));
  await expect(page.getByTestId('evidence-notice')).toContainText('Washington has destroyed every chance');
  await expect(page.getByTestId('evidence-notice')).toContainText(/^Added to “Russia/);
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  await briefing.open();
  // Each quote is now in the quotes section once more than drafted, with its citation.
  await expect(quoteRows('We are grateful to Seoul')).toHaveCount(drafted.grateful + 1);
  await expect(quoteRows('Washington has destroyed every chance')).toHaveCount(drafted.destroyed + 1);
  const gratefulNote = briefing.citation('We are grateful to Seoul');
  await expect(gratefulNote).toBeVisible();
  await expect(briefing.citation('Washington has destroyed every chance')).toBeVisible();
  // The outlet's letter, and the claim's number set by the analyst: B2.
  await gratefulNote.getByRole('combobox', { name: /^Credibility of source/ }).selectOption('2');
  await expect(briefing.citation('We are grateful to Seoul').locator('.code')).toHaveText('B2');
  await briefing.waitSaved();
  await page.screenshot({ path: `${SHOTS}/briefing-editor-evidence-1440.png` });
  expect(await briefing.seriousAccessibilityProblems(), 'the editor with judgments and evidence').toEqual([]);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: `${SHOTS}/briefing-editor-1024.png` });

  const pdfPath = `${OUT}/briefing.pdf`;
  // Print (Ctrl+P, like File > Print in the desktop app) prints the briefing, not the window.
  await briefing.print(pdfPath, 'shortcut');
  const pdf = readPdf(pdfPath);
  renderPages(pdfPath, OUT);
  const total = pdf.pages.length;
  expect(total).toBeGreaterThanOrEqual(3);
  pdf.pages.forEach((text, i) => {
    expect(text, `page ${i + 1} carries the marking at top and bottom`).toMatch(/TLP:AMBER[\s\S]*TLP:AMBER/);
    expect(text, `page ${i + 1} is numbered`).toContain(`Page ${i + 1} of ${total}`);
  });
  const all = flat(pdf.pages.join('\n'));
  // Each quote added (by button, by drag) is printed once more than before.
  const times = (text: string, phrase: string) => text.split(phrase).length - 1;
  for (const quote of ['We are grateful to Seoul for its restraint', 'Washington has destroyed every chance of dialogue'])
    expect(times(all, quote), quote).toBe(times(before, quote) + 1);
  expect(all).toMatch(/Moscow will keep courting Seoul/);
  expect(all).toMatch(/Likelihood: very likely \(80–95%\) · Confidence: high/);
  expect(all).toMatch(/2026-06-06/);

  // The endnote of the first quote names its outlet with the Admiralty code.
  const notes = pdf.pages.findIndex((t) => /Reuters/.test(t) && /\bB2\b/.test(t));
  expect(notes, 'an endnote graded B2 names Reuters').toBeGreaterThan(0);
  // The source index lists the judgment that rests on the Reuters article.
  expect(all).toMatch(/Reuters Kremlin thanks Seoul for restraint on arms 2026-06-06 [\d, ]+ KJ1/);

  // The estimative-language box explains the scale.
  const box = flat(pdf.pages.find((t) => /Estimative language/.test(t) && /almost no chance/i.test(t)) ?? '');
  expect(box).toMatch(/roughly even chance/i);
  expect(box).toMatch(/55\s*[–-]\s*80\s*%/);

  // Every table-of-contents entry points at the page where its heading is printed.
  const contentsAt = pdf.pages.findIndex((t) => /^\s*Contents\s*$/m.test(t));
  expect(contentsAt, 'the full template has a contents page').toBeGreaterThanOrEqual(0);
  const entries = [...pdf.pages[contentsAt]!.matchAll(/^\s*(\S.*?\S)\s{2,}(?:[.·…]+\s*)?(\d+)\s*$/gm)]
    .map((m) => ({ heading: m[1]!.replace(/[.·…\s]+$/, ''), page: Number(m[2]) }))
    .filter((e) => !/^(Page|TLP)/.test(e.heading));
  expect(entries.length).toBeGreaterThanOrEqual(4);
  for (const { heading, page: at } of entries) {
    const first = pdf.pages.findIndex((t, i) => i > contentsAt && t.includes(heading));
    expect(first + 1, `"${heading}" is listed on page ${at}`).toBe(at);
  }
});

test('evidence goes to the briefing picked from the keyboard; the list opens and deletes only after confirmation', async ({
  library,
  page,
}) => {
  test.setTimeout(120_000);
  const briefing = new BriefingPage(page);
  await library.dropFiles([fixture('kremlin-seoul.txt')]);
  await library.waitForReport();
  await library.closeReport();
  // A scope with no events is refused with a reason, and the form stays for another try.
  await briefing.open();
  await page.getByRole('button', { name: 'New briefing…' }).click();
  await page.getByRole('combobox', { name: 'Country', exact: true }).fill('FRA');
  await page.getByRole('button', { name: 'Draft briefing' }).click();
  await expect(page.getByRole('alert')).toContainText('No events involve France');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await briefing.create('South Korea', 'South Korea');
  await briefing.waitSaved();
  await page.getByRole('button', { name: '← Briefings' }).click();
  await briefing.create('rus', 'Russia');
  await briefing.waitSaved();

  // With two briefings, "Add to briefing" asks which; the open one comes first and has the focus.
  await page.getByRole('button', { name: 'Library' }).click();
  await library.row('Kremlin thanks Seoul').click();
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  const quote = page.locator('.quotes li', { hasText: 'We are grateful to Seoul' });
  await quote.getByRole('button', { name: /Add to briefing/ }).focus();
  await page.keyboard.press('Enter');
  const choices = quote.getByRole('menuitem');
  await expect(choices).toHaveCount(2);
  await expect(choices.first()).toContainText('Russia');
  await expect(choices.first()).toContainText('(open)');
  await expect(choices.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(choices.last()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quote.getByRole('status')).toHaveText(/^Added to “South Korea/);

  // The Stances view offers the same button on each piece of evidence; the open briefing is the default.
  await page.getByRole('button', { name: 'Stances' }).click();
  const stances = new StancesPage(page);
  await stances.choose('rus', 'Russia');
  const evidence = stances.row('Russia toward others', 'JPN').getByTestId('evidence-line').first();
  await evidence.getByRole('button', { name: /Add to briefing/ }).click();
  await evidence.getByRole('menuitem').first().click();
  await expect(evidence.getByRole('status')).toHaveText(/^Added to “Russia/);

  await briefing.open();
  await page.getByRole('button', { name: '← Briefings' }).click();
  const rows = page.getByTestId('briefing-row');
  await expect(rows).toHaveCount(2);
  const korea = rows.filter({ hasText: 'South Korea:' });
  await expect(korea).toContainText('version 2');
  await expect(rows.filter({ hasText: 'Russia:' })).toContainText('version 2');
  await expect(korea).toContainText('UNCLASSIFIED');
  for (const [w, h] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `${SHOTS}/briefings-list-${w}.png` });
  }
  expect(await briefing.seriousAccessibilityProblems(), 'the briefings list').toEqual([]);
  await korea.getByRole('button', { name: /^Delete / }).click();
  await korea.getByRole('button', { name: 'Keep' }).click();
  await expect(rows).toHaveCount(2);
  await korea.getByRole('button', { name: /^Delete / }).click();
  await korea.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Russia');
  await rows.getByRole('button', { name: /^Delete / }).click();
  await rows.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('No briefings yet.')).toBeVisible();
});

test('sections move by keyboard and buttons, the checker flags estimative slips, portion marks raise the banner, a second window is a conflict, exports download', async ({
  library,
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const briefing = new BriefingPage(page);
  await library.dropFiles([fixture('kremlin-seoul.txt'), fixture('lavrov-washington.txt')]);
  await library.waitForReport();
  await library.closeReport();
  await briefing.create('Russia', 'Russia');
  const kinds = () => page.getByTestId('section').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
  const drafted = await kinds();
  expect(drafted[0]).toBe('bottom-line');

  // Alt+Up on a section's tools moves it up; the button does the same; Remove takes it out.
  const stancesAt = drafted.indexOf('stances');
  await page.getByRole('button', { name: 'Move Stances up' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(kinds).toEqual(drafted.toSpliced(stancesAt, 1).toSpliced(stancesAt - 1, 0, 'stances'));
  await page.getByRole('button', { name: 'Move Stances down' }).click();
  await expect.poll(kinds).toEqual(drafted);
  await page.getByRole('button', { name: 'Remove section Indicators to watch' }).click();
  await expect.poll(kinds).toEqual(drafted.filter((k) => k !== 'indicators'));

  // The analyst's own bottom line is no longer a draft.
  const bottom = page.getByTestId('bottom-line');
  await bottom.getByRole('textbox').fill('Moscow courts Seoul and rebuffs Tokyo and Washington.');
  await expect(bottom.getByText('Draft', { exact: true })).toHaveCount(0);

  // A text section in Markdown.
  await page.getByRole('button', { name: 'Add text section' }).click();
  const added = page.getByTestId('section').nth(-2);
  await expect(page.getByTestId('section').last()).toHaveAttribute('data-kind', 'sources');
  await added.getByRole('textbox', { name: 'Heading of section' }).fill('Outlook');
  await added.getByRole('textbox', { name: /^Text/ }).fill('Moscow will *court* Seoul:\n\n- more visits\n- **no** arms talks');

  // Judgments: likelihood and confidence in one sentence, and words that contradict the band, are flagged there.
  const kj = await briefing.addJudgment('We have high confidence that talks with Tokyo are likely to stall.', 'unlikely', 'low');
  await expect(kj.getByTestId('warnings')).toContainText('gives both a likelihood');
  await expect(kj.getByTestId('warnings')).toContainText("but the judgment's likelihood is 20–45%");
  await kj.getByRole('textbox', { name: 'Judgment 1' }).fill('Talks with Tokyo will stall through the summer.');
  await expect(kj.getByTestId('warnings')).not.toContainText('gives both a likelihood');
  await briefing.waitSaved();
  await expect(page.getByText(/^\d+ saved versions$/)).toBeVisible();

  // An article from the reader: its title goes into a text section, with its citation.
  await page.getByRole('button', { name: 'Library' }).click();
  await library.row('Lavrov accuses Washington').click();
  await library.reader.getByRole('button', { name: /Add to briefing/ }).click();
  await expect(library.reader.getByRole('status')).toHaveText(/^Added to/);
  await briefing.open();
  const texts = () =>
    page
      .getByTestId('section')
      .locator('textarea')
      .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
  await expect
    .poll(async () => (await texts()).some((t) => /Lavrov accuses Washington over stalled Korea talks.*\[\^/.test(t)))
    .toBe(true);

  // Portion marks: the banner printed is the highest mark in the briefing.
  const marking = page.getByTestId('marking');
  await marking.getByRole('checkbox', { name: 'Portion marks before paragraphs' }).check();
  await page.getByRole('combobox', { name: 'Portion mark of the bottom line' }).selectOption('CUI');
  await briefing.waitSaved();
  await expect(page.getByTestId('printed-banner')).toHaveText('CUI');

  // The same briefing edited in a second window: the first one is told, and can load the latest.
  const other = await page.context().newPage();
  await other.goto(host.url);
  const second = new BriefingPage(other);
  await second.open();
  await other.getByTestId('briefing-row').getByRole('button').first().click();
  await other.getByRole('textbox', { name: 'Briefing title' }).fill('Russia: the view from the second window');
  await second.waitSaved();
  await page.getByRole('textbox', { name: 'Briefing title' }).fill('Russia: the view from the first window');
  await expect(briefing.status).toHaveText('Changed elsewhere');
  await page.getByRole('button', { name: 'Load the latest' }).click();
  await expect(page.getByRole('textbox', { name: 'Briefing title' })).toHaveValue('Russia: the view from the second window');
  await briefing.waitSaved();
  await other.close();

  const md = await briefing.exportAs('Markdown');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toContain('Outlook');
  expect(md.text).toContain('Moscow courts Seoul and rebuffs Tokyo and Washington.');
  expect(md.text).not.toContain('Indicators to watch');
  const html = await briefing.exportAs('HTML');
  expect(html.name).toMatch(/\.html$/);
  expect(html.text).toContain('<em>court</em>');
  expect(html.text).not.toMatch(/<script/i);
  const docx = await briefing.exportAs('Word');
  expect(docx.name).toMatch(/\.docx$/);
  expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
});
