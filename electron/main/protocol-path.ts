import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN } from './paths';

/** Served with every app:// response. Svelte sets inline style attributes, hence 'unsafe-inline' for styles only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
].join('; ');

const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return mimeTypes[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

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
