import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, normalize, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY, contentTypeFor } from '../core/web-assets';

/** Map a URL path to a file under root, or null when it would leave root. */
export function staticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rel = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const base = resolve(root);
  const full = resolve(join(base, rel));
  if (full !== base && !full.startsWith(base + sep)) return null;
  return full;
}

export function serveStatic(root: string, urlPath: string, res: ServerResponse): void {
  const file = staticPath(root, urlPath);
  let size = -1;
  try {
    if (file) {
      const st = statSync(file);
      if (st.isFile()) size = st.size;
    }
  } catch {
    size = -1;
  }
  if (!file || size < 0) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': contentTypeFor(file),
    'content-length': size,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  createReadStream(file).pipe(res);
}
