import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppUrl } from './protocol-path';

export const APP_SCHEME = 'app';

/** Must run before the app is ready: a standard secure scheme gets an origin, fetch and module scripts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

const securityHeaders = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
};

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { ...securityHeaders, 'content-type': 'text/plain; charset=utf-8' } });
}

/** Serves the built renderer from rootDir on app://briefing/, read-only, with the app's CSP. */
export function serveAppProtocol(session: Session, rootDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders });
    }
    const file = resolveAppUrl(rootDir, request.url);
    if (file === null) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    const headers = { ...securityHeaders, 'content-type': contentTypeFor(file), 'cache-control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  });
}
