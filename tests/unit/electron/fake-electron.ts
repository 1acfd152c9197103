/**
 * A small stand-in for the parts of Electron the main process uses, so its wiring can be
 * exercised in plain Node (the real module cannot load without the Electron binary).
 */
type Listener = (...args: unknown[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

export class FakeSession {
  handlers = new Map<string, ProtocolHandler>();
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  blockedUrls: string[] = [];
  protocol = { handle: (scheme: string, handler: ProtocolHandler) => this.handlers.set(scheme, handler) };
  webRequest = { onBeforeRequest: (filter: { urls: string[] }) => this.blockedUrls.push(...filter.urls) };
  setPermissionRequestHandler(handler: Listener) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Listener) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler() {}
  async fetch(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.replace(':', ''));
    if (!handler) throw new Error(`no handler for ${url}`);
    return handler(new Request(url));
  }
}

export class FakeWebContents {
  sent: Array<[string, unknown]> = [];
  printed = 0;
  destroyed = false;
  loadedHtml: string | null = null;
  pdfOptions: unknown = null;
  mainFrame = { url: '', parent: null };
  constructor(readonly session: FakeSession) {}
  send(channel: string, data: unknown) {
    this.sent.push([channel, data]);
  }
  print() {
    this.printed++;
  }
  async printToPDF(options: unknown) {
    this.pdfOptions = options;
    return Buffer.from(`%PDF ${this.loadedHtml ?? ''}`);
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export class FakeBrowserWindow {
  webContents: FakeWebContents;
  url: string | null = null;
  shown = false;
  destroyed = false;
  listeners = new Map<string, Listener>();
  constructor(readonly options: { show?: boolean; webPreferences?: { session?: FakeSession } & Record<string, unknown> }) {
    this.webContents = new FakeWebContents(options.webPreferences?.session ?? fake.session.defaultSession);
    fake.windows.push(this);
  }
  async loadURL(url: string) {
    this.url = url;
    this.webContents.mainFrame.url = url;
    if (fake.failLoads) throw new Error(`ERR_CONNECTION_REFUSED (-102) loading '${url}'`);
    const response = await this.webContents.session.fetch(url);
    if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (${response.status}) loading '${url}'`);
    this.webContents.loadedHtml = await response.text();
  }
  once(event: string, listener: Listener) {
    this.listeners.set(event, listener);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
  }
  show() {
    this.shown = true;
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.destroyed = true;
    this.webContents.destroyed = true;
  }
}

function createState() {
  return {
    windows: [] as FakeBrowserWindow[],
    failLoads: false,
    ready: false,
    calls: [] as string[],
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    privilegedSchemes: [] as Array<{ scheme: string; registeredBeforeReady: boolean }>,
    menu: null as unknown,
    openDialogResult: { canceled: true, filePaths: [] as string[] },
    saveDialogResult: { canceled: true, filePath: '' },
    saveDialogOptions: [] as unknown[],
    messageBoxChoice: 0,
    messages: [] as Array<{ message?: string; detail?: string; buttons?: string[] }>,
    errors: [] as Array<[string, string]>,
    opened: [] as string[],
    partitions: new Map<string, FakeSession>(),
    app: {
      isPackaged: true,
      appPath: '/app',
      userData: '/userdata',
    },
    session: { defaultSession: new FakeSession() },
  };
}

// Shared through globalThis so a re-imported main module (vi.resetModules) sees the same fake.
const shared = globalThis as { briefingFakeElectron?: ReturnType<typeof createState> };
export const fake = (shared.briefingFakeElectron ??= createState());

export function resetFake(): void {
  fake.windows = [];
  fake.failLoads = false;
  fake.ready = false;
  fake.calls = [];
  fake.appListeners.clear();
  fake.ipcHandlers.clear();
  fake.privilegedSchemes = [];
  fake.menu = null;
  fake.openDialogResult = { canceled: true, filePaths: [] };
  fake.saveDialogResult = { canceled: true, filePath: '' };
  fake.saveDialogOptions = [];
  fake.messageBoxChoice = 0;
  fake.messages = [];
  fake.errors = [];
  fake.opened = [];
  fake.partitions.clear();
  fake.session.defaultSession = new FakeSession();
}

const record = (name: string) => () => {
  fake.calls.push(name);
};

/** The module object vi.mock('electron') returns. */
export const electronModule = {
  app: {
    get isPackaged() {
      return fake.app.isPackaged;
    },
    getAppPath: () => fake.app.appPath,
    getPath: (name: string) => (name === 'userData' ? fake.app.userData : `/unused/${name}`),
    enableSandbox: record('enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: async () => {
      fake.ready = true;
    },
    on: (event: string, listener: Listener) => fake.appListeners.set(event, listener),
    relaunch: record('relaunch'),
    quit: record('quit'),
    exit: (code: number) => fake.calls.push(`exit ${code}`),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: Array<{ scheme: string }>) =>
      fake.privilegedSchemes.push(...schemes.map((s) => ({ scheme: s.scheme, registeredBeforeReady: !fake.ready }))),
  },
  session: {
    get defaultSession() {
      return fake.session.defaultSession;
    },
    fromPartition: (name: string) => {
      const existing = fake.partitions.get(name) ?? new FakeSession();
      fake.partitions.set(name, existing);
      return existing;
    },
  },
  ipcMain: {
    handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      fake.menu = menu;
    },
  },
  dialog: {
    showOpenDialog: async () => fake.openDialogResult,
    showSaveDialog: async (...args: unknown[]) => {
      fake.saveDialogOptions.push(args.at(-1));
      return fake.saveDialogResult;
    },
    showMessageBox: async (...args: unknown[]) => {
      fake.messages.push(args.at(-1) as never);
      return { response: fake.messageBoxChoice };
    },
    showMessageBoxSync: (...args: unknown[]) => {
      fake.messages.push(args.at(-1) as never);
      return fake.messageBoxChoice;
    },
    showErrorBox: (title: string, content: string) => fake.errors.push([title, content]),
  },
  shell: {
    openExternal: async (url: string) => {
      fake.opened.push(url);
    },
    openPath: async (path: string) => {
      fake.opened.push(path);
      return '';
    },
  },
};
