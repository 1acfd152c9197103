import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { StancesPage } from './pages/stances-page';
import { TimelinePage } from './pages/timeline-page';

const shots = 'test-results/screenshots';
const dir = 'tests/fixtures/timeline';
const articles = readdirSync(dir).map((name) => ({ name, content: readFileSync(join(dir, name), 'utf8') }));

test.beforeEach(async ({ library }) => {
  await library.dropFiles(articles);
  await library.waitForReport();
  await expect(library.report.locator('li', { hasText: 'Imported' })).toHaveCount(6);
  await library.closeReport();
});

test('the timeline zooms, brushes a window for Stances, and opens an event’s article at its sentence', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const timeline = new TimelinePage(page);
  await timeline.open();

  // Lanes by country pair, with counts in view and the undated bin, readable as a table.
  await page.getByText('Counts in view as a table').click();
  const japan = timeline.lanesTable().getByRole('row', { name: /^Russia → Japan/ });
  await expect(japan).toHaveText(/Russia → Japan\s*0\s*0\s*2\s*1/);
  await expect(timeline.plot).toHaveAccessibleName(/Timeline, \d+ lanes, .*events in view/);
  await page.screenshot({ path: `${shots}/timeline-1440.png` });

  // Zoom with the keyboard and the wheel: the window narrows, and widens again.
  const full = await timeline.windowDays();
  await timeline.plot.focus();
  await page.keyboard.press('+');
  await expect.poll(() => timeline.windowDays()).toBeLessThan(full * 0.7);
  await timeline.wheel(600);
  await expect.poll(() => timeline.windowDays()).toBeGreaterThan(full * 0.9);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => timeline.windowDays()).toBeCloseTo(full, 0);

  // Brush the first half of the axis: the window filters the Stances view.
  await timeline.brushAxis(0.02, 0.45);
  await expect(timeline.brush).toContainText('filters the Stances view');
  const stances = new StancesPage(page);
  await stances.open();
  await stances.choose('rus', 'Russia');
  await expect(page.getByRole('textbox', { name: 'From' })).toHaveValue(/^2024-\d{2}-\d{2}$/);
  await expect(page.getByText(/^Russia, \d+ \w+ 2024 to /)).toBeVisible();
  // Japan's protest (September 2024) is inside the window, China's pledge (November 2025) is not.
  await expect(stances.row('Others toward Russia', 'JPN')).toBeVisible();
  await expect(stances.row('Others toward Russia', 'CHN')).toHaveCount(0);

  // Back on the timeline: pick the first Russia → Japan event with the keyboard and read its evidence.
  await timeline.open();
  await page.getByRole('button', { name: 'Clear window' }).click();
  await timeline.plot.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(timeline.detail).toContainText('Russia → Japan');
  await expect(timeline.detail).toContainText('REJECT');
  await expect(timeline.detail).toContainText('Putin said Russia would not hold talks with Japan');
  await expect(timeline.detail).toContainText('Reuters');
  await expect(timeline.detail).toContainText('grade F');
  await page.screenshot({ path: `${shots}/timeline-event-1440.png` });

  // Enter again opens the article, scrolled to the sentence and highlighted; mentions name their actor.
  await page.keyboard.press('Enter');
  const reader = page.getByTestId('reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Kremlin thanks Seoul, rebuffs Tokyo');
  const evidence = reader.locator('mark[data-evidence]');
  await expect(evidence).toHaveText(
    'Putin said Russia would not hold talks with Japan unless Tokyo changed its position on sanctions.',
  );
  await expect(evidence).toBeInViewport();
  await expect(reader.locator('span.mention', { hasText: 'Japan' }).first()).toHaveAttribute('title', /JPN \(country\)/);
  await expect(reader.locator('span.event.conflictual[title*="RUS → USA: ACCUSE, conflictual"]').first()).toBeVisible();
  await page.screenshot({ path: `${shots}/reader-evidence-1440.png` });

  // Another article from the list shows no stale highlight.
  await page.getByTestId('article-row').filter({ hasText: 'Tokyo protests Russian drills' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Tokyo protests Russian drills near Hokkaido');
  await expect(reader.locator('mark[data-evidence]')).toHaveCount(0);
});

test('the timeline at 1024x700 in the dark theme, filtered by polarity', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1024, height: 700 });
  const timeline = new TimelinePage(page);
  await timeline.open();
  await expect(timeline.status).toContainText('showing single events');
  await page.screenshot({ path: `${shots}/timeline-1024-dark.png` });
  // Only the polarity chosen in the legend is drawn and counted.
  await page.getByRole('checkbox', { name: 'Conflictual' }).uncheck();
  await page.getByText('Counts in view as a table').click();
  await expect(timeline.lanesTable().getByRole('row', { name: /^Russia → Japan/ })).toHaveCount(0);
  await expect(timeline.lanesTable().getByRole('row', { name: /^China → Russia/ })).toHaveText(/China → Russia\s*2\s*0\s*0/);
});

test('the world map colours countries by stance and opens a pair’s events', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const stances = new StancesPage(page);
  await stances.open();
  await stances.choose('rus', 'Russia');
  const map = page.getByTestId('world-map');
  await map.scrollIntoViewIfNeeded();
  await expect(map.locator('path[data-code="RUS"]')).toHaveClass(/self/);
  await expect(map.locator('path[data-code="JPN"]')).toHaveClass(/strong-conflict/);
  await expect(map.locator('path[data-code="CHN"]')).toHaveClass(/strong-cooperation/);
  await expect(map.locator('path[data-code="BRA"]')).toHaveClass(/none/);
  await expect(map.locator('path[data-code="JPN"] title')).toHaveText(/Russia toward Japan: 3 events/);
  await page.screenshot({ path: `${shots}/map-1440.png` });

  // The other direction: how each country treats Russia.
  await map.getByText('Others → Russia').click();
  await expect(map.getByRole('heading', { name: 'Each country toward Russia' })).toBeVisible();
  await expect(map.locator('path[data-code="USA"]')).toHaveClass(/none/);
  await expect(map.locator('path[data-code="CHN"]')).toHaveClass(/strong-cooperation/);

  // A click on a country opens the pair's events (keyboard: Enter on the focused country).
  await map.locator('path[data-code="CHN"]').dispatchEvent('click');
  await expect(stances.eventList).toContainText('China → Russia');
  await expect(stances.eventList).toContainText('China thanked Russia for its support on Taiwan.');
  await map.getByText('Russia → others').click();
  await map.locator('path[data-code="JPN"]').focus();
  await page.keyboard.press('Enter');
  await expect(stances.eventList).toContainText('Russia → Japan');
  await expect(stances.eventList).toContainText('Russia rejected the Japanese proposal');

  await page.setViewportSize({ width: 1024, height: 700 });
  await map.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/map-1024.png` });
});
