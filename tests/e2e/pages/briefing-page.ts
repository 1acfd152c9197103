import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { LibraryPage } from './library-page';

/** The Briefings view as an analyst uses it: start a briefing, write judgments, mark it, cite and print. */
export class BriefingPage {
  readonly editor: Locator;
  readonly list: Locator;
  readonly status: Locator;
  readonly citations: Locator;
  readonly judgments: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('briefing-editor');
    this.list = page.getByTestId('briefing-list');
    this.status = page.getByTestId('save-status');
    this.citations = page.getByTestId('citation');
    this.judgments = page.getByTestId('judgment');
  }

  /** Give an article in the library its publication date (in the reader). */
  async dateArticle(library: LibraryPage, title: string, date: string): Promise<void> {
    await library.row(title).click();
    await expect(library.reader.getByRole('heading', { level: 1 })).toContainText(title);
    await library.reader.getByRole('button', { name: 'Set date' }).click();
    await library.reader.getByRole('textbox', { name: 'Publication date' }).fill(date);
    await library.reader.getByRole('button', { name: 'Save' }).click();
    await expect(library.reader.getByTestId('reader-date')).not.toHaveText('Undated');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Briefings' }).click();
  }

  /** Draft a new briefing on a country picked by name from the suggestions. */
  async create(countryTyped: string, countryName: string): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: 'New briefing…' }).click();
    const country = this.page.getByRole('combobox', { name: 'Country', exact: true });
    await country.fill(countryTyped);
    await this.page.getByRole('option', { name: new RegExp(`^${countryName}`) }).click();
    await expect(country).toHaveValue(countryName);
    await this.page.getByRole('button', { name: 'Draft briefing' }).click();
    await expect(this.editor).toBeVisible();
  }

  async addJudgment(text: string, likelihood: string, confidence: 'low' | 'moderate' | 'high'): Promise<Locator> {
    await this.editor.getByRole('button', { name: 'Add key judgment' }).click();
    const judgment = this.judgments.last();
    const n = await this.judgments.count();
    await judgment.getByRole('textbox', { name: `Judgment ${n}` }).fill(text);
    const select = judgment.getByRole('combobox', { name: `Likelihood of judgment ${n}` });
    const option = select.locator('option').filter({ hasText: new RegExp(`^${likelihood} \\(`) });
    await select.selectOption({ label: (await option.textContent())!.trim() });
    await judgment.getByRole('combobox', { name: `Confidence of judgment ${n}` }).selectOption(confidence);
    return judgment;
  }

  async setTlp(level: string): Promise<void> {
    const marking = this.page.getByTestId('marking');
    await marking.getByRole('radio', { name: 'Traffic Light Protocol' }).check();
    await marking.getByRole('combobox', { name: 'Banner' }).selectOption(level);
  }

  async waitSaved(): Promise<void> {
    await expect(this.status).toHaveText(/^Saved · version \d+$/, { timeout: 15_000 });
  }

  citation(text: string): Locator {
    return this.citations.filter({ hasText: text });
  }

  /** Print to PDF with the button or the print shortcut; the browser receives it as a download, saved to `path`. */
  async print(path: string, how: 'button' | 'shortcut' = 'button'): Promise<void> {
    const download = this.page.waitForEvent('download', { timeout: 45_000 });
    if (how === 'button') await this.editor.getByRole('button', { name: 'Print PDF' }).click();
    else await this.page.keyboard.press('ControlOrMeta+P');
    await (await download).saveAs(path);
  }

  /** Export with one of the Export buttons; the download's name and contents. */
  async exportAs(label: 'Word' | 'Markdown' | 'HTML'): Promise<{ name: string; bytes: Buffer; text: string }> {
    const download = this.page.waitForEvent('download', { timeout: 45_000 });
    await this.editor.getByRole('button', { name: `Export ${label}` }).click();
    const file = await download;
    const path = await file.path();
    const bytes = readFileSync(path);
    return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
  }

  /** Drag a piece of evidence (an element made draggable by the app) onto the open briefing. */
  async dragOntoOpenBriefing(source: Locator): Promise<void> {
    await source.scrollIntoViewIfNeeded();
    const box = (await source.boundingBox())!;
    await this.page.mouse.move(box.x + 12, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + 40, box.y + box.height / 2 + 10, { steps: 4 });
    const target = this.page.getByTestId('drop-briefing');
    await expect(target).toBeVisible();
    const t = (await target.boundingBox())!;
    await this.page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Serious and critical axe-core findings on the page as it is now, one line each (rule, elements). The print
   * preview is left out: it is the printed document in a script-less sandboxed frame, where axe cannot run.
   */
  async seriousAccessibilityProblems(): Promise<string[]> {
    const { violations } = await new AxeBuilder({ page: this.page })
      .exclude('iframe[sandbox]')
      .options({ iframes: false })
      .analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }
}
