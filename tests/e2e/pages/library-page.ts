import { expect, type Locator, type Page } from '@playwright/test';
import type { Host } from '../../../electron/host/server';

export interface DropFile {
  name: string;
  /** Text content, or raw bytes given as an array of numbers. */
  content: string | number[];
  type?: string;
}

/** The Library view as an analyst uses it: drop files, search, open and read. */
export class LibraryPage {
  readonly rows: Locator;
  readonly hits: Locator;
  readonly reader: Locator;
  readonly report: Locator;
  readonly search: Locator;

  constructor(
    readonly page: Page,
    readonly host: Host,
  ) {
    this.rows = page.getByTestId('article-row');
    this.hits = page.getByTestId('search-hit');
    this.reader = page.getByTestId('reader');
    this.report = page.getByTestId('import-report');
    this.search = page.getByRole('searchbox', { name: 'Search articles' });
  }

  async open(): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(this.page.getByRole('button', { name: 'Library' })).toBeVisible();
  }

  /** Drop files on the window the way a desktop drag does: dragenter, dragover, drop with a DataTransfer. */
  async dropFiles(files: DropFile[]): Promise<void> {
    await this.page.evaluate((list) => {
      const dt = new DataTransfer();
      for (const f of list) {
        const body = typeof f.content === 'string' ? f.content : new Uint8Array(f.content);
        dt.items.add(new File([body], f.name, { type: f.type ?? '' }));
      }
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
      }
    }, files);
  }

  /** Import through the "Import files..." button's file picker. */
  async pickFiles(files: DropFile[], input: 'files' | 'folder' = 'files'): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: input === 'files' ? 'Import files…' : 'Import folder…' }).click();
    await (
      await chooser
    ).setFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: f.type ?? 'application/octet-stream',
        buffer: Buffer.from(typeof f.content === 'string' ? f.content : new Uint8Array(f.content)),
      })),
    );
  }

  async waitForReport(): Promise<void> {
    await expect(this.report).toBeVisible();
  }

  outcome(name: string): Locator {
    return this.report.locator('li', { hasText: name });
  }

  /** The list as the keyboard sees it: one listbox, one tab stop. */
  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Articles' });
  }

  row(title: string): Locator {
    return this.rows.filter({ hasText: title });
  }

  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
    await this.search.press('Enter');
  }

  async closeReport(): Promise<void> {
    await this.page.getByRole('button', { name: 'Close import report' }).click();
  }
}
