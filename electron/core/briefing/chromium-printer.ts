import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PrinterUnavailableError, type Printer } from './printer';

/**
 * The Printer of the web host, the CLI and the tests: a system Chrome, Chromium or Edge driven by playwright-core,
 * with JavaScript off. One browser serves every print in the process; `close()` ends it.
 */

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
];

const LOAD_TIMEOUT_MS = 60_000;

/** Where a Chromium-based browser usually lives on this platform; `CHROMIUM_PATH` wins. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string[] {
  const fromEnv = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  if (platform === 'darwin')
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [
        join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(r, 'Chromium', 'Application', 'chrome.exe'),
      ]),
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = browserCandidates(env);
  if (env.CHROMIUM_PATH && !existsSync(env.CHROMIUM_PATH))
    throw new PrinterUnavailableError(`CHROMIUM_PATH points to ${env.CHROMIUM_PATH}, which does not exist.`);
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new PrinterUnavailableError(
      'Printing to PDF needs Google Chrome, Chromium or Microsoft Edge; none was found. Install one, or set CHROMIUM_PATH to its program file.',
    );
  return found;
}

export function createChromiumPrinter(options: { executablePath?: string } = {}): Printer {
  let browser: Promise<{ browser: Browser; context: BrowserContext; page: Page }> | null = null;
  // Prints take turns on the one page.
  let queue: Promise<unknown> = Promise.resolve();

  // One browser, one script-less offline context and one page for every print: a new page costs more than the
  // print of a short briefing.
  const start = async () => {
    // Loaded on first print: most sessions never print.
    const { chromium } = await import('playwright-core');
    const launched = await chromium.launch({
      executablePath: options.executablePath ?? findBrowser(),
      headless: true,
      args: FLAGS,
    });
    const context = await launched.newContext({ javaScriptEnabled: false, offline: true });
    // Nothing may be fetched: the document carries everything it needs.
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return { browser: launched, context, page: await context.newPage() };
  };
  const launch = () => {
    browser ??= start().catch((error: unknown) => {
      browser = null;
      throw new PrinterUnavailableError(`Could not start the browser for printing: ${(error as Error).message}`);
    });
    return browser;
  };

  return {
    print(html, { paper }) {
      const job = queue.then(async () => {
        const running = await launch();
        try {
          await running.page.setContent(html, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
          return await running.page.pdf({
            preferCSSPageSize: true,
            printBackground: true,
            format: paper === 'letter' ? 'Letter' : 'A4',
          });
        } catch (error) {
          // A page that failed (a crash, a timeout) is not reused: the next print starts a fresh browser.
          browser = null;
          await running.browser.close().catch(() => undefined);
          throw error;
        }
      });
      queue = job.catch(() => undefined);
      return job;
    },
    async close() {
      const running = browser;
      browser = null;
      if (running) await (await running.catch(() => null))?.browser.close();
    },
  };
}
