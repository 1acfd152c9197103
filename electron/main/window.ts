import { app, BrowserWindow } from 'electron';
import { APP_ENTRY_URL, type AppPaths } from './paths';

/** The one app window: sandboxed, isolated, no Node, shown once its first paint is ready. */
export function createMainWindow(paths: AppPaths): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Briefing',
    width: 1280,
    height: 820,
    minWidth: 820,
    minHeight: 520,
    show: false,
    backgroundColor: '#f7f8fa',
    icon: process.platform === 'linux' ? paths.icon : undefined,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    // A failed load shows an empty window rather than crashing the main process; say why in the log.
    console.error(`Briefing could not load its window: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}
