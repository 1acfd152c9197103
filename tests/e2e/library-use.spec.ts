import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible, expectAccessibleInBothThemes, screenshotSizes } from './axe';
import { expect, test } from './fixtures';
import type { DropFile } from './pages/library-page';

const page = (site: string, title: string, date: string | null, body: string): DropFile => ({
  name: `${site.toLowerCase().replace(/\W+/g, '-')}.html`,
  type: 'text/html',
  content: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
    <meta property="og:site_name" content="${site}">${date ? `<meta property="article:published_time" content="${date}T08:00:00Z">` : ''}
    </head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`,
});

const harbour = page(
  'Harbour Times',
  'Ceasefire talks resume in the port',
  '2024-05-01',
  'Negotiators resumed ceasefire talks in the port city on Monday.',
);
const valley = page(
  'Valley Post',
  'Ceasefire holds in the valley',
  '2024-05-02',
  'The ceasefire held overnight in the valley towns, officials said.',
);
const monitors: DropFile = {
  name: 'monitors.txt',
  content: 'Monitors reach the ceasefire line\n\nMonitors reached the ceasefire line on the ridge at dawn.\n',
};
const kremlin: DropFile = {
  name: 'kremlin.txt',
  content: `Kremlin thanks Seoul, rebuffs Tokyo

MOSCOW, June 6 (Reuters) - Russian President Vladimir Putin on Wednesday thanked South Korea for refusing to send weapons to Ukraine.

Putin said Russia would not hold talks with Japan unless Tokyo changed its position on sanctions.
`,
};

test('the import button takes files; search honours the outlet filter and counts what it shows', async ({ library, page }) => {
  await expectAccessibleInBothThemes(page, 'the empty library');
  await screenshotSizes(page, 'library-empty');
  await library.pickFiles([harbour, valley, monitors]);
  await library.waitForReport();
  await expect(page.getByTestId('import-summary')).toContainText('3 imported');
  await expectAccessibleInBothThemes(page, 'the import report');
  await library.closeReport();

  await library.searchFor('ceasefire');
  await expect(library.hits).toHaveCount(3);
  await expect(page.getByTestId('search-summary')).toContainText('3 matches');
  await page.getByRole('combobox', { name: 'Show articles from' }).selectOption({ label: 'Harbour Times (F)' });
  await expect(library.hits).toHaveCount(1);
  await expect(library.hits.first()).toContainText('Ceasefire talks resume in the port');
  await expect(page.getByTestId('search-summary')).toContainText('1 match for');
  await page.getByRole('combobox', { name: 'Show articles from' }).selectOption({ label: 'All outlets' });
  await page.getByRole('checkbox', { name: 'Undated only' }).check();
  await expect(library.hits).toHaveCount(1);
  await expect(library.hits.first()).toContainText('Monitors reach the ceasefire line');
  await expect(page.getByTestId('search-summary')).toContainText('1 match for');
  await expectAccessibleInBothThemes(page, 'search with a filter');
  await screenshotSizes(page, 'library-search-filtered', { dark: true });
});

test('the toolbar keeps a usable search box and every import control at 1024x700', async ({ library, page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await library.pickFiles([monitors]);
  await library.waitForReport();
  await library.closeReport();
  await page.getByRole('button', { name: 'Import web page…' }).click();
  const search = await library.search.boundingBox();
  expect(search!.width).toBeGreaterThan(200);
  for (const name of ['Import files…', 'Import folder…', 'Import', 'Cancel']) {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeInViewport({ ratio: 1 });
  }
  await page.screenshot({ path: 'test-results/screenshots/toolbar-url-form-1024x700.png' });
});

test('a deleted article comes back, analysis included, with Undo', async ({ library, page }) => {
  await library.dropFiles([kremlin, monitors]);
  await library.waitForReport();
  await library.closeReport();
  await library.row('Kremlin thanks Seoul, rebuffs Tokyo').click();
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  await expect(page.getByTestId('events').locator('li', { hasText: 'RUS → JPN' })).toBeVisible();

  await library.reader.getByRole('button', { name: 'Delete from library' }).click();
  const toast = page.getByTestId('undo-toast');
  await expect(toast).toContainText('Deleted “Kremlin thanks Seoul, rebuffs Tokyo”');
  await expect(library.rows).toHaveCount(1);
  await expect(page.getByTestId('article-count')).toHaveText('1 article');
  await expectAccessible(page, 'the undo offer');
  await page.screenshot({ path: 'test-results/screenshots/undo-toast.png' });

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(toast).toHaveCount(0);
  await expect(library.rows).toHaveCount(2);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Kremlin thanks Seoul, rebuffs Tokyo');
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  await expect(page.getByTestId('events').locator('li', { hasText: 'RUS → JPN' })).toBeVisible();

  // The keyboard stays in the list after a delete, and Ctrl+Z undoes it.
  await library.reader.getByRole('button', { name: 'Delete from library' }).click();
  await expect(toast).toBeVisible();
  await expect(library.list).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(toast).toHaveCount(0);
  await expect(library.rows).toHaveCount(2);
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Kremlin thanks Seoul, rebuffs Tokyo');
});

test('the folder button imports a whole folder, leaving out hidden files', async ({ library, page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-folder-'));
  mkdirSync(join(dir, 'cuttings', 'june'), { recursive: true });
  writeFileSync(join(dir, 'cuttings', 'monitors.txt'), String(monitors.content));
  writeFileSync(join(dir, 'cuttings', 'june', 'kremlin.txt'), String(kremlin.content));
  writeFileSync(join(dir, 'cuttings', '.notes.txt'), 'Private notes\n\nNot an article.\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import folder…' }).click();
  await (await chooser).setFiles(join(dir, 'cuttings'));
  await library.waitForReport();
  await expect(page.getByTestId('import-summary')).toContainText('2 imported');
  await expect(library.outcome('cuttings/june/kremlin.txt')).toHaveAttribute('data-status', 'imported');
  await expect(library.report).not.toContainText('.notes.txt');
  rmSync(dir, { recursive: true, force: true });
});

test('the keyboard runs the library: / searches, j/k move in one tab stop, Enter opens, Esc closes', async ({
  library,
  page,
}) => {
  await library.dropFiles([
    kremlin,
    monitors,
    { name: 'corridor.md', content: '# Grain corridor extended\n\nThe corridor was extended.\n' },
  ]);
  await library.waitForReport();
  await page.keyboard.press('Escape');
  await expect(library.report).toHaveCount(0);
  await expect(library.rows).toHaveCount(3);

  // One tab stop: the rows are options of one listbox, not buttons of their own.
  await expect(library.list).toHaveAttribute('tabindex', '0');
  await expect(library.rows.first()).toHaveAttribute('tabindex', '-1');
  await expect(library.rows.first()).toHaveAttribute('role', 'option');

  await page.locator('body').press('/');
  await expect(library.search).toBeFocused();
  await library.search.press('ArrowDown');
  await expect(library.list).toBeFocused();
  const first = await library.rows.nth(0).getAttribute('id');
  const second = await library.rows.nth(1).getAttribute('id');
  await expect(library.list).toHaveAttribute('aria-activedescendant', first!);
  await page.keyboard.press('j');
  await expect(library.list).toHaveAttribute('aria-activedescendant', second!);
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowDown');
  await expect(library.list).toHaveAttribute('aria-activedescendant', second!);
  const title = (await library.rows.nth(1).locator('.title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveURL(/#\/library\/\d+$/);
  await expect(library.rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expectAccessibleInBothThemes(page, 'the reader');
  await screenshotSizes(page, 'library-reader', { dark: true });

  // Reader tabs: arrows move between them.
  const text = page.getByRole('tab', { name: 'Text' });
  await text.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Who did what to whom' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Who did what to whom' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Who did what to whom' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(text).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Escape');
  await expect(library.reader).toHaveCount(0);
  await expect(page).toHaveURL(/#\/library$/);
  await expect(library.list).toBeFocused();
});

test('Back and Forward move between articles and views inside the app', async ({ library, page }) => {
  await library.dropFiles([kremlin, monitors]);
  await library.waitForReport();
  await library.closeReport();
  const heading = library.reader.getByRole('heading', { level: 1 });
  await library.row('Kremlin thanks Seoul, rebuffs Tokyo').click();
  await expect(heading).toHaveText('Kremlin thanks Seoul, rebuffs Tokyo');
  await library.row('Monitors reach the ceasefire line').click();
  await expect(heading).toHaveText('Monitors reach the ceasefire line');
  await page.getByRole('button', { name: 'Stances' }).click();
  await expect(page).toHaveURL(/#\/stances$/);
  await expectAccessibleInBothThemes(page, 'the stances view');
  await screenshotSizes(page, 'stances', { dark: true });

  await page.goBack();
  await expect(page).toHaveURL(/#\/library\/\d+$/);
  await expect(heading).toHaveText('Monitors reach the ceasefire line');
  await page.goBack();
  await expect(heading).toHaveText('Kremlin thanks Seoul, rebuffs Tokyo');
  await page.goForward();
  await expect(heading).toHaveText('Monitors reach the ceasefire line');
  await page.goForward();
  await expect(page.getByRole('button', { name: 'Stances' })).toHaveAttribute('aria-current', 'page');

  // A route typed or bookmarked opens that article.
  const url = new URL(page.url());
  await page.goto(`${url.origin}${url.pathname}#/library/1`);
  await expect(heading).toHaveText('Kremlin thanks Seoul, rebuffs Tokyo');
  await page.goto(`${url.origin}${url.pathname}#/stances/JPN`);
  await expect(page.getByRole('region', { name: 'Japan toward others', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Others toward Japan', exact: true })).toBeVisible();
});

test('JSON data is refused by name and JSON Lines import one article per line', async ({ library, page }) => {
  const lines = [
    JSON.stringify({
      title: 'Envoys meet on the river border',
      text: 'Envoys from both capitals met on Tuesday.',
      published: '2024-03-05',
    }),
    '{"title": "broken',
    JSON.stringify({ title: 'Grain deal extended', text: 'The grain deal was extended for sixty days.' }),
  ];
  await library.pickFiles([
    { name: 'page.meta.json', content: '{\n  "id": "a1",\n  "fetched": "2024-03-05T10:00:00Z"\n}\n' },
    { name: 'articles.jsonl', content: lines.join('\n') },
  ]);
  await library.waitForReport();
  await expect(library.outcome('page.meta.json')).toContainText('JSON data, not an article');
  await expect(library.outcome('articles.jsonl › line 2')).toHaveAttribute('data-status', 'failed');
  await expect(library.outcome('articles.jsonl › line 2')).toContainText('not valid JSON');
  await expect(page.getByTestId('import-summary')).toContainText('2 imported');
  await page.screenshot({ path: 'test-results/screenshots/import-jsonl.png' });
  await library.closeReport();
  await expect(library.row('Envoys meet on the river border')).toContainText('5 Mar 2024');
  await expect(library.rows).toHaveCount(2);
});

test('dates are typed as analysts write them, and non-English articles say events need English', async ({ library, page }) => {
  const german: DropFile = {
    name: 'bericht.txt',
    content:
      'Gespräche über den Getreidekorridor\n\nDie Außenminister der beiden Länder haben sich am Dienstag in Wien getroffen. Sie wollen die Gespräche über den Getreidekorridor in der nächsten Woche fortsetzen, sagte ein Sprecher der Regierung. Die Verhandlungen seien schwierig, aber die Stimmung sei gut gewesen.\n',
  };
  await library.dropFiles([monitors, german]);
  await library.waitForReport();
  await library.closeReport();

  await library.row('Monitors reach the ceasefire line').click();
  await library.reader.getByRole('button', { name: 'Set date' }).click();
  const field = library.reader.getByRole('textbox', { name: 'Publication date' });
  await field.fill('next week');
  await library.reader.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('date-help')).toHaveText(
    /Cannot read "next week" as a date; write it as 2024-06-06, 6 June 2024/,
  );
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('6 June 2024');
  await library.reader.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('reader-date')).toHaveText('6 Jun 2024');
  await expect(library.row('Monitors reach the ceasefire line')).toContainText('6 Jun 2024');
  await library.reader.getByRole('button', { name: 'Change date' }).click();
  await field.fill('06/2024');
  await library.reader.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('reader-date')).toHaveText('Jun 2024');

  await library.row('Gespräche über den Getreidekorridor').click();
  await expect(page.getByTestId('language-note')).toContainText(
    'This article is in German. Events are found in English text only',
  );
  await expectAccessible(page, 'a German article in the reader');
});

