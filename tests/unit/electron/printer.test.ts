import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, resetFake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { createElectronPrinter, saveExportWithDialog } = await import('../../../electron/main/printer');

beforeEach(() => resetFake());

describe('Electron printer', () => {
  it('prints the HTML in a hidden sandboxed window without JavaScript and closes it', async () => {
    const html = '<!doctype html><h1>Korean Peninsula: weekly briefing</h1>';
    const pdf = await createElectronPrinter().print(html, { paper: 'letter' });

    expect(Buffer.from(pdf).toString()).toBe(`%PDF ${html}`);
    const [window] = fake.windows;
    expect(window!.options.show).toBe(false);
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window!.webContents.pdfOptions).toMatchObject({ printBackground: true, preferCSSPageSize: true, pageSize: 'Letter' });
    expect(window!.destroyed).toBe(true);
  });

  it('serves the document from memory on a private session, with a script-free policy, only while printing', async () => {
    await createElectronPrinter().print('<p>x</p>', { paper: 'a4' });
    const printSession = fake.partitions.get('briefing-print')!;
    expect(printSession.blockedUrls).toContain('https://*/*');
    const url = fake.windows[0]!.url!;
    expect(url).toMatch(/^app:\/\/print\//);
    const afterwards = await printSession.fetch(url);
    expect(afterwards.status).toBe(404);
  });

  it('sends the page with a policy that forbids scripts and remote loads', async () => {
    const printer = createElectronPrinter();
    const printing = printer.print('<p>y</p>', { paper: 'a4' });
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
    await expect(createElectronPrinter().print('<p>z</p>', { paper: 'a4' })).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
    expect(fake.windows[0]!.destroyed).toBe(true);
  });

  it('saves an export where the analyst chooses, and nothing when the dialog is cancelled', async () => {
    const save = saveExportWithDialog(() => null);
    const file = { filename: 'Russia-and-Korea.pdf', mime: 'application/pdf', bytes: Buffer.from('%PDF-1.7') };
    expect(await save(file)).toBeNull();
    expect(fake.saveDialogOptions[0]).toMatchObject({
      defaultPath: expect.stringMatching(/Russia-and-Korea\.pdf$/),
      filters: [{ extensions: ['pdf'] }],
    });
    const target = join(mkdtempSync(join(tmpdir(), 'briefing-save-')), 'chosen.pdf');
    fake.saveDialogResult = { canceled: false, filePath: target };
    expect(await save(file)).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    rmSync(dirname(target), { recursive: true, force: true });
  });
});
