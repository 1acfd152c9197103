import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProgressEvent } from '../api/models';
import { electronOnlyVerbs } from '../api/verbs';
import { createServices, type Services } from '../core/app-services';
import { LIMITS, formatBytes } from '../core/ingest/limits';
import { serveStatic } from './static';

export interface HostOptions {
  libraryDir: string;
  rendererDir: string;
  port?: number;
  token?: string;
  maxUploadBytes?: number;
}

export interface Host {
  url: string;
  token: string;
  port: number;
  services: Services;
  close(): Promise<void>;
}

const MAX_JSON_BYTES = 2 * 1024 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(data);
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_JSON_BYTES) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? JSON.parse(text) : {});
      } catch {
        reject(new Error('request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

/**
 * The web host: serves the built renderer and the API table over HTTP on 127.0.0.1, for
 * development, tests and headless use. Every API call must carry the per-run token.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const tokenBuf = Buffer.from(token);
  const uploadDir = mkdtempSync(join(tmpdir(), 'briefing-uploads-'));
  const uploads = new Map<string, string>();
  const listeners = new Set<ServerResponse>();
  const maxUpload = options.maxUploadBytes ?? LIMITS.maxFileBytes;

  const broadcast = (event: ProgressEvent) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const res of listeners) res.write(line);
  };
  const services = createServices({
    libraryDir: options.libraryDir,
    onProgress: broadcast,
    allowed: (verb) => !electronOnlyVerbs.has(verb),
    resolveUpload: (id) => {
      const path = uploads.get(id) ?? null;
      uploads.delete(id);
      return path;
    },
  });

  let port = 0;
  const authorized = (req: IncomingMessage, url: URL): boolean => {
    const given = (req.headers['x-briefing-token'] as string | undefined) ?? url.searchParams.get('token') ?? '';
    const buf = Buffer.from(given);
    return buf.length === tokenBuf.length && timingSafeEqual(buf, tokenBuf);
  };
  // Refuse requests addressed to another host name (DNS rebinding).
  const hostAllowed = (req: IncomingMessage) => {
    const host = req.headers.host ?? '';
    return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req))
      return sendJson(res, 403, { ok: false, error: { code: 'forbidden', message: 'unexpected Host header' } });
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'method not allowed' } });
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    if (!authorized(req, url)) {
      return sendJson(res, 401, { ok: false, error: { code: 'forbidden', message: 'missing or wrong access token' } });
    }
    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'forbidden', message: 'use POST' } });
    if (url.pathname === '/api/upload') return receiveUpload(req, res, url);
    const verb = url.pathname.slice('/api/'.length);
    readJson(req).then(
      async (payload) => sendJson(res, 200, await services.dispatch(verb, payload)),
      (error: Error) => sendJson(res, 400, { ok: false, error: { code: 'invalid-input', message: error.message } }),
    );
  });

  /** Stream one uploaded file to a temporary file, refusing it once it passes the size cap. */
  function receiveUpload(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const name = url.searchParams.get('name') ?? 'upload';
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > maxUpload) {
      req.resume();
      return sendJson(res, 413, {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `${name}: file is ${formatBytes(declared)}, larger than the ${formatBytes(maxUpload)} import limit`,
        },
      });
    }
    const id = randomUUID();
    const path = join(uploadDir, id);
    const out = createWriteStream(path);
    let size = 0;
    let refused = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxUpload && !refused) {
        refused = true;
        req.unpipe(out);
        out.destroy();
        rmSync(path, { force: true });
        sendJson(res, 413, {
          ok: false,
          error: { code: 'invalid-input', message: `${name}: file is larger than the ${formatBytes(maxUpload)} import limit` },
        });
        req.resume();
      }
    });
    req.pipe(out);
    out.on('finish', () => {
      if (refused) return;
      uploads.set(id, path);
      sendJson(res, 200, { ok: true, value: { id, name, size } });
    });
    out.on('error', (error) => {
      if (!refused) sendJson(res, 500, { ok: false, error: { code: 'internal', message: `${name}: ${error.message}` } });
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    services,
    async close() {
      for (const res of listeners) res.end();
      // Close open keep-alive and event-stream connections too, or close() would wait for the browser.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await services.close();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
