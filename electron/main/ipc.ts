import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../api/dispatch';
import type { ProgressEvent } from '../api/models';
import { INVOKE_CHANNEL_PREFIX, PROGRESS_CHANNEL, verbs, type Result } from '../api/verbs';
import { isTrustedSender } from './sender';

function fromTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  const isMainFrame = frame === event.sender.mainFrame && frame.parent === null;
  return isTrustedSender(frame.url, isMainFrame);
}

const forbidden: Result<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'This request did not come from the Briefing window.' },
};

/** One ipcMain handler per API verb; the dispatcher validates the payload and never throws. */
export function registerIpc(dispatch: Dispatch): () => void {
  for (const verb of verbs) {
    ipcMain.handle(INVOKE_CHANNEL_PREFIX + verb, async (event, payload: unknown): Promise<Result<unknown>> => {
      if (!fromTrustedSender(event)) return forbidden;
      try {
        return await dispatch(verb, payload);
      } catch (error) {
        return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
      }
    });
  }
  return () => {
    for (const verb of verbs) ipcMain.removeHandler(INVOKE_CHANNEL_PREFIX + verb);
  };
}

/** Sends progress to the window the user sees; events for a closed window are dropped. */
export function forwardProgress(getWindow: () => BrowserWindow | null): (event: ProgressEvent) => void {
  return (event) => {
    const window = getWindow();
    if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) {
      window.webContents.send(PROGRESS_CHANNEL, event);
    }
  };
}
