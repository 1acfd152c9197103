import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ProgressEvent } from '../api/models';
import type { PreloadApi } from '../api/preload-api';
import { CHOOSE_PATHS_CHANNEL, INVOKE_CHANNEL_PREFIX, PROGRESS_CHANNEL, VERB_NAMES } from '../api/channels';

const calls = Object.fromEntries(
  VERB_NAMES.map((verb) => [verb, (input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL_PREFIX + verb, input)]),
);

const api: PreloadApi = {
  ...(calls as Omit<PreloadApi, 'onProgress' | 'pathsForFiles' | 'choosePaths'>),
  onProgress(callback) {
    // The page gets the event data only, never the IpcRendererEvent (it exposes ipcRenderer).
    const listener = (_event: IpcRendererEvent, progress: ProgressEvent) => callback(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, listener);
    };
  },
  pathsForFiles(files) {
    return Array.from(files, (file) => webUtils.getPathForFile(file)).filter((path) => path !== '');
  },
  choosePaths(kind) {
    return ipcRenderer.invoke(CHOOSE_PATHS_CHANNEL, kind) as Promise<string[]>;
  },
};

contextBridge.exposeInMainWorld('briefing', api);
