import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

// Internal paths of app-builder-lib 26.17.0 (pinned through electron-builder): offline schema validation.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const loadConfig = () => getConfig(root, null, null);

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is checked strictly, so a misspelt key would fail the build', async () => {
    const config = { ...(await loadConfig()), asarUnpak: ['**/*.node'] } as never;
    await expect(validateConfiguration(config, new DebugLogger(false))).rejects.toThrow(/asarUnpak/);
  });

  it('names the app and packs installers for every desktop platform', async () => {
    const config = await loadConfig();
    expect(config.appId).toBe('org.briefing.app');
    expect(config.productName).toBe('Briefing');
    expect(config.directories?.output).toBe('release');
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg', 'zip']);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
  });

  it('ships the build, not the sources, and keeps native modules outside the asar', async () => {
    const config = await loadConfig();
    // getConfig normalises the list into file sets: [{ filter: [...] }].
    const files = ([config.files].flat() as Array<string | { filter?: string | string[] }>).flatMap((f) =>
      typeof f === 'string' ? [f] : [f.filter ?? []].flat(),
    );
    expect(files).toEqual(
      expect.arrayContaining(['dist/**', 'package.json', 'resources/**', '!electron/**', '!renderer/**', '!tests/**']),
    );
    expect(files.some((f) => f.startsWith('!node_modules/better-sqlite3/{deps,src'))).toBe(true);
    expect(config.asar).not.toBe(false);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    // On a real machine electron-builder must rebuild better-sqlite3 for Electron's ABI.
    expect(config.npmRebuild).not.toBe(false);
  });

  it('hardens the Electron binary with fuses', async () => {
    const fuses = (await loadConfig()).electronFuses;
    expect(fuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, onlyLoadAppFromAsar: true });
  });

  it('uses a 512x512 PNG icon', async () => {
    const config = await loadConfig();
    const png = readFileSync(new URL(`../../../${config.icon}`, import.meta.url));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});
