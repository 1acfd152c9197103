import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../../electron/host/server';
import { tempDir } from '../../helpers/tmp';

let host: Host | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(maxUploadBytes?: number): Promise<Host> {
  const renderer = join(tempDir(), 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Briefing</title>');
  host = await startHost({ libraryDir: tempDir(), rendererDir: renderer, maxUploadBytes });
  return host;
}

const api = (h: Host, verb: string, body: unknown, token: string | null = h.token) =>
  fetch(`http://127.0.0.1:${h.port}/api/${verb}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-briefing-token': token }) },
    body: JSON.stringify(body),
  });

type UploadResult = { ok: boolean; value?: { id: string }; error?: { message: string } };

function upload(h: Host, name: string, data: string | Buffer): Promise<UploadResult> {
  return fetch(`http://127.0.0.1:${h.port}/api/upload?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'x-briefing-token': h.token },
    body: data,
  }).then((r) => r.json() as Promise<UploadResult>);
}

describe('web host', () => {
  it('refuses API calls without the token or with a wrong one', async () => {
    const h = await start();
    const none = await api(h, 'libraryInfo', {}, null);
    expect(none.status).toBe(401);
    const wrong = await api(h, 'libraryInfo', {}, 'x'.repeat(h.token.length));
    expect(wrong.status).toBe(401);
    const events = await fetch(`http://127.0.0.1:${h.port}/api/events`);
    expect(events.status).toBe(401);
    const good = await api(h, 'libraryInfo', {});
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ ok: true, value: { articleCount: 0 } });
  });

  it('listens on the loopback address only', async () => {
    const h = await start();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) {
      await expect(fetch(`http://${external.address}:${h.port}/`)).rejects.toThrow();
    }
    const address = (h.services as unknown as { lib: { dir: string } }).lib.dir;
    expect(address).toBeTruthy();
  });

  it('refuses a request addressed to another host name', async () => {
    const h = await start();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: h.port,
          path: '/api/libraryInfo',
          method: 'POST',
          headers: { host: 'evil.example', 'x-briefing-token': h.token },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('serves the app with a strict content security policy and never files outside it', async () => {
    const h = await start();
    const page = await fetch(`http://127.0.0.1:${h.port}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const escape = await fetch(`http://127.0.0.1:${h.port}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(escape.status).toBe(404);
  });

  it('does not expose importPaths to the browser', async () => {
    const h = await start();
    const res = await (await api(h, 'importPaths', { paths: ['/etc'] })).json();
    expect(res).toMatchObject({ ok: false, error: { code: 'unknown-verb' } });
  });

  it('refuses an upload above the size cap with a specific message', async () => {
    const h = await start(1024);
    const res = await upload(h, 'huge.txt', Buffer.alloc(4096, 97));
    expect(res.ok).toBe(false);
    expect(res.error?.message).toBe('huge.txt: file is 4 KB, larger than the 1 KB import limit');
  });
});
