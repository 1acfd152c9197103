import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, contentTypeFor, resolveAppUrl } from '../../../electron/main/protocol-path';

const root = resolve('/srv/briefing/dist/renderer');

describe('resolveAppUrl', () => {
  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppUrl(root, 'app://briefing/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://briefing/assets/index-Bx1.js')).toBe(join(root, 'assets', 'index-Bx1.js'));
    expect(resolveAppUrl(root, 'app://briefing/assets/app.css?v=2#x')).toBe(join(root, 'assets', 'app.css'));
    expect(resolveAppUrl(root, 'app://briefing/fonts/Noto%20Sans.woff2')).toBe(join(root, 'fonts', 'Noto Sans.woff2'));
  });

  it('serves index.html for the bare origin and folders', () => {
    expect(resolveAppUrl(root, 'app://briefing')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://briefing/')).toBe(join(root, 'index.html'));
    expect(resolveAppUrl(root, 'app://briefing/assets/')).toBe(join(root, 'assets', 'index.html'));
  });

  it('refuses path traversal in every spelling', () => {
    for (const url of [
      'app://briefing/../../etc/passwd',
      'app://briefing/assets/../../../etc/passwd',
      'app://briefing/%2e%2e/%2e%2e/etc/passwd',
      'app://briefing/%2E%2E/secret',
      'app://briefing/.%2e/secret',
      'app://briefing/assets%2f..%2f..%2fsecret',
      'app://briefing/..%5c..%5csecret',
      'app://briefing/..\\..\\secret',
      'app://briefing/./index.html',
      'app://briefing/assets//index.js',
      'app://briefing/index.html%00.js',
      'app://briefing/%E0%A4%A',
    ]) {
      expect(resolveAppUrl(root, url), url).toBeNull();
    }
  });

  it('refuses other hosts and schemes', () => {
    for (const url of [
      'app://other/index.html',
      'app://briefing.evil/index.html',
      'file:///srv/briefing/dist/renderer/index.html',
      'https://briefing/index.html',
    ]) {
      expect(resolveAppUrl(root, url), url).toBeNull();
    }
  });
});

describe('contentTypeFor', () => {
  it('names the types the renderer build produces', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('m.wasm')).toBe('application/wasm');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows only our own scripts and forbids eval, plugins, framing and forms', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
