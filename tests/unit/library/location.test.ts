import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseLibraryDir, readSettings, resolveLibraryDir, userDataDir } from '../../../electron/core/library/location';

let userData: string;

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'briefing-userdata-'));
});

afterEach(() => {
  rmSync(userData, { recursive: true, force: true });
});

describe('resolveLibraryDir', () => {
  it('puts the library under userData until the user picks a folder', () => {
    expect(resolveLibraryDir(userData)).toBe(join(userData, 'library'));
  });

  it('remembers the folder the user chose, across restarts', () => {
    const chosen = join(userData, 'elsewhere', 'Team Library');
    chooseLibraryDir(userData, chosen);
    expect(resolveLibraryDir(userData)).toBe(chosen);
    expect(JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8'))).toEqual({ libraryDir: chosen });
  });

  it('goes back to the default when the choice is cleared', () => {
    chooseLibraryDir(userData, join(userData, 'elsewhere'));
    chooseLibraryDir(userData, null);
    expect(resolveLibraryDir(userData)).toBe(join(userData, 'library'));
  });

  it('falls back to the default when the settings file is damaged or hand-edited badly', () => {
    for (const content of ['{not json', '[]', 'null', '{"libraryDir": 42}', '{"libraryDir": "relative/folder"}']) {
      writeFileSync(join(userData, 'settings.json'), content);
      expect(readSettings(userData), content).toEqual({});
      expect(resolveLibraryDir(userData), content).toBe(join(userData, 'library'));
    }
  });
});

describe('userDataDir', () => {
  it('matches the folder Electron uses for a product named Briefing', () => {
    expect(userDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Briefing');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/ana')).toBe('/data/cfg/Briefing');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: 'relative' }, '/home/ana')).toBe('/home/ana/.config/Briefing');
    expect(userDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Briefing');
    expect(userDataDir('win32', { APPDATA: 'C:/Users/ana/AppData/Roaming' }, 'C:/Users/ana')).toBe(
      join('C:/Users/ana/AppData/Roaming', 'Briefing'),
    );
  });
});
