import { app, shell, type Session, type WebContents } from 'electron';
import { externalWebUrl, isPermissionAllowed } from './sender';

function openExternally(url: string): void {
  const safe = externalWebUrl(url);
  if (safe !== null) void shell.openExternal(safe);
}

/** Nothing in a window may navigate it, open another window or embed a webview; web links go to the browser. */
function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openExternally(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || event.url.startsWith('about:')) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

/** Refuses device and browser permissions and every request that would leave the machine. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, details.isMainFrame));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame ?? false),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}
