import { expect, test } from './fixtures';

const article = {
  name: 'kremlin.txt',
  content: `Kremlin thanks Seoul, rebuffs Tokyo

MOSCOW, June 6 (Reuters) - Russian President Vladimir Putin on Wednesday thanked South Korea for refusing to send weapons to Ukraine.

Putin said Russia would not hold talks with Japan unless Tokyo changed its position on sanctions.

He also accused the United States of wrecking the negotiations with North Korea.
`,
};

test('stances show who is cooperative or hostile toward whom, and a correction survives re-analysis', async ({
  library,
  page,
}, testInfo) => {
  await library.dropFiles([article]);
  await library.waitForReport();
  await library.closeReport();

  await page.getByRole('button', { name: 'Stances' }).click();
  const toKorea = page.getByTestId('stance').filter({ hasText: 'Russia → South Korea' });
  await expect(toKorea).toBeVisible();
  await expect(toKorea).toContainText('1 cooperative');
  await expect(toKorea).toContainText('thanked South Korea for refusing to send weapons');
  const toJapan = page.getByTestId('stance').filter({ hasText: 'Russia → Japan' });
  await expect(toJapan).toContainText('1 conflictual');
  await expect(toJapan).toContainText('conditional');
  await page.screenshot({ path: testInfo.outputPath('stances.png') });
  await page.screenshot({ path: 'test-results/screenshots/stances.png' });

  // Open the evidence's article and correct the machine: the Japan event is rejected.
  await toJapan.getByRole('button', { name: 'Kremlin thanks Seoul, rebuffs Tokyo' }).first().click();
  await page.getByRole('tab', { name: 'Who did what to whom' }).click();
  const japanEvent = page.getByTestId('events').locator('li', { hasText: 'RUS → JPN' });
  await expect(japanEvent).toBeVisible();
  await japanEvent.getByRole('button', { name: 'Reject' }).click();
  await expect(page.getByTestId('events').locator('li', { hasText: 'RUS → JPN' })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screenshots/analysis-tab.png' });

  await page.getByRole('button', { name: 'Stances' }).click();
  await page.getByRole('button', { name: 'Re-analyse library' }).click();
  await expect(page.getByRole('button', { name: 'Re-analyse library' })).toBeVisible();
  await expect(page.getByTestId('stance').filter({ hasText: 'Russia → South Korea' })).toBeVisible();
  await expect(page.getByTestId('stance').filter({ hasText: 'Russia → Japan' })).toHaveCount(0);
});
