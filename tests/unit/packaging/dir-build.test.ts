import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const builtFiles = ['dist/main/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];

/** Electron cannot be downloaded here: a stand-in distribution is enough for an unpacked (--dir) build. */
function standInElectron(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\n');
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<!doctype html>');
}

function ensureBuilt(): void {
  if (builtFiles.every((f) => existsSync(join(root, f)))) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', shell: process.platform === 'win32' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
}

/** Bare package specifiers the main bundle imports at run time (everything but node: builtins and electron). */
function packagesImportedBy(bundle: string): string[] {
  const specifiers = new Set<string>();
  for (const match of bundle.matchAll(/(?:^import\s[^;]*?from\s*|\bimport\(\s*)"([^"]+)"/gm)) {
    const specifier = match[1]!;
    if (!specifier.startsWith('.') && !specifier.startsWith('node:') && specifier !== 'electron') specifiers.add(specifier);
  }
  return [...specifiers];
}

let work: string;
let entries: Set<string>;
let unpackedDir: string;
let seconds: number;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'briefing-dir-build-'));
  standInElectron(join(work, 'electron-dist'));
  return getConfig(root, null, null).then((config) => {
    const local = {
      ...config,
      electronDist: join(work, 'electron-dist'),
      // Rebuilding for Electron needs its headers from the internet; the fuses need the real binary.
      npmRebuild: false,
      electronFuses: undefined,
      directories: { ...config.directories, output: join(work, 'out') },
    };
    writeFileSync(join(work, 'config.json'), JSON.stringify(local));
    const started = performance.now();
    const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
    const run = spawnSync(
      process.execPath,
      [cli, '--dir', '--linux', '--x64', '--projectDir', root, '--config', join(work, 'config.json')],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 90_000,
      },
    );
    seconds = (performance.now() - started) / 1000;
    if (run.status !== 0)
      throw new Error(`electron-builder --dir failed (${run.signal ?? run.status}):\n${run.stdout}\n${run.stderr}`);
    const resources = join(work, 'out', 'linux-unpacked', 'resources');
    unpackedDir = join(resources, 'app.asar.unpacked');
    entries = new Set(
      asar.listPackage(join(resources, 'app.asar'), { isPack: false }).map((p) => p.replaceAll('\\', '/').replace(/^\//, '')),
    );
  });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('electron-builder --dir', () => {
  it('finishes within the time budget', () => {
    expect(seconds).toBeLessThan(90);
  });

  it('packs the built main process, preload, renderer and resources', () => {
    for (const file of [...builtFiles, 'package.json', 'resources/icon.png']) expect(entries.has(file), file).toBe(true);
  });

  it('leaves out sources, tests, scripts and source maps', () => {
    const unwanted = [...entries].filter(
      (e) => /\.(ts|map)$/.test(e) || /^(electron|renderer|tests|scripts|docs|bin)(\/|$)/.test(e),
    );
    expect(unwanted).toEqual([]);
  });

  it("leaves out better-sqlite3's build leftovers but keeps its runtime", () => {
    const leftovers = [...entries].filter(
      (e) =>
        /^node_modules\/better-sqlite3\/(deps|src|build\/deps|build\/Release\/obj)(\/|$)/.test(e) ||
        /^node_modules\/better-sqlite3\/.*\.(a|o|mk|gypi)$/.test(e) ||
        e.endsWith('test_extension.node'),
    );
    expect(leftovers).toEqual([]);
    for (const file of ['node_modules/better-sqlite3/lib/index.js', 'node_modules/bindings/bindings.js'])
      expect(entries.has(file), file).toBe(true);
  });

  it('unpacks the SQLite native module so it can be loaded from disk', () => {
    expect(existsSync(join(unpackedDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
  });

  it('holds every package the main process imports', () => {
    const bundle = readFileSync(join(root, 'dist', 'main', 'main.js'), 'utf8');
    const specifiers = packagesImportedBy(bundle);
    expect(specifiers).toContain('better-sqlite3');
    const missing = specifiers.filter((specifier) => {
      const parts = specifier.split('/');
      const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      const subpath = specifier.slice(name.length + 1);
      const wanted = /\.[cm]?js$/.test(subpath) ? `node_modules/${name}/${subpath}` : `node_modules/${name}/package.json`;
      return !entries.has(wanted);
    });
    expect(missing).toEqual([]);
  });
});
