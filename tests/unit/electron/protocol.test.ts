import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registered = vi.hoisted(() => ({ schemes: [] as unknown[] }));
vi.mock('electron', () => ({
  protocol: { registerSchemesAsPrivileged: (schemes: unknown[]) => registered.schemes.push(...schemes) },
}));

const { registerAppScheme, serveAppProtocol } = await import('../../../electron/main/protocol');

let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'briefing-renderer-'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>Briefing</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  serveAppProtocol(
    { protocol: { handle: (_scheme: string, handler: typeof serve) => (serve = handler) } } as never,
    join(root, 'renderer'),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme', () => {
    registerAppScheme();
    expect(registered.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('serves the renderer with its type and the content security policy', async () => {
    const page = await serve(new Request('app://briefing/'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Briefing</title>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'; script-src 'self';/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await serve(new Request('app://briefing/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for missing files and anything outside the renderer folder', async () => {
    for (const url of ['app://briefing/nope.js', 'app://briefing/%2e%2e/secret.txt', 'app://briefing/assets']) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    }
  });

  it('refuses writes', async () => {
    const response = await serve(new Request('app://briefing/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
