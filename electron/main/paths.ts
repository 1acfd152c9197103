import { join, resolve } from 'node:path';

/**
 * Where the app's files live, given the app root: the project folder in development,
 * `resources/app.asar` when packaged (Electron's fs reads inside the asar transparently).
 */
export interface AppPaths {
  root: string;
  renderer: string;
  preload: string;
  resources: string;
  icon: string;
}

export function appPaths(appRoot: string): AppPaths {
  const root = resolve(appRoot);
  return {
    root,
    renderer: join(root, 'dist', 'renderer'),
    preload: join(root, 'dist', 'preload', 'preload.cjs'),
    resources: join(root, 'resources'),
    icon: join(root, 'resources', 'icon.png'),
  };
}

/** Per-checkout cache for artefacts built on the developer's machine (the Electron-ABI SQLite binding). */
export function devCacheDir(appRoot: string): string {
  return join(resolve(appRoot), '.cache', 'native');
}

export const APP_ORIGIN = 'app://briefing';
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
