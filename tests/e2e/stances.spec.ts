import { expect, test } from './fixtures';
import { StancesPage } from './pages/stances-page';

const shots = 'test-results/screenshots';

test('a country’s stances from the sample library: tables, card, figures to events, evidence, correction', async ({
  library,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Load sample articles' }).click();
  await expect(library.rows).toHaveCount(12);

  const stances = new StancesPage(page);
  await stances.open();
  await stances.choose('jap', 'Japan');

  const korea = stances.row('Others toward Japan', 'KOR');
  await expect(korea).toContainText('South Korea');
  await expect(korea).toContainText('cooperative');
  await expect(korea.getByRole('button', { name: '5 cooperative South Korea → Japan' })).toBeVisible();
  await expect(korea.locator('svg[role="img"]')).toBeVisible();
  const north = stances.row('Others toward Japan', 'PRK');
  await expect(north).toContainText('too few events to judge');
  await expect(north.locator('svg')).toHaveCount(0);

  await expect(stances.card).toContainText('Japan');
  await expect(stances.card).toContainText('First mention');
  await expect(stances.card.getByRole('button', { name: 'South Korea' }).first()).toBeVisible();
  await page.screenshot({ path: `${shots}/stances-1440.png` });

  const csv = await stances.download('Tables CSV');
  expect(csv.split('\r\n')[0]).toMatch(/^direction,source,target,events,cooperative,conflictual,neutral/);
  expect(csv).toContain('others toward JPN,KOR,JPN,5,5,0,0');

  await stances.openFigure('1 conflictual North Korea → Japan');
  const threat = stances.eventList.getByTestId('event');
  await expect(threat).toHaveCount(1);
  await expect(threat).toContainText('North Korea threatened South Korea and Japan');
  await expect(threat).toContainText('Northline News (F)');
  const events = await stances.download('Events JSON');
  expect(JSON.parse(events).events).toEqual([expect.objectContaining({ category: 'THREATEN', source: 'PRK', target: 'JPN' })]);
  await page.screenshot({ path: `${shots}/stances-events-1440.png` });

  await page.setViewportSize({ width: 1024, height: 700 });
  await page.screenshot({ path: `${shots}/stances-events-1024.png` });

  // The evidence opens the article in the reader; the analyst rejects the event there.
  await threat.getByRole('button', { name: /North Korea threatened/ }).click();
  await expect(library.reader).toContainText('Seoul and Tokyo review the minerals pact');
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  const event = page.getByTestId('events').locator('li', { hasText: 'PRK → JPN' });
  await event.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByTestId('events').locator('li', { hasText: 'PRK → JPN' })).toHaveCount(0);

  await stances.open();
  await expect(stances.row('Others toward Japan', 'KOR')).toBeVisible();
  await expect(stances.row('Others toward Japan', 'PRK')).toHaveCount(0);
  await page.screenshot({ path: `${shots}/stances-1024.png` });
});

test('the matrix and the card lead on to other countries', async ({ library, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('button', { name: 'Load sample articles' }).click();
  await expect(library.rows).toHaveCount(12);
  const stances = new StancesPage(page);
  await stances.open();
  await page.getByRole('button', { name: /^Iran/ }).click();
  await expect(page.getByRole('heading', { name: 'Iran toward others' })).toBeVisible();
  await stances.openFigure(/^Russia → Iran: 1 cooperative, 0 conflictual/);
  await expect(stances.eventList.getByTestId('event')).toHaveCount(1);
  await expect(stances.eventList).toContainText('Russia backed Iran in the dispute.');
  await stances.eventList.getByRole('button', { name: 'Close the event list' }).click();
  await stances.card.getByRole('button', { name: 'Russia' }).click();
  await expect(page.getByRole('heading', { name: 'Russia toward others' })).toBeVisible();
  await page.screenshot({ path: `${shots}/stances-matrix-1440.png`, fullPage: true });
});
