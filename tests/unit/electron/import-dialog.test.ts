import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHOOSE_PATHS_CHANNEL } from '../../../electron/api/channels';
import { fake, resetFake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { importDialogProperties, registerImportDialog } = await import('../../../electron/main/import-dialog');

type Handler = (event: unknown, kind: unknown) => Promise<string[]>;

function invokeEvent(url: string, subframe = false) {
  const mainFrame = { url, parent: null };
  return { senderFrame: subframe ? { url, parent: mainFrame } : mainFrame, sender: { mainFrame } };
}

beforeEach(() => resetFake());

describe('import dialog for the window', () => {
  it("returns the paths the user picks to the app's own window", async () => {
    registerImportDialog(() => null);
    fake.openDialogResult = { canceled: false, filePaths: ['/home/ana/feeds', '/home/ana/a.pdf'] };
    const choose = fake.ipcHandlers.get(CHOOSE_PATHS_CHANNEL) as Handler;
    expect(await choose(invokeEvent('app://briefing/index.html'), 'files')).toEqual(['/home/ana/feeds', '/home/ana/a.pdf']);
    fake.openDialogResult = { canceled: true, filePaths: [] };
    expect(await choose(invokeEvent('app://briefing/index.html'), 'folder')).toEqual([]);
  });

  it('opens no dialog for other pages or subframes', async () => {
    registerImportDialog(() => null);
    fake.openDialogResult = { canceled: false, filePaths: ['/etc/passwd'] };
    const choose = fake.ipcHandlers.get(CHOOSE_PATHS_CHANNEL) as Handler;
    expect(await choose(invokeEvent('https://example.org/'), 'files')).toEqual([]);
    expect(await choose(invokeEvent('app://briefing/index.html', true), 'files')).toEqual([]);
  });

  it('picks files and folders together on macOS, one or the other elsewhere', () => {
    expect(importDialogProperties('files', 'darwin')).toEqual(['openFile', 'openDirectory', 'multiSelections']);
    expect(importDialogProperties('files', 'win32')).toEqual(['openFile', 'multiSelections']);
    expect(importDialogProperties('folder', 'linux')).toEqual(['openDirectory', 'multiSelections']);
  });
});
