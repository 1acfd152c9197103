import { test as base } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startHost, type Host } from '../../electron/host/server';
import { LibraryPage } from './pages/library-page';

/** Every test gets its own web host over a fresh, empty library folder. */
export const test = base.extend<{ host: Host; library: LibraryPage }>({
  host: async ({}, use, testInfo) => {
    const libraryDir = mkdtempSync(join(tmpdir(), 'briefing-e2e-'));
    const host = await startHost({ libraryDir, rendererDir: resolve('dist/renderer') });
    await use(host);
    await host.close();
    if (testInfo.status === testInfo.expectedStatus) rmSync(libraryDir, { recursive: true, force: true });
  },
  library: async ({ page, host }, use) => {
    const library = new LibraryPage(page, host);
    await library.open();
    await use(library);
  },
});

export { expect } from '@playwright/test';
