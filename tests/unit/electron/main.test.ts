import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHOOSE_PATHS_CHANNEL } from '../../../electron/api/channels';
import { INVOKE_CHANNEL_PREFIX, verbs } from '../../../electron/api/verbs';
import { fake, resetFake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

let work: string;

async function startMain(until: () => boolean): Promise<void> {
  vi.resetModules();
  await import('../../../electron/main/main');
  for (let i = 0; i < 200 && !until(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
}

function trustedEvent() {
  const mainFrame = { url: 'app://briefing/index.html', parent: null };
  return { senderFrame: mainFrame, sender: { mainFrame } };
}

beforeEach(() => {
  resetFake();
  work = mkdtempSync(join(tmpdir(), 'briefing-main-'));
  mkdirSync(join(work, 'app', 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(work, 'app', 'dist', 'renderer', 'index.html'), '<!doctype html><title>Briefing</title>');
  fake.app.appPath = join(work, 'app');
  fake.app.userData = join(work, 'userData');
  fake.app.isPackaged = true;
});

afterEach(() => {
  fake.appListeners.get('will-quit')?.();
  rmSync(work, { recursive: true, force: true });
});

describe('main process start-up', () => {
  it('registers the app scheme before ready, then opens the library, IPC, menu and one secure window', async () => {
    await startMain(() => Boolean(fake.windows[0]?.webContents.loadedHtml));

    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', registeredBeforeReady: true }]);
    expect(fake.calls).toContain('enableSandbox');
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.session.defaultSession.permissionRequest).not.toBeNull();
    expect(fake.session.defaultSession.blockedUrls).toContain('https://*/*');

    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [...verbs.map((v) => INVOKE_CHANNEL_PREFIX + v), CHOOSE_PATHS_CHANNEL].sort(),
    );
    const info = (await fake.ipcHandlers.get(`${INVOKE_CHANNEL_PREFIX}libraryInfo`)!(trustedEvent(), {})) as {
      ok: boolean;
      value: { path: string };
    };
    expect(info.ok).toBe(true);
    expect(info.value.path).toBe(join(work, 'userData', 'library'));

    const [window] = fake.windows;
    expect(window!.url).toBe('app://briefing/index.html');
    expect(window!.webContents.loadedHtml).toContain('<title>Briefing</title>');
    expect(window!.options.webPreferences).toMatchObject({
      preload: join(work, 'app', 'dist', 'preload', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: false,
    });
    expect(window!.shown).toBe(false);
    window!.listeners.get('ready-to-show')!();
    expect(window!.shown).toBe(true);
  });

  it('keeps host-only verbs closed over IPC', async () => {
    await startMain(() => Boolean(fake.windows[0]?.webContents.loadedHtml));
    const result = await fake.ipcHandlers.get(`${INVOKE_CHANNEL_PREFIX}importUploads`)!(trustedEvent(), {
      uploads: [{ id: 'x', name: 'a.html' }],
    });
    expect(result).toMatchObject({ ok: false });
  });

  it('in development, explains how to get the Electron SQLite build instead of crashing', async () => {
    fake.app.isPackaged = false;
    await startMain(() => fake.calls.includes('exit 1'));
    expect(fake.windows).toEqual([]);
    expect(fake.messages[0]?.message).toMatch(/cannot open its library/);
    expect(fake.messages[0]?.detail).toMatch(/npm start/);
    expect(fake.calls).toContain('exit 1');
  });

  it('offers the default library when a chosen library folder cannot be opened', async () => {
    mkdirSync(fake.app.userData, { recursive: true });
    const notAFolder = join(work, 'not-a-folder');
    writeFileSync(notAFolder, 'plain file');
    writeFileSync(join(fake.app.userData, 'settings.json'), JSON.stringify({ libraryDir: notAFolder }));
    fake.messageBoxChoice = 1;

    await startMain(() => fake.calls.includes('exit 1'));

    expect(fake.messages[0]?.buttons).toEqual(['Quit', 'Use Default Library Folder']);
    expect(JSON.parse(readFileSync(join(fake.app.userData, 'settings.json'), 'utf8'))).toEqual({});
    expect(fake.calls).toEqual(expect.arrayContaining(['relaunch', 'exit 1']));
    expect(existsSync(join(fake.app.userData, 'library'))).toBe(false);
  });
});
