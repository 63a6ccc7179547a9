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
import { join } from 'node:path';
import { Core, consoleLogger } from '../app/core';
import { registerIpc } from './ipcAdapter';
import { electronNativeBinding } from './nativeBinding';
import { SafeStorageKeyProvider } from './safeStorageProvider';
import {
  DEV_CSP,
  denyPermissions,
  guardContents,
  mainWindowOptions,
  PRODUCTION_CSP,
} from './security';

const TICK_MS = 5_000;
const devUrl = process.env.ELECTRON_RENDERER_URL;
let appUrl = '';

function createCore(): Core {
  const appRoot = app.getAppPath();
  const nativeBinding = electronNativeBinding(appRoot, process.resourcesPath);
  return new Core({
    dataDir: join(app.getPath('userData'), 'vault'),
    keyProvider: new SafeStorageKeyProvider(safeStorage),
    logger: consoleLogger,
    chooseFolder: chooseExportFolder,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
}

/** The person picks where an approved export goes (a USB drive, usually). */
function chooseExportFolder(clientId: string): string | null {
  const contents = webContents.fromId(Number(clientId));
  const win = contents ? BrowserWindow.fromWebContents(contents) : null;
  const options = {
    title: 'Deskbook',
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const paths = win ? dialog.showOpenDialogSync(win, options) : dialog.showOpenDialogSync(options);
  return paths?.[0] ?? null;
}

function setCspHeader(): void {
  const csp = devUrl ? DEV_CSP : PRODUCTION_CSP;
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

async function createWindow(core: Core): Promise<void> {
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.js')));
  guardContents(win.webContents, () => appUrl);
  const clientId = String(win.webContents.id);
  win.on('closed', () => core.endClient(clientId));
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

app.enableSandbox();
app.on('web-contents-created', (_e, contents) => guardContents(contents, () => appUrl));

void app.whenReady().then(async () => {
  denyPermissions(session.defaultSession);
  setCspHeader();
  const core = createCore();
  registerIpc(
    ipcMain,
    core,
    () => appUrl,
    (id) => webContents.fromId(id),
  );
  const timer = setInterval(() => core.tick(), TICK_MS);
  // Walking away from the PC (OS lock, sleep) locks every Deskbook session at once.
  powerMonitor.on('lock-screen', () => core.lockAll());
  powerMonitor.on('suspend', () => core.lockAll());
  app.on('will-quit', () => {
    clearInterval(timer);
    core.close();
  });
  await createWindow(core);
});

app.on('window-all-closed', () => app.quit());
