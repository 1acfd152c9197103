import { expect, type Locator, type Page } from '@playwright/test';

/** The Stances view as an analyst uses it: pick a country, read its tables and card, follow a figure to its events. */
export class StancesPage {
  readonly picker: Locator;
  readonly card: Locator;
  readonly eventList: Locator;

  constructor(readonly page: Page) {
    this.picker = page.getByRole('combobox', { name: 'Country' });
    this.card = page.getByTestId('country-card');
    this.eventList = page.getByTestId('event-list');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Stances', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Stances', level: 1 })).toBeVisible();
  }

  /** Type part of a name and pick the suggestion, as with the keyboard or mouse. */
  async choose(typed: string, name: string): Promise<void> {
    await this.picker.fill(typed);
    await this.page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
    await expect(this.page.getByRole('heading', { name: `${name} toward others` })).toBeVisible();
  }

  /** A table: "<Name> toward others" or "Others toward <Name>". */
  table(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  row(title: string, counterpart: string): Locator {
    return this.table(title).locator(`[data-testid="stance-row"][data-counterpart="${counterpart}"]`);
  }

  /** Click a figure: its accessible name reads like "5 cooperative South Korea → Japan". */
  async openFigure(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).first().click();
    await expect(this.eventList).toBeVisible();
  }

  async download(button: string): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
}
