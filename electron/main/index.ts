import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  powerMonitor,
  safeStorage,
  session,
  webContents,
} from 'electron';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CoreHost, type HostServices } from '../app/coreHost';
import { StationLink } from '../station/stationLink';
import { registerIpc } from './ipcAdapter';
import { electronNativeBinding } from './nativeBinding';
import { SafeStorageKeyProvider } from './safeStorageProvider';
import {
  DEV_CSP,
  guardContents,
  guardPermissions,
  mainWindowOptions,
  PRODUCTION_CSP,
} from './security';

const devUrl = process.env.ELECTRON_RENDERER_URL;
let appUrl = '';
let mainWindow: BrowserWindow | null = null;

/** A first run may find no userData folder yet; the vault's folder is for this user only. */
function vaultDir(): string {
  const dir = join(app.getPath('userData'), 'vault');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** The person picks where an approved export goes (a USB drive, usually). */
async function chooseExportFolder(clientId: string): Promise<string | null> {
  const contents = webContents.fromId(Number(clientId));
  const win = contents ? BrowserWindow.fromWebContents(contents) : null;
  const options = {
    title: 'Deskbook',
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const choice = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}

function hostServices(keys: SafeStorageKeyProvider): HostServices {
  return {
    seal: (secret) => keys.seal(secret),
    unseal: (sealed) => keys.unseal(sealed),
    chooseFolder: chooseExportFolder,
  };
}

/** Core runs in the db worker (out/main/coreWorker.js beside this file). */
function startCore(keys: SafeStorageKeyProvider): CoreHost {
  const nativeBinding = electronNativeBinding(app.getAppPath(), process.resourcesPath);
  return new CoreHost({
    workerFile: join(__dirname, 'coreWorker.js'),
    services: hostServices(keys),
    settings: {
      dataDir: vaultDir(),
      key: { kind: 'host' },
      exportFolder: { kind: 'host' },
      ...(nativeBinding ? { nativeBinding } : {}),
    },
  });
}

function setCspHeader(): void {
  const csp = devUrl ? DEV_CSP : PRODUCTION_CSP;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

function windowIcon(): string | undefined {
  const icon = join(app.getAppPath(), 'resources', 'icon.png');
  return existsSync(icon) ? icon : undefined;
}

/**
 * This PC's own Core, or (with station.json in userData) the vault PC over the LAN; the
 * relay and the windows do not tell the two apart.
 */
function startLink(): StationLink {
  const keys = new SafeStorageKeyProvider(safeStorage);
  return new StationLink({
    dir: app.getPath('userData'),
    keys,
    startCore: () => startCore(keys),
  });
}

async function createWindow(link: StationLink): Promise<void> {
  const preload = join(__dirname, '../preload/index.js');
  const win = new BrowserWindow(mainWindowOptions(preload, windowIcon()));
  mainWindow = win;
  guardContents(win.webContents, () => appUrl);
  const clientId = String(win.webContents.id);
  win.on('closed', () => {
    link.endClient(clientId);
    if (mainWindow === win) mainWindow = null;
  });
  win.once('ready-to-show', () => win.show());
  if (devUrl) {
    appUrl = devUrl;
    await win.loadURL(devUrl);
  } else {
    const file = join(__dirname, '../renderer/index.html');
    appUrl = new URL(`file://${file}`).href;
    await win.loadFile(file);
  }
}

/** A second start was refused by the single-instance lock: bring the first window forward. */
function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The database (or the line to the vault PC) is closed before the app exits, so nothing is cut short. */
function closeCoreOnQuit(link: StationLink): void {
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void link.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

async function whenReady(): Promise<void> {
  guardPermissions(session.defaultSession, () => appUrl);
  setCspHeader();
  const link = startLink();
  registerIpc(ipcMain, link, {
    appUrl: () => appUrl,
    contentsById: (id) => webContents.fromId(id),
    allContents: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
  });
  // Walking away from the PC (OS lock, sleep) locks every Deskbook session of this PC at once.
  powerMonitor.on('lock-screen', () => link.lockAll());
  powerMonitor.on('suspend', () => link.lockAll());
  closeCoreOnQuit(link);
  await createWindow(link);
}

// One app, one writer: a second start hands over to the first window and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  app.on('web-contents-created', (_e, contents) => guardContents(contents, () => appUrl));
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(whenReady);
}
