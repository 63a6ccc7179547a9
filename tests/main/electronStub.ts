import { EventEmitter } from 'node:events';

/**
 * Just enough of the `electron` module for electron/main/index.ts to run under Node: the
 * real bundle, worker and relay run; only Electron's own objects are fakes that record.
 */

type Handler = (event: unknown, input: unknown) => Promise<unknown>;
type PermissionRequest = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;
type PermissionCheck = (
  contents: unknown,
  permission: string,
  origin: string,
  details: object,
) => boolean;

export class FakeContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeContents.nextId++;
  readonly sent: [string, unknown][] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return false;
  }
  setWindowOpenHandler(): void {}
  /** The page's URL as Electron reports it; set by the window's loadFile. */
  url = '';
  getURL(): string {
    return this.url;
  }
  readonly pdfOptions: Record<string, unknown>[] = [];
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.pdfOptions.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.7'));
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  loadedFile = '';
  minimized = false;
  readonly calls: string[] = [];
  constructor(
    readonly options: Record<string, unknown>,
    private readonly registry: FakeWindow[],
  ) {
    super();
    registry.push(this);
  }
  loadFile(file: string): Promise<void> {
    this.loadedFile = file;
    this.webContents.url = new URL(`file://${file}`).href;
    return Promise.resolve();
  }
  loadURL(): Promise<void> {
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
    this.calls.push('restore');
  }
  show(): void {
    this.calls.push('show');
  }
  focus(): void {
    this.calls.push('focus');
  }
}

export class FakeApp extends EventEmitter {
  quitCalls = 0;
  constructor(
    private readonly userData: string,
    private readonly appPath: string,
    private readonly gotLock: boolean,
  ) {
    super();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return this.userData;
  }
  getAppPath(): string {
    return this.appPath;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quitCalls += 1;
    this.emit('quit-called');
  }
  enableSandbox(): void {}
  requestSingleInstanceLock(): boolean {
    return this.gotLock;
  }
}

/** Reversible, like the OS keychain for the same login; the prefix shows it was sealed. */
const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'gnome_libsecret',
  encryptString: (text: string) => Buffer.from(`sealed:${text}`).reverse(),
  decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString().slice(7),
};

export function electronStub(options: { userData: string; appPath: string; gotLock: boolean }) {
  const windows: FakeWindow[] = [];
  const handlers = new Map<string, Handler>();
  const app = new FakeApp(options.userData, options.appPath, options.gotLock);
  const powerMonitor = new EventEmitter();
  /** What main set on the default session, to ask it as Chromium would. */
  const permissions: { request?: PermissionRequest; check?: PermissionCheck } = {};
  const BrowserWindow = class extends FakeWindow {
    constructor(o: Record<string, unknown>) {
      super(o, windows);
    }
    static getAllWindows = () => windows;
    static fromWebContents = (c: FakeContents) => windows.find((w) => w.webContents === c);
  };
  const module = {
    app,
    BrowserWindow,
    powerMonitor,
    safeStorage,
    ipcMain: { handle: (channel: string, fn: Handler) => handlers.set(channel, fn) },
    dialog: {
      showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
      showSaveDialog: () => Promise.resolve({ canceled: true }),
    },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: () => {} },
        setPermissionRequestHandler: (h: PermissionRequest) => (permissions.request = h),
        setPermissionCheckHandler: (h: PermissionCheck) => (permissions.check = h),
      },
    },
    webContents: {
      fromId: (id: number) => windows.find((w) => w.webContents.id === id)?.webContents,
    },
  };
  return { module, app, windows, handlers, powerMonitor, permissions };
}

export type ElectronStub = ReturnType<typeof electronStub>;
