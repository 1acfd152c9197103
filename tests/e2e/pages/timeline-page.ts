import { expect, type Locator, type Page } from '@playwright/test';

/** The Timeline view as an analyst uses it: zoom, pan, brush a window, pick an event and open its evidence. */
export class TimelinePage {
  readonly plot: Locator;
  readonly canvas: Locator;
  readonly status: Locator;
  readonly detail: Locator;
  readonly brush: Locator;

  constructor(readonly page: Page) {
    this.plot = page.getByRole('application', { name: /^Timeline/ });
    this.canvas = page.getByTestId('timeline-canvas');
    this.status = page.getByTestId('timeline-status');
    this.detail = page.getByTestId('event-detail');
    this.brush = page.getByTestId('timeline-brush');
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Timeline', level: 1 })).toBeVisible();
    await expect(this.status).not.toContainText('loading');
  }

  /** The visible window in days, read from the status line ("15 May 2024 – 24 Nov 2025 · ..."). */
  async windowDays(): Promise<number> {
    const text = (await this.status.textContent()) ?? '';
    const [from, to] = text
      .split('·')[0]!
      .split('–')
      .map((s) => Date.parse(`${s.trim()} UTC`));
    return (to! - from!) / 86_400_000;
  }

  /** Drag along the date axis from one fraction of the plot's width to another: a brushed window. */
  async brushAxis(from: number, to: number): Promise<void> {
    const box = (await this.canvas.boundingBox())!;
    const left = box.x + 190;
    const width = box.width - 190 - 76;
    const y = box.y + 15;
    await this.page.mouse.move(left + width * from, y);
    await this.page.mouse.down();
    await this.page.mouse.move(left + width * ((from + to) / 2), y, { steps: 4 });
    await this.page.mouse.move(left + width * to, y, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Wheel over the middle of the plot (negative: zoom in). */
  async wheel(deltaY: number): Promise<void> {
    const box = (await this.canvas.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + 60);
    await this.page.mouse.wheel(0, deltaY);
  }

  lanesTable(): Locator {
    return this.page.getByTestId('timeline-table');
  }
}
