import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN } from './paths';

export { CONTENT_SECURITY_POLICY, contentTypeFor } from '../core/web-assets';

const originPattern = new RegExp(`^${APP_ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(/[^?#]*)?(?:[?#].*)?$`, 'i');

/**
 * Maps an app:// URL to a file under rootDir, or null when the URL names another host or
 * tries to leave rootDir (dot segments, encoded dots or slashes, backslashes, NUL bytes).
 */
export function resolveAppUrl(rootDir: string, requestUrl: string): string | null {
  if (requestUrl.includes('\\') || requestUrl.includes('\0')) return null;
  const match = originPattern.exec(requestUrl);
  if (!match) return null;
  const segments: string[] = [];
  for (const raw of (match[1] ?? '/').split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || segments[segments.length - 1] === '') {
    segments.splice(segments.length === 0 ? 0 : -1, 1, 'index.html');
  }
  if (segments.some((segment) => segment === '')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, segments.join(sep));
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return file;
}
