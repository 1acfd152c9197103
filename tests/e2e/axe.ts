import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Run axe-core on the page as it is now and fail on any serious or critical violation, listing each rule
 * with the elements it found. Every spec can call it after reaching a state worth checking.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility violations in ${state}`).toEqual([]);
}

/** The same check in both system themes: light, then dark (prefers-color-scheme), back to light. */
export async function expectAccessibleInBothThemes(page: Page, state: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectAccessible(page, `${state} (light)`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${state} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Screenshots at the two window sizes the app is checked at (and, if asked, in the dark theme), into test-results/screenshots/. */
export async function screenshotSizes(page: Page, name: string, { dark = false } = {}): Promise<void> {
  const before = page.viewportSize();
  for (const [width, height] of [
    [1440, 900],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}x${height}.png` });
    if (!dark) continue;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `test-results/screenshots/${name}-dark-${width}x${height}.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  }
  if (before) await page.setViewportSize(before);
}
