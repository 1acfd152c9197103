import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bindingBuildCommands,
  buildElectronBinding,
  buildEnvironment,
  chooseNativeBinding,
  electronBindingPath,
  type Command,
} from '../../../electron/main/native-binding';

const cacheDir = '/cache/native';
const cached = join(cacheDir, 'better-sqlite3', '12.11.1', '150-linux-x64', 'better_sqlite3.node');
const base = { platform: 'linux', arch: 'x64', cacheDir, electronAbi: '150', moduleVersion: '12.11.1' };

describe('chooseNativeBinding', () => {
  it("leaves Node on better-sqlite3's own build", () => {
    expect(chooseNativeBinding({ ...base, runtime: 'node', packaged: false, exists: () => true })).toBeUndefined();
  });

  it('leaves a packaged app on the build electron-builder made for Electron', () => {
    expect(chooseNativeBinding({ ...base, runtime: 'electron', packaged: true, exists: () => false })).toBeUndefined();
  });

  it('points a development Electron at the cached Electron-ABI build', () => {
    expect(chooseNativeBinding({ ...base, runtime: 'electron', packaged: false, exists: (p) => p === cached })).toBe(cached);
  });

  it('tells the developer to run npm start when that build is missing', () => {
    expect(() => chooseNativeBinding({ ...base, runtime: 'electron', packaged: false, exists: () => false })).toThrow(
      /missing at .*150-linux-x64.*npm start/,
    );
  });

  it('refuses to guess when the Electron ABI is unknown', () => {
    expect(() =>
      chooseNativeBinding({ ...base, electronAbi: undefined, runtime: 'electron', packaged: false, exists: () => true }),
    ).toThrow(/ABI/);
  });

  it('keeps builds for different better-sqlite3 releases, ABIs, platforms and architectures apart', () => {
    const paths = new Set([
      electronBindingPath(base),
      electronBindingPath({ ...base, moduleVersion: '12.12.0' }),
      electronBindingPath({ ...base, electronAbi: '151' }),
      electronBindingPath({ ...base, arch: 'arm64' }),
      electronBindingPath({ ...base, platform: 'darwin' }),
    ]);
    expect(paths.size).toBe(5);
  });
});

describe('buildEnvironment', () => {
  it("drops npm's nodedir and target settings so node-gyp builds for Electron", () => {
    const env = buildEnvironment({
      PATH: '/usr/bin',
      npm_config_nodedir: '/usr',
      npm_config_target: '20.0.0',
      npm_config_cache: '/c',
    });
    expect(env).toEqual({ PATH: '/usr/bin', npm_config_cache: '/c' });
  });
});

describe('bindingBuildCommands', () => {
  it('tries a prebuilt Electron binary first, then compiles against Electron headers', () => {
    const [prebuilt, compile] = bindingBuildCommands('45.5.0', 'linux', 'x64', (s) => `/nm/${s}`);
    expect(prebuilt?.args).toEqual(
      expect.arrayContaining(['/nm/prebuild-install/bin.js', '--runtime=electron', '--target=45.5.0', '--arch=x64']),
    );
    expect(compile?.args).toEqual(
      expect.arrayContaining([
        '/nm/node-gyp/bin/node-gyp.js',
        'rebuild',
        '--target=45.5.0',
        '--dist-url=https://electronjs.org/headers',
      ]),
    );
  });
});

describe('buildElectronBinding', () => {
  let work: string;
  let moduleDir: string;

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'briefing-binding-test-'));
    moduleDir = join(work, 'node_modules', 'better-sqlite3');
    mkdirSync(join(moduleDir, 'build', 'Release'), { recursive: true });
    mkdirSync(join(moduleDir, 'lib'), { recursive: true });
    writeFileSync(join(moduleDir, 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}');
    writeFileSync(join(moduleDir, 'lib', 'index.js'), '');
    writeFileSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), 'node-abi-build');
  });

  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  const request = () => ({ ...base, cacheDir: join(work, 'cache'), electronVersion: '45.5.0', moduleDir, log: () => {} });
  const produce = (cwd: string, content: string) => {
    mkdirSync(join(cwd, 'build', 'Release'), { recursive: true });
    writeFileSync(join(cwd, 'build', 'Release', 'better_sqlite3.node'), content);
  };

  it('installs the prebuilt binary into the cache without touching the Node build', () => {
    const seen: string[] = [];
    const target = buildElectronBinding({
      ...request(),
      run: (command: Command, cwd) => {
        seen.push(cwd);
        expect(existsSync(join(cwd, 'build')), 'the old build is not copied').toBe(false);
        expect(existsSync(join(cwd, 'lib', 'index.js'))).toBe(true);
        produce(cwd, 'electron-abi-build');
        return command.args.some((a) => a.includes('prebuild-install'));
      },
    });
    expect(target).toBe(electronBindingPath({ ...base, cacheDir: join(work, 'cache') }));
    expect(readFileSync(target, 'utf8')).toBe('electron-abi-build');
    expect(readFileSync(join(moduleDir, 'build', 'Release', 'better_sqlite3.node'), 'utf8')).toBe('node-abi-build');
    expect(seen).toHaveLength(1);
    expect(existsSync(seen[0]!), 'the scratch copy is removed').toBe(false);
  });

  it('compiles from source when no prebuilt binary can be fetched', () => {
    const steps: string[] = [];
    const target = buildElectronBinding({
      ...request(),
      run: (command, cwd) => {
        const compiling = command.args.some((a) => a.includes('node-gyp'));
        steps.push(compiling ? 'compile' : 'prebuilt');
        if (compiling) produce(cwd, 'compiled');
        return compiling;
      },
    });
    expect(steps).toEqual(['prebuilt', 'compile']);
    expect(readFileSync(target, 'utf8')).toBe('compiled');
  });

  it('explains what is needed when both ways fail, and leaves no partial file behind', () => {
    expect(() => buildElectronBinding({ ...request(), run: () => false })).toThrow(/internet access.*compiler/);
    const cache = join(work, 'cache');
    expect(existsSync(cache) ? readdirSync(cache, { recursive: true }).filter((f) => String(f).endsWith('.node')) : []).toEqual(
      [],
    );
  });
});
