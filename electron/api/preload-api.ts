import type { ChooseKind, MenuCommand } from './channels';
import type { ProgressEvent } from './models';
import type { BriefingApi } from './verbs';

/**
 * What the Electron preload exposes as `window.briefing`: one function per API verb, progress
 * events, the disk paths of dropped files, and the open dialog for importing. Files that exist only in memory have no path
 * and are left out of the result.
 */
export type PreloadApi = BriefingApi & {
  onProgress(callback: (event: ProgressEvent) => void): () => void;
  pathsForFiles(files: File[]): string[];
  /** Open the system dialog for files or folders to import; their paths, or [] when cancelled. */
  choosePaths(kind: ChooseKind): Promise<string[]>;
  /** Menu commands for the window, such as File > Print. */
  onCommand(callback: (command: MenuCommand) => void): () => void;
};
