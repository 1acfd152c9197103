// `npm start`: checks Electron is installed, builds the app when sources changed, builds the
// Electron copy of the SQLite module on first run (kept apart from Node's), then opens the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function electronExecutable() {
  // Resolving 'electron' downloads a missing binary when the network allows; run it apart so its noise stays out.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path !== '' && existsSync(path) ? path : null;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIsStale() {
  const outputs = ['dist/main/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html'].map((p) => join(root, p));
  if (outputs.some((p) => !existsSync(p))) return true;
  const oldestOutput = Math.min(...outputs.map((p) => statSync(p).mtimeMs));
  const sources = ['electron', 'renderer', 'vite.config.ts', 'svelte.config.js', 'package.json'].map((p) => join(root, p));
  return Math.max(...sources.map(newestMtime)) > oldestOutput;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

async function ensureElectronBinding() {
  const { tsImport } = await import('tsx/esm/api');
  const binding = await tsImport('../electron/main/native-binding.ts', import.meta.url);
  const electronDir = join(root, 'node_modules', 'electron');
  const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const electronAbi = readFileSync(join(electronDir, 'abi_version'), 'utf8').trim();
  const target = {
    cacheDir: join(root, '.cache', 'native'),
    moduleVersion: binding.installedModuleVersion(),
    electronAbi,
    platform: process.platform,
    arch: process.arch,
  };
  if (existsSync(binding.electronBindingPath(target))) return;
  console.log(`First run: building the SQLite module for Electron ${electronVersion} (ABI ${electronAbi}).`);
  binding.buildElectronBinding({ ...target, electronVersion, moduleDir: join(root, 'node_modules', 'better-sqlite3') });
}

async function main() {
  const electron = electronExecutable();
  if (electron === null) {
    console.log(
      'Electron is not installed on this machine (its binary could not be downloaded); run `npm run web` to use Briefing in your browser.',
    );
    process.exit(1);
  }
  if (buildIsStale() && !run('npm', ['run', 'build'])) {
    console.error('The build failed; see the errors above.');
    process.exit(1);
  }
  try {
    await ensureElectronBinding();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();
