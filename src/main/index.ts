// src/main/: the Electron main process: the application service (no electron) and the thin shell around it.
// Composition root: single-instance lock, app lifecycle, the app:// scheme, the data file in userData, IPC wiring and the main window.
import { app, BrowserWindow, dialog, protocol, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createApi } from './api';
import { APP_INDEX_URL, APP_SCHEME, createAppProtocolHandler } from './appProtocol';
import { registerIpc, sendEvent } from './ipc';
import { chooseDataFolder, nativeDialogs, printToPdf } from './dialogs';
import { readDataLocation } from './store/moveDataFolder';
import { followThemeChoice, installMenu } from './menu';
import { isAppUrl } from './security';
import { releaseAllLocksSync } from './store/lockFile';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const preload = join(here, '../preload/index.cjs');
const rendererDir = join(here, '../renderer');
// The dev server (electron-vite dev) is trusted only in a development run; a packaged app always loads its own files.
const devServerUrl = app.isPackaged ? '' : (process.env['ELECTRON_RENDERER_URL'] ?? '');
const appUrl = devServerUrl || APP_INDEX_URL;

// Must happen before 'ready'. Standard + secure gives the page a real origin and a secure context, as https would.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;

// Lets tests (and people who want a portable setup) keep Pathboard's data in a folder of their choosing.
const userDataOverride = process.env['PATHBOARD_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

async function start(): Promise<void> {
  await app.whenReady();
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
  // The data file lives in userData unless File > Move data folder… put it elsewhere (a synced folder).
  const locationFile = join(app.getPath('userData'), 'data-location.json');
  const { dataFile, problem } = await readDataLocation(locationFile, join(app.getPath('userData'), 'pathboard.json'));
  if (problem) throw new Error(problem);
  let currentDataFile = dataFile;
  const api = await createApi({
    dataFile,
    roadmapsDir: join(app.getAppPath(), 'resources', 'roadmaps'),
    reveal: (path) => shell.showItemInFolder(path),
    dialogs: nativeDialogs(() => mainWindow),
    printToPdf,
    setThemeSource: followThemeChoice,
    dataLocation: {
      locationFile,
      chooseFolder: chooseDataFolder(() => mainWindow),
      // The service has switched its file, lock and watcher; File > Open data folder follows.
      onMoved: (moved) => {
        currentDataFile = moved;
      },
    },
    watchDataFile: {
      onChange: (outcome) => {
        if (!('notice' in outcome)) return;
        const change = { document: 'document' in outcome ? outcome.document : null, notice: outcome.notice };
        sendEvent(mainWindow?.webContents, 'dataChanged', change);
      },
    },
  });
  // Hold the quit until queued writes are on disk, then quit for real (the lock is also released on will-quit).
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    void api.close().finally(() => app.quit());
  });
  installMenu(() => mainWindow, { dataFile: () => currentDataFile });
  registerIpc(api, (event) => {
    const frame = event.senderFrame;
    return !!mainWindow && event.sender === mainWindow.webContents && !!frame && isAppUrl(frame.url, appUrl);
  });
  const openWindow = (): void => {
    const icon = join(app.getAppPath(), 'resources', 'icon.png');
    mainWindow = createMainWindow({
      preload,
      appUrl,
      icon: existsSync(icon) ? icon : undefined,
      stateFile: join(app.getPath('userData'), 'window-state.json'),
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };
  openWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Pathboard owns the data file; two writers must never share it.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Frees pathboard.json.lock for the next start (a crash leaves it behind; the next start takes a dead pid's lock over).
  app.on('will-quit', () => releaseAllLocksSync());
  start().catch((error: unknown) => {
    dialog.showErrorBox('Pathboard could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
}
