import { describe, expect, it } from 'vitest';
import { externalWebUrl, isPermissionAllowed, isTrustedSender } from '../../../electron/main/sender';

describe('isTrustedSender', () => {
  it('trusts the main frame of the app page', () => {
    expect(isTrustedSender('app://briefing/index.html', true)).toBe(true);
    expect(isTrustedSender('app://briefing/index.html#/library?x=1', true)).toBe(true);
  });

  it('refuses subframes even on our origin', () => {
    expect(isTrustedSender('app://briefing/index.html', false)).toBe(false);
  });

  it('refuses other schemes, other hosts and garbage', () => {
    for (const url of [
      'file:///work/dist/renderer/index.html',
      'https://briefing/index.html',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'app://briefing.evil.com/',
      'about:blank',
      'about:srcdoc',
      'data:text/html,hi',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
  });
});

describe('externalWebUrl', () => {
  it('passes http and https links on, normalised', () => {
    expect(externalWebUrl('https://www.reuters.com/world/')).toBe('https://www.reuters.com/world/');
    expect(externalWebUrl('HTTP://Example.org')).toBe('http://example.org/');
  });

  it('refuses every other scheme and credentials in the URL', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'app://briefing/index.html',
      'mailto:a@b.c',
      'https://user:pass@example.org/',
      '//example.org',
      'example.org',
    ]) {
      expect(externalWebUrl(url), url).toBeNull();
    }
  });
});

describe('isPermissionAllowed', () => {
  it('lets the app page copy to the clipboard and nothing else', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://briefing/index.html', true)).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen']) {
      expect(isPermissionAllowed(permission, 'app://briefing/index.html', true), permission).toBe(false);
    }
  });

  it('refuses even the clipboard to other origins and subframes', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/', true)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://briefing/index.html', false)).toBe(false);
  });
});
