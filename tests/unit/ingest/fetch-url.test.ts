import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl } from '../../../electron/core/ingest/fetch-url';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><p>Hello</p></body></html>');
    } else if (path.startsWith('/hop/')) {
      const n = Number(path.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/article' });
      res.end();
    } else if (path === '/to-file') {
      res.writeHead(301, { location: 'file:///etc/passwd' });
      res.end();
    } else if (path === '/huge') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const push = () => {
        while (sent < 200 && res.write(chunk)) sent++;
        if (sent < 200) res.once('drain', push);
        else res.end();
      };
      push();
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
      setTimeout(() => res.end(), 2000).unref();
    } else {
      res.writeHead(404);
      res.end('missing');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('fetchUrl', () => {
  it('downloads a page and reports its content type and final address after redirects', async () => {
    const r = await fetchUrl(`${base}/hop/2`);
    expect(Buffer.from(r.bytes).toString()).toContain('<p>Hello</p>');
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.finalUrl).toBe(`${base}/article`);
  });

  it('stops after the redirect cap', async () => {
    await expect(fetchUrl(`${base}/hop/5`, { maxRedirects: 3 })).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('too many redirects'),
    });
  });

  it('accepts only http and https, also after a redirect', async () => {
    await expect(fetchUrl('ftp://example.org/a.html')).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('only http and https'),
    });
    await expect(fetchUrl('file:///etc/passwd')).rejects.toMatchObject({ code: 'unsupported' });
    await expect(fetchUrl(`${base}/to-file`)).rejects.toMatchObject({
      code: 'unsupported',
      message: expect.stringContaining('redirected to file:'),
    });
  });

  it('stops reading a response that passes the size cap', async () => {
    await expect(fetchUrl(`${base}/huge`, { maxBytes: 1024 * 1024 })).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('download stopped'),
    });
  });

  it('gives up on a server that does not finish in time', async () => {
    await expect(fetchUrl(`${base}/slow`, { timeoutMs: 300 })).rejects.toMatchObject({ code: 'timeout' });
  });

  it('names the HTTP status of a failed request', async () => {
    await expect(fetchUrl(`${base}/nope`)).rejects.toMatchObject({
      code: 'network',
      message: expect.stringContaining('HTTP 404'),
    });
  });
});
