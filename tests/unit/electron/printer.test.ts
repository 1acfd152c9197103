import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createElectronPrinter } = await import('../../../electron/main/printer');

beforeEach(() => resetFake());

describe('Electron printer', () => {
  it('prints the HTML in a hidden sandboxed window without JavaScript and closes it', async () => {
    const html = '<!doctype html><h1>Korean Peninsula: weekly briefing</h1>';
    const pdf = await createElectronPrinter().printHtmlToPdf(html);

    expect(Buffer.from(pdf).toString()).toBe(`%PDF ${html}`);
    const [window] = fake.windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window!.webContents.pdfOptions).toMatchObject({ printBackground: true, preferCSSPageSize: true });
    expect(window!.destroyed).toBe(true);
  });

  it('serves the document from memory on a private session, with a script-free policy, only while printing', async () => {
    await createElectronPrinter().printHtmlToPdf('<p>x</p>');
    const printSession = fake.partitions.get('briefing-print')!;
    expect(printSession.blockedUrls).toContain('https://*/*');
    const url = fake.windows[0]!.url!;
    expect(url).toMatch(/^app:\/\/print\//);
    const afterwards = await printSession.fetch(url);
    expect(afterwards.status).toBe(404);
  });

  it('sends the page with a policy that forbids scripts and remote loads', async () => {
    const printer = createElectronPrinter();
    const printing = printer.printHtmlToPdf('<p>y</p>');
    await Promise.resolve();
    const session = fake.partitions.get('briefing-print')!;
    const response = await session.fetch(fake.windows[0]!.url!);
    const policy = response.headers.get('content-security-policy');
    await printing;
    expect(policy).toMatch(/^default-src 'none'/);
    expect(policy).not.toMatch(/script-src|https?:/);
  });

  it('closes the window when the page fails to load', async () => {
    fake.failLoads = true;
    await expect(createElectronPrinter().printHtmlToPdf('<p>z</p>')).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
    expect(fake.windows[0]!.destroyed).toBe(true);
  });
});
