import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;
const electron = vi.hoisted(() => ({
  appListeners: new Map<string, Listener>(),
  openExternal: [] as string[],
}));

vi.mock('electron', () => ({
  app: { on: (name: string, listener: Listener) => electron.appListeners.set(name, listener) },
  shell: {
    openExternal: async (url: string) => {
      electron.openExternal.push(url);
    },
  },
}));

const { guardAllWebContents, lockDownSession } = await import('../../../electron/main/security');

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener = () => undefined;
  return {
    listeners,
    open: (url: string) => openHandler({ url }),
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return this;
    },
    setWindowOpenHandler(handler: Listener) {
      openHandler = handler;
    },
  };
}

function navigation(url: string, isMainFrame = true) {
  return {
    url,
    isMainFrame,
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('guardAllWebContents', () => {
  let contents: ReturnType<typeof fakeContents>;

  beforeEach(() => {
    electron.appListeners.clear();
    electron.openExternal.length = 0;
    guardAllWebContents();
    contents = fakeContents();
    electron.appListeners.get('web-contents-created')!({}, contents);
  });

  it('never lets a page navigate its window, and sends web links to the browser', () => {
    const web = navigation('https://www.yna.co.kr/view/AEN2024');
    const local = navigation('file:///etc/passwd');
    contents.listeners.get('will-navigate')!(web);
    contents.listeners.get('will-navigate')!(local);
    expect(web.prevented && local.prevented).toBe(true);
    expect(electron.openExternal).toEqual(['https://www.yna.co.kr/view/AEN2024']);
  });

  it('denies every new window and opens only http(s) targets externally', () => {
    expect(contents.open('https://tass.com/politics/1')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(contents.open('file:///C:/Windows/system32/calc.exe')).toEqual({ action: 'deny' });
    expect(electron.openExternal).toEqual(['https://tass.com/politics/1']);
  });

  it('keeps frames inside the page from navigating anywhere', () => {
    const away = navigation('https://example.org/', false);
    const srcdoc = navigation('about:srcdoc', false);
    contents.listeners.get('will-frame-navigate')!(away);
    contents.listeners.get('will-frame-navigate')!(srcdoc);
    expect(away.prevented).toBe(true);
    expect(srcdoc.prevented).toBe(false);
    expect(electron.openExternal).toEqual([]);
  });

  it('blocks webview tags', () => {
    const attach = navigation('about:blank');
    contents.listeners.get('will-attach-webview')!(attach);
    expect(attach.prevented).toBe(true);
  });
});

describe('lockDownSession', () => {
  it('refuses permissions and cancels every request that would leave the machine', () => {
    let requestHandler: Listener = () => undefined;
    let checkHandler: Listener = () => undefined;
    let beforeRequest: { filter?: { urls: string[] }; listener?: Listener } = {};
    lockDownSession({
      setPermissionRequestHandler: (h: Listener) => (requestHandler = h),
      setPermissionCheckHandler: (h: Listener) => (checkHandler = h),
      setDevicePermissionHandler: () => undefined,
      webRequest: { onBeforeRequest: (filter: { urls: string[] }, listener: Listener) => (beforeRequest = { filter, listener }) },
    } as never);

    const answers: boolean[] = [];
    requestHandler({}, 'media', (granted: boolean) => answers.push(granted), {
      requestingUrl: 'app://briefing/',
      isMainFrame: true,
    });
    requestHandler({}, 'clipboard-sanitized-write', (granted: boolean) => answers.push(granted), {
      requestingUrl: 'app://briefing/',
      isMainFrame: true,
    });
    expect(answers).toEqual([false, true]);
    expect(checkHandler({}, 'geolocation', 'app://briefing', { requestingUrl: 'app://briefing/', isMainFrame: true })).toBe(
      false,
    );

    expect(beforeRequest.filter?.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    let cancelled: unknown;
    beforeRequest.listener!({ url: 'https://tracker.example/pixel.gif' }, (response: unknown) => (cancelled = response));
    expect(cancelled).toEqual({ cancel: true });
  });
});
