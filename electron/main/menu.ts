import { app, dialog, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions, type OpenDialogOptions } from 'electron';
import { COMMAND_CHANNEL, type MenuCommand } from '../api/channels';
import type { Dispatch } from '../api/dispatch';
import type { ImportReport, ProgressEvent } from '../api/models';
import { chooseLibraryDir, readSettings } from '../core/library/location';
import { askForPaths, importDialogProperties } from './import-dialog';

export interface MenuContext {
  getWindow: () => BrowserWindow | null;
  dispatch: Dispatch;
  /** Tells the renderer something changed (the final progress event of a menu import). */
  sendProgress: (event: ProgressEvent) => void;
  libraryDir: string;
  userData: string;
}

function summarise(report: ImportReport): string {
  const { imported, duplicate, grouped, failed } = report.counts;
  return `Imported ${imported}, grouped ${grouped}, duplicates ${duplicate}, failed ${failed}.`;
}

async function importFromDialog(context: MenuContext, title: string, properties: OpenDialogOptions['properties']): Promise<void> {
  const window = context.getWindow();
  const paths = await askForPaths(window, title, properties);
  if (paths.length === 0) return;
  const result = await context.dispatch('importPaths', { paths });
  if (!result.ok) {
    dialog.showErrorBox('Import failed', result.error.message);
    return;
  }
  const report = result.value as ImportReport;
  const total = report.outcomes.length;
  context.sendProgress({ kind: 'import', jobId: report.jobId, done: total, total, current: null, failed: report.counts.failed });
  if (report.counts.failed > 0) {
    const reasons = report.outcomes.filter((o) => o.status === 'failed').map((o) => o.message ?? o.name);
    const shown = reasons.slice(0, 12).join('\n') + (reasons.length > 12 ? `\n...and ${reasons.length - 12} more` : '');
    const options = { type: 'warning' as const, message: summarise(report), detail: shown, buttons: ['OK'] };
    if (window) await dialog.showMessageBox(window, options);
    else await dialog.showMessageBox(options);
  }
}

async function chooseLibraryFolder(context: MenuContext): Promise<void> {
  const window = context.getWindow();
  const options: OpenDialogOptions = {
    title: 'Choose Library Folder',
    buttonLabel: 'Use This Folder',
    defaultPath: context.libraryDir,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [dir] = result.filePaths;
  if (result.canceled || !dir || dir === context.libraryDir) return;
  chooseLibraryDir(context.userData, dir);
  app.relaunch();
  app.quit();
}

function useDefaultLibraryFolder(context: MenuContext): void {
  chooseLibraryDir(context.userData, null);
  app.relaunch();
  app.quit();
}

function report(action: Promise<void>): void {
  action.catch((error: unknown) => dialog.showErrorBox('Briefing', error instanceof Error ? error.message : String(error)));
}

export function buildMenu(context: MenuContext): Menu {
  const isMac = process.platform === 'darwin';
  // Windows and Linux dialogs pick either files or folders, never both.
  const importItems: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Import…',
          accelerator: 'CmdOrCtrl+O',
          click: () => report(importFromDialog(context, 'Import', importDialogProperties('files', 'darwin'))),
        },
      ]
    : [
        {
          label: 'Import Files…',
          accelerator: 'CmdOrCtrl+O',
          click: () => report(importFromDialog(context, 'Import Files', importDialogProperties('files', 'linux'))),
        },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => report(importFromDialog(context, 'Import Folder', importDialogProperties('folder', 'linux'))),
        },
      ];
  const hasCustomLibrary = readSettings(context.userData).libraryDir !== undefined;
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        ...importItems,
        { type: 'separator' },
        {
          label: 'Print…',
          accelerator: 'CmdOrCtrl+P',
          // The window answers with the open briefing, printed through the API (a PDF saved where the analyst chooses).
          click: () => context.getWindow()?.webContents.send(COMMAND_CHANNEL, 'print-briefing' satisfies MenuCommand),
        },
        { type: 'separator' },
        {
          label: 'Open Library Folder',
          click: () =>
            report(
              shell.openPath(context.libraryDir).then((error) => {
                if (error) throw new Error(error);
              }),
            ),
        },
        { label: 'Choose Library Folder…', click: () => report(chooseLibraryFolder(context)) },
        { label: 'Use Default Library Folder', enabled: hasCustomLibrary, click: () => useDefaultLibraryFolder(context) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}
