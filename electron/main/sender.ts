import { APP_ORIGIN } from './paths';

const appUrl = new URL(APP_ORIGIN);

/** An IPC call is trusted only from the main frame of a page served by our own app:// origin. */
export function isTrustedSender(url: string, isMainFrame: boolean): boolean {
  if (!isMainFrame) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === appUrl.protocol && parsed.host === appUrl.host;
}

/** The link targets we hand to the operating system: plain web pages, nothing else. */
export function externalWebUrl(raw: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** Permissions the app's own page may use; everything else (camera, geolocation, notifications...) is refused. */
const allowedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, isMainFrame: boolean): boolean {
  return allowedPermissions.has(permission) && isTrustedSender(requestingUrl, isMainFrame);
}
