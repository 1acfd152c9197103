import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The app's name as Electron derives userData from it (package.json productName). */
export const APP_NAME = 'Briefing';
export const SETTINGS_FILE = 'settings.json';

export interface Settings {
  /** An absolute folder the user chose for the library; absent means the default under userData. */
  libraryDir?: string;
}

/** The folder Electron's app.getPath('userData') returns, computed without Electron (for the CLI). */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  const configHome = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, APP_NAME);
}

export function defaultLibraryDir(userData: string): string {
  return join(userData, 'library');
}

export function libraryDirFrom(userData: string, settings: Settings): string {
  const chosen = settings.libraryDir;
  return typeof chosen === 'string' && isAbsolute(chosen) ? resolve(chosen) : defaultLibraryDir(userData);
}

/** Reads the settings file; a missing or damaged file means defaults, so a bad edit never locks the user out. */
export function readSettings(userData: string): Settings {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(userData, SETTINGS_FILE), 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const libraryDir = (parsed as Record<string, unknown>).libraryDir;
  return typeof libraryDir === 'string' && isAbsolute(libraryDir) ? { libraryDir } : {};
}

export function writeSettings(userData: string, settings: Settings): void {
  const file = join(userData, SETTINGS_FILE);
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, 'utf8');
  renameSync(temporary, file);
}

/** The library folder the app opens: the user's choice if any, else `<userData>/library`. */
export function resolveLibraryDir(userData: string): string {
  return libraryDirFrom(userData, readSettings(userData));
}

/** Stores the user's choice; null returns to the default location. */
export function chooseLibraryDir(userData: string, dir: string | null): void {
  const settings = readSettings(userData);
  if (dir === null) delete settings.libraryDir;
  else settings.libraryDir = resolve(dir);
  writeSettings(userData, settings);
}
