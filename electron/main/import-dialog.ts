import { dialog, ipcMain, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { CHOOSE_PATHS_CHANNEL, type ChooseKind } from '../api/channels';
import { isTrustedSender } from './sender';

/** The open dialog for importing; macOS picks files and folders in one dialog, Windows and Linux one or the other. */
export function importDialogProperties(kind: ChooseKind, platform = process.platform): OpenDialogOptions['properties'] {
  if (platform === 'darwin') return ['openFile', 'openDirectory', 'multiSelections'];
  return kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'];
}

/** Ask for files or folders to import; [] when the dialog is cancelled. */
export async function askForPaths(
  window: BrowserWindow | null,
  title: string,
  properties: OpenDialogOptions['properties'],
): Promise<string[]> {
  const options: OpenDialogOptions = { title, buttonLabel: 'Import', properties };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/**
 * The window's "Import files..." and "Import folder..." buttons ask main for the dialog; the paths come back
 * to the window, which imports them with `importPaths` like a drop (so its progress and report show).
 */
export function registerImportDialog(getWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(CHOOSE_PATHS_CHANNEL, async (event, kind: unknown): Promise<string[]> => {
    const frame = event.senderFrame;
    const isMainFrame = !!frame && frame === event.sender.mainFrame && frame.parent === null;
    if (!frame || !isTrustedSender(frame.url, isMainFrame)) return [];
    const chosen: ChooseKind = kind === 'folder' ? 'folder' : 'files';
    return askForPaths(getWindow(), chosen === 'folder' ? 'Import Folder' : 'Import Files', importDialogProperties(chosen));
  });
  return () => ipcMain.removeHandler(CHOOSE_PATHS_CHANNEL);
}
