import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport, ProgressEvent } from '../../../electron/api/models';
import { readSettings } from '../../../electron/core/library/location';
import { fake, FakeBrowserWindow, resetFake } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const { buildMenu } = await import('../../../electron/main/menu');

interface Item {
  label?: string;
  role?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: Item[];
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const report: ImportReport = {
  jobId: 'job-7',
  cancelled: false,
  outcomes: [
    { name: 'a.html', status: 'imported', articleIds: [1], message: null, errorCode: null },
    {
      name: 'b.pdf',
      status: 'failed',
      articleIds: [],
      message: 'b.pdf: encrypted PDF, cannot read text',
      errorCode: 'encrypted',
    },
  ],
  counts: { imported: 1, duplicate: 0, grouped: 0, failed: 1 },
};

let userData: string;
let window: FakeBrowserWindow;
let progress: ProgressEvent[];
const dispatch = vi.fn(async () => ({ ok: true as const, value: report }));

function menu(): Item[] {
  return buildMenu({
    getWindow: () => window as never,
    dispatch,
    sendProgress: (event) => progress.push(event),
    libraryDir: join(userData, 'library'),
    userData,
  }) as unknown as Item[];
}

function find(items: Item[], label: string): Item {
  for (const item of items) {
    if (item.label === label || item.role === label) return item;
    const inner = item.submenu && find(item.submenu, label);
    if (inner) return inner;
  }
  return undefined as never;
}

beforeEach(() => {
  resetFake();
  userData = mkdtempSync(join(tmpdir(), 'briefing-menu-'));
  window = new FakeBrowserWindow({});
  progress = [];
  dispatch.mockClear();
});

afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('application menu', () => {
  it('imports what the user picks, tells the window to refresh and lists failures', async () => {
    fake.openDialogResult = { canceled: false, filePaths: ['/home/ana/a.html', '/home/ana/b.pdf'] };
    const label = process.platform === 'darwin' ? 'Import…' : 'Import Files…';
    find(menu(), label).click!();
    await settle();
    expect(dispatch).toHaveBeenCalledWith('importPaths', { paths: ['/home/ana/a.html', '/home/ana/b.pdf'] });
    expect(progress).toEqual([{ kind: 'import', jobId: 'job-7', done: 2, total: 2, current: null, failed: 1 }]);
    expect(fake.messages[0]?.detail).toContain('encrypted PDF');
  });

  it('does nothing when the import dialog is cancelled', async () => {
    find(menu(), process.platform === 'darwin' ? 'Import…' : 'Import Files…').click!();
    await settle();
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('asks the window to print its open briefing and opens the library folder', async () => {
    const items = menu();
    find(items, 'Print…').click!();
    find(items, 'Open Library Folder').click!();
    await settle();
    expect(window.webContents.sent).toContainEqual(['briefing:command', 'print-briefing']);
    expect(window.webContents.printed).toBe(0);
    expect(fake.opened).toEqual([join(userData, 'library')]);
  });

  it('stores a newly chosen library folder and relaunches', async () => {
    fake.openDialogResult = { canceled: false, filePaths: ['/data/team-library'] };
    expect(find(menu(), 'Use Default Library Folder').enabled).toBe(false);
    find(menu(), 'Choose Library Folder…').click!();
    await settle();
    expect(readSettings(userData)).toEqual({ libraryDir: '/data/team-library' });
    expect(fake.calls).toEqual(['relaunch', 'quit']);
    expect(find(menu(), 'Use Default Library Folder').enabled).toBe(true);
  });

  it('offers DevTools only in development', () => {
    fake.app.isPackaged = true;
    expect(find(menu(), 'toggleDevTools')).toBeUndefined();
    fake.app.isPackaged = false;
    expect(find(menu(), 'toggleDevTools')).toBeDefined();
  });
});
