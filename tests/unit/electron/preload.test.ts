import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PreloadApi } from '../../../electron/api/preload-api';
import { CHOOSE_PATHS_CHANNEL, COMMAND_CHANNEL } from '../../../electron/api/channels';
import { INVOKE_CHANNEL_PREFIX, PROGRESS_CHANNEL, verbs } from '../../../electron/api/verbs';

type Listener = (event: unknown, data: unknown) => void;

/** Runs the bundled preload the way a sandboxed renderer does: CommonJS, with only 'electron' to require. */
async function loadPreload() {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../../electron/preload/preload.ts', import.meta.url))],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'silent',
  });
  const required: string[] = [];
  const exposed = new Map<string, unknown>();
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<Listener>>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: async (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return { ok: true, value: null };
      },
      on: (channel: string, listener: Listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
    },
    webUtils: { getPathForFile: (file: { path: string }) => file.path },
  };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', result.outputFiles[0]!.text)(sandboxRequire, module, module.exports);
  return { api: exposed.get('briefing') as PreloadApi, exposed, required, invoked, listeners };
}

let loaded: Awaited<ReturnType<typeof loadPreload>>;

beforeAll(async () => {
  loaded = await loadPreload();
});

describe('preload', () => {
  it('exposes window.briefing only, and requires nothing but electron', () => {
    expect([...loaded.exposed.keys()]).toEqual(['briefing']);
    expect(new Set(loaded.required)).toEqual(new Set(['electron']));
  });

  it('has one function per verb plus progress, menu commands and dropped-file paths, and no generic invoke', () => {
    expect(Object.keys(loaded.api).sort()).toEqual([...verbs, 'onCommand', 'onProgress', 'pathsForFiles', 'choosePaths'].sort());
  });

  it('passes known menu commands to the page and drops anything else', () => {
    const received: unknown[] = [];
    const unsubscribe = loaded.api.onCommand((command) => received.push(command));
    for (const listener of loaded.listeners.get(COMMAND_CHANNEL) ?? []) {
      listener({ sender: 'ipcRenderer' }, 'print-briefing');
      listener({ sender: 'ipcRenderer' }, 'format-disk');
    }
    unsubscribe();
    expect(received).toEqual(['print-briefing']);
    expect(loaded.listeners.get(COMMAND_CHANNEL)?.size).toBe(0);
  });

  it("calls each verb on that verb's own channel", async () => {
    await loaded.api.search({ query: 'Pyongyang' });
    await loaded.api.importPaths({ paths: ['/home/ana/a.html'] });
    expect(loaded.invoked).toEqual([
      [`${INVOKE_CHANNEL_PREFIX}search`, { query: 'Pyongyang' }],
      [`${INVOKE_CHANNEL_PREFIX}importPaths`, { paths: ['/home/ana/a.html'] }],
    ]);
  });

  it('hands progress data to the page without the IPC event, and stops on unsubscribe', () => {
    const received: unknown[] = [];
    const unsubscribe = loaded.api.onProgress((event) => received.push(event));
    const progress = { kind: 'import', jobId: 'j', done: 1, total: 2, current: 'a.pdf', failed: 0 };
    for (const listener of loaded.listeners.get(PROGRESS_CHANNEL) ?? []) listener({ sender: 'ipcRenderer' }, progress);
    unsubscribe();
    for (const listener of loaded.listeners.get(PROGRESS_CHANNEL) ?? []) listener({ sender: 'ipcRenderer' }, progress);
    expect(received).toEqual([progress]);
    expect(loaded.listeners.get(PROGRESS_CHANNEL)?.size).toBe(0);
  });

  it('asks main for the import dialog on its own channel', async () => {
    loaded.invoked.length = 0;
    await loaded.api.choosePaths('folder');
    expect(loaded.invoked).toEqual([[CHOOSE_PATHS_CHANNEL, 'folder']]);
  });

  it('turns dropped files into disk paths, leaving out files that exist only in memory', () => {
    const files = [{ path: '/home/ana/report.pdf' }, { path: '' }, { path: '/home/ana/feeds' }] as unknown as File[];
    expect(loaded.api.pathsForFiles(files)).toEqual(['/home/ana/report.pdf', '/home/ana/feeds']);
  });
});
