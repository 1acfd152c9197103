import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { ProgressEvent } from '../api/models';
import type { PreloadApi } from '../api/preload-api';
import {
  CHOOSE_PATHS_CHANNEL,
  COMMAND_CHANNEL,
  INVOKE_CHANNEL_PREFIX,
  MENU_COMMANDS,
  PROGRESS_CHANNEL,
  VERB_NAMES,
  type MenuCommand,
} from '../api/channels';

const calls = Object.fromEntries(
  VERB_NAMES.map((verb) => [verb, (input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL_PREFIX + verb, input)]),
);

const api: PreloadApi = {
  ...(calls as Omit<PreloadApi, 'onProgress' | 'pathsForFiles' | 'choosePaths' | 'onCommand'>),
  onProgress(callback) {
    // The page gets the event data only, never the IpcRendererEvent (it exposes ipcRenderer).
    const listener = (_event: IpcRendererEvent, progress: ProgressEvent) => callback(progress);
    ipcRenderer.on(PROGRESS_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(PROGRESS_CHANNEL, listener);
    };
  },
  onCommand(callback) {
    const listener = (_event: IpcRendererEvent, command: MenuCommand) => {
      if ((MENU_COMMANDS as readonly string[]).includes(command)) callback(command);
    };
    ipcRenderer.on(COMMAND_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, listener);
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
