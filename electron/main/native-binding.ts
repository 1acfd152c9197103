import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, sep } from 'node:path';

/**
 * better-sqlite3 is compiled for Node's ABI by `npm install` (tests, CLI, web host). Electron needs
 * another ABI, so development runs load a second build from a cache folder through the
 * `nativeBinding` option, and packaged apps use the copy electron-builder rebuilt for Electron.
 */

export const BINDING_FILE = 'better_sqlite3.node';

export interface BindingTarget {
  cacheDir: string;
  /** better-sqlite3's version: its JavaScript and its binary must come from the same release. */
  moduleVersion: string;
  electronAbi: string;
  platform: string;
  arch: string;
}

export function electronBindingPath({ cacheDir, moduleVersion, electronAbi, platform, arch }: BindingTarget): string {
  return join(cacheDir, 'better-sqlite3', moduleVersion, `${electronAbi}-${platform}-${arch}`, BINDING_FILE);
}

const requireFromHere = createRequire(import.meta.url);

/** The version of the better-sqlite3 package this code resolves. */
export function installedModuleVersion(): string {
  return (requireFromHere('better-sqlite3/package.json') as { version: string }).version;
}

export interface BindingChoice {
  runtime: 'node' | 'electron';
  moduleVersion: string;
  electronAbi?: string;
  platform: string;
  arch: string;
  cacheDir: string;
  packaged: boolean;
  exists: (path: string) => boolean;
}

/** The path to pass as better-sqlite3's nativeBinding, or undefined for the module's own build. */
export function chooseNativeBinding(choice: BindingChoice): string | undefined {
  if (choice.runtime === 'node' || choice.packaged) return undefined;
  if (!choice.electronAbi)
    throw new Error('Cannot tell which Electron ABI this process uses (process.versions.modules is empty).');
  const path = electronBindingPath({ ...choice, electronAbi: choice.electronAbi });
  if (!choice.exists(path)) {
    throw new Error(
      `The SQLite module built for Electron (ABI ${choice.electronAbi}) is missing at ${path}. Start the app with \`npm start\`, which builds it on first run.`,
    );
  }
  return path;
}

export interface Command {
  label: string;
  command: string;
  args: string[];
}

export interface BuildRequest extends BindingTarget {
  electronVersion: string;
  /** The installed better-sqlite3 package, copied so its Node build is never touched. */
  moduleDir: string;
  /** Runs a command in cwd; returns true when it exited with status 0. */
  run?: (command: Command, cwd: string, env: NodeJS.ProcessEnv) => boolean;
  log?: (line: string) => void;
}

function binPath(specifier: string): string {
  return requireFromHere.resolve(specifier);
}

/** First a prebuilt binary for this Electron (fast), else a compile against Electron's headers. */
export function bindingBuildCommands(electronVersion: string, platform: string, arch: string, resolveBin = binPath): Command[] {
  return [
    {
      label: 'downloading a prebuilt binary',
      command: process.execPath,
      args: [
        resolveBin('prebuild-install/bin.js'),
        '--runtime=electron',
        `--target=${electronVersion}`,
        `--platform=${platform}`,
        `--arch=${arch}`,
        '--verbose',
      ],
    },
    {
      label: "compiling against Electron's headers",
      command: process.execPath,
      args: [
        resolveBin('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronVersion}`,
        `--arch=${arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
    },
  ];
}

/** npm passes its config as npm_config_* variables; a nodedir there would make node-gyp build for Node again. */
export function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (/^npm_config_(nodedir|target|runtime|disturl|dist_url|arch|platform|build_from_source)$/i.test(key)) continue;
    clean[key] = value;
  }
  return clean;
}

function runInherited(command: Command, cwd: string, env: NodeJS.ProcessEnv): boolean {
  return spawnSync(command.command, command.args, { cwd, env, stdio: 'inherit' }).status === 0;
}

/** Builds better-sqlite3 for Electron in a scratch copy and installs the .node file into the cache. */
export function buildElectronBinding(request: BuildRequest): string {
  const { electronVersion, moduleDir, platform, arch } = request;
  const run = request.run ?? runInherited;
  const log = request.log ?? ((line: string) => console.log(line));
  const target = electronBindingPath(request);
  const scratch = mkdtempSync(join(tmpdir(), 'briefing-sqlite-'));
  try {
    const copy = join(scratch, basename(moduleDir));
    const previousBuild = join(moduleDir, 'build');
    const isPreviousBuild = (source: string) => source === previousBuild || source.startsWith(`${previousBuild}${sep}`);
    cpSync(moduleDir, copy, { recursive: true, filter: (source) => !isPreviousBuild(source) });
    const built = join(copy, 'build', 'Release', BINDING_FILE);
    const env = buildEnvironment(process.env);
    for (const step of bindingBuildCommands(electronVersion, platform, arch)) {
      log(`SQLite module for Electron ${electronVersion}: ${step.label}`);
      if (run(step, copy, env) && existsSync(built)) {
        mkdirSync(dirname(target), { recursive: true });
        const partial = `${target}.${process.pid}.partial`;
        copyFileSync(built, partial);
        renameSync(partial, target);
        return target;
      }
    }
    throw new Error(
      `Could not build the SQLite module for Electron ${electronVersion} (${platform}-${arch}). It needs internet access to fetch Electron's headers or a prebuilt binary, plus python3, make and a C++ compiler.`,
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
