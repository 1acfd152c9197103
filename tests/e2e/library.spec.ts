import { expectAccessible } from './axe';
import { expect, test } from './fixtures';

const vienna = {
  name: 'vienna-talks.txt',
  content:
    'Ministers resume nuclear talks in Vienna\n\nForeign ministers resumed talks in Vienna on Monday.\n\nDiplomats said the negotiations on sanctions relief would continue through the week.\n',
};
const harvest = {
  name: 'grain-corridor.md',
  content:
    '# Grain corridor extended for sixty days\n\nThe shipping corridor for grain exports across the Black Sea was extended.\n',
};

test('an analyst drops two articles, finds one by search and reads it', async ({ library, page }, testInfo) => {
  await expect(page.getByText('Your library is empty.')).toBeVisible();
  await library.dropFiles([vienna, harvest]);
  await library.waitForReport();
  await expect(library.outcome('vienna-talks.txt')).toHaveAttribute('data-status', 'imported');
  await expect(library.outcome('grain-corridor.md')).toHaveAttribute('data-status', 'imported');
  await expectAccessible(page, 'the import report');
  await library.closeReport();
  await expectAccessible(page, 'the library list');

  await expect(library.rows).toHaveCount(2);
  await expect(library.row('Ministers resume nuclear talks in Vienna')).toBeVisible();
  await expect(library.row('Grain corridor extended for sixty days')).toBeVisible();
  await expect(page.getByTestId('article-count')).toHaveText('2 articles');

  await library.searchFor('negotiation*');
  await expect(library.hits).toHaveCount(1);
  const hit = library.hits.first();
  await expect(hit).toContainText('Ministers resume nuclear talks in Vienna');
  await expect(hit.locator('mark')).toHaveText(['negotiations']);
  await expectAccessible(page, 'the search results');

  await hit.click();
  await expect(library.reader.getByRole('heading', { level: 1 })).toHaveText('Ministers resume nuclear talks in Vienna');
  await expect(library.reader).toContainText(
    'Diplomats said the negotiations on sanctions relief would continue through the week.',
  );
  await expect(library.reader.locator('.body p')).toHaveCount(2);
  await expectAccessible(page, 'the reader');
  await page.screenshot({ path: 'test-results/screenshots/library-search.png' });

  // Text without a dateline is undated (never the import time); the analyst sets the date, and the
  // "Undated only" filter lists what still needs one.
  await expect(page.getByTestId('reader-date')).toHaveText('Undated');
  await library.reader.getByRole('button', { name: 'Set date' }).click();
  await library.reader.getByRole('textbox', { name: 'Publication date' }).fill('2024-06-03');
  await library.reader.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('reader-date')).toHaveText('3 Jun 2024');
  await library.search.fill('');
  await library.search.press('Enter');
  await page.getByRole('checkbox', { name: 'Undated only' }).check();
  await expect(library.rows).toHaveCount(1);
  await expect(library.rows.first()).toContainText('Grain corridor extended for sixty days');
  await page.getByRole('checkbox', { name: 'Undated only' }).uncheck();
  await expect(library.rows).toHaveCount(2);
  await library.row('Ministers resume nuclear talks in Vienna').click();

  await page.screenshot({ path: testInfo.outputPath('library-view.png') });
  await page.screenshot({ path: 'test-results/screenshots/library-view.png' });
});

test('an empty file and a binary file named .txt fail with their own reasons while the rest imports', async ({
  library,
  page,
}, testInfo) => {
  const binary = Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
  await library.dropFiles([{ name: 'empty.txt', content: '' }, { name: 'photo.txt', content: binary }, vienna]);
  await library.waitForReport();
  await expect(library.outcome('vienna-talks.txt')).toHaveAttribute('data-status', 'imported');
  const empty = library.outcome('empty.txt');
  await expect(empty).toHaveAttribute('data-status', 'failed');
  await expect(empty).toContainText(/empty/i);
  const photo = library.outcome('photo.txt');
  await expect(photo).toHaveAttribute('data-status', 'failed');
  await expect(photo).toContainText(/binary|not text/i);
  await expect(page.getByTestId('import-summary')).toContainText('1 imported');
  await expect(page.getByTestId('import-summary')).toContainText('2 failed');
  await page.screenshot({ path: testInfo.outputPath('import-report.png') });
  await page.screenshot({ path: 'test-results/screenshots/import-failures.png' });
  await library.closeReport();
  await expect(library.rows).toHaveCount(1);
});
