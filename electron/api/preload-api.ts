import type { MenuCommand } from './channels';
import type { ProgressEvent } from './models';
import type { BriefingApi } from './verbs';

/**
 * What the Electron preload exposes as `window.briefing`: one function per API verb, progress
 * events, and the disk paths of dropped files. Files that exist only in memory have no path
 * and are left out of the result.
 */
export type PreloadApi = BriefingApi & {
  onProgress(callback: (event: ProgressEvent) => void): () => void;
  pathsForFiles(files: File[]): string[];
  /** Menu commands for the window, such as File > Print. */
  onCommand(callback: (command: MenuCommand) => void): () => void;
};