test('the add-event form picks actors from the gazetteer and refuses unknown ones', async ({ library, page }) => {
  await library.dropFiles([kremlin]);
  await library.waitForReport();
  await library.closeReport();
  await library.row('Kremlin thanks Seoul, rebuffs Tokyo').click();
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  await page.getByRole('button', { name: 'Add an event the machine missed…' }).click();

  const source = page.getByLabel('Source', { exact: true });
  await source.fill('United Sta');
  await expect(page.getByRole('option', { name: 'United States USA' })).toBeVisible();
  await source.press('Enter');
  await expect(source).toHaveValue('United States (USA)');
  const target = page.getByLabel('Target', { exact: true });
  await target.fill('Atlantis');
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByRole('alert')).toContainText('Unknown target actor “Atlantis”');
  await expectAccessibleInBothThemes(page, 'the analysis tab with the add-event form');
  await page.screenshot({ path: 'test-results/screenshots/add-event-actor.png' });

  await target.fill('jpn');
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect(page.getByTestId('events').locator('li', { hasText: 'USA → JPN' })).toBeVisible();
});

test('search shows the first 50 hits at once and the rest when the list scrolls or the keyboard reaches the end', async ({
  library,
  page,
}) => {
  const lines = Array.from({ length: 64 }, (_, i) =>
    JSON.stringify({
      title: `Ceasefire bulletin ${i + 1}`,
      text: `Bulletin ${i + 1}: the ceasefire held in district ${i + 1}.`,
    }),
  );
  await library.pickFiles([{ name: 'bulletins.jsonl', content: lines.join('\n') }]);
  await library.waitForReport();
  await expect(page.getByTestId('import-summary')).toContainText('64 imported');
  await library.closeReport();

  await library.searchFor('ceasefire');
  await expect(page.getByTestId('search-summary')).toContainText('64 matches');
  await expect(library.hits).toHaveCount(50);
  const results = page.getByRole('listbox', { name: 'Search results' });
  await results.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(library.hits).toHaveCount(64);
  const ids = await library.hits.evaluateAll((els) => els.map((el) => el.id));
  expect(new Set(ids).size).toBe(64);
  await expect(library.hits.last()).toHaveAttribute('aria-posinset', '64');
  await expect(library.hits.last().locator('mark').first()).toHaveText(/ceasefire/i);

  // A new query starts again from its first page; End reaches the loaded end and brings the rest.
  await library.searchFor('bulletin');
  await expect(library.hits).toHaveCount(50);
  await results.focus();
  await page.keyboard.press('End');
  await expect(library.hits).toHaveCount(64);
  await page.keyboard.press('End');
  const last = await library.hits.last().getAttribute('id');
  await expect(results).toHaveAttribute('aria-activedescendant', last!);
});
