import { existsSync } from 'node:fs';
import { app, type BrowserWindow, dialog, Menu, session } from 'electron';
import { hostOnlyVerbs } from '../api/verbs';
import { createServices, type Services } from '../core/app-services';
import { forwardProgress, registerIpc } from './ipc';
import { chooseLibraryDir, readSettings, resolveLibraryDir } from '../core/library/location';
import { registerImportDialog } from './import-dialog';
import { buildMenu } from './menu';
import { chooseNativeBinding, installedModuleVersion } from './native-binding';
import { createElectronPrinter, saveExportWithDialog } from './printer';
import { appPaths, devCacheDir, type AppPaths } from './paths';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { guardAllWebContents, lockDownSession } from './security';
import { createMainWindow } from './window';

// Everything here runs before 'ready': ESM entry points must not await before registering schemes.
registerAppScheme();
app.enableSandbox();
guardAllWebContents();

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

function showWindow(paths: AppPaths): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow(paths);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** A library that cannot be opened is explained, and a custom location can be dropped for the default. */
function reportUnopenableLibrary(userData: string, libraryDir: string, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  const custom = readSettings(userData).libraryDir !== undefined;
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Briefing',
    message: 'Briefing cannot open its library.',
    detail: `${libraryDir}\n\n${reason}`,
    buttons: custom ? ['Quit', 'Use Default Library Folder'] : ['Quit'],
    defaultId: 0,
  });
  if (custom && choice === 1) {
    chooseLibraryDir(userData, null);
    app.relaunch();
  }
  app.exit(1);
}

async function start(): Promise<void> {
  const paths = appPaths(app.getAppPath());
  lockDownSession(session.defaultSession);
  serveAppProtocol(session.defaultSession, paths.renderer);

  const userData = app.getPath('userData');
  const libraryDir = resolveLibraryDir(userData);
  const sendProgress = forwardProgress(() => mainWindow);
  try {
    const nativeBinding = chooseNativeBinding({
      runtime: 'electron',
      moduleVersion: installedModuleVersion(),
      electronAbi: process.versions.modules,
      platform: process.platform,
      arch: process.arch,
      cacheDir: devCacheDir(paths.root),
      packaged: app.isPackaged,
      exists: existsSync,
    });
    services = await createServices({
      libraryDir,
      nativeBinding,
      onProgress: sendProgress,
      allowed: (verb) => !hostOnlyVerbs.has(verb),
      printer: createElectronPrinter(),
      saveExport: saveExportWithDialog(() => mainWindow),
    });
  } catch (error) {
    reportUnopenableLibrary(userData, libraryDir, error);
    return;
  }

  registerIpc(services.dispatch);
  registerImportDialog(() => mainWindow);
  Menu.setApplicationMenu(
    buildMenu({ getWindow: () => mainWindow, dispatch: services.dispatch, sendProgress, libraryDir, userData }),
  );
  showWindow(paths);
  app.on('activate', () => showWindow(paths));
  app.on('second-instance', () => showWindow(paths));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    void services?.close();
    services = null;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Briefing could not start', error instanceof Error ? (error.stack ?? error.message) : String(error));
      app.exit(1);
    });
}
