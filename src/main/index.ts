// Composition root: single-instance lock, app lifecycle, the data file in userData, IPC wiring and the main window.
import { app, BrowserWindow, dialog, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApi } from './api';
import { registerIpc } from './ipc';
import { nativeDialogs, printToPdf } from './dialogs';
import { followThemeChoice, installMenu } from './menu';
import { isAppUrl } from './security';
import { releaseAllLocksSync } from './store/lockFile';
import { createMainWindow } from './window';

const here = import.meta.dirname;
const preload = join(here, '../preload/index.cjs');
const indexHtml = join(here, '../renderer/index.html');
const appUrl = process.env['ELECTRON_RENDERER_URL'] ?? pathToFileURL(indexHtml).href;

let mainWindow: BrowserWindow | null = null;

// Lets tests (and people who want a portable setup) keep Pathboard's data in a folder of their choosing.
const userDataOverride = process.env['PATHBOARD_USER_DATA'];
if (userDataOverride) app.setPath('userData', userDataOverride);

async function start(): Promise<void> {
  await app.whenReady();
  const api = await createApi({
    dataFile: join(app.getPath('userData'), 'pathboard.json'),
    roadmapsDir: join(app.getAppPath(), 'resources', 'roadmaps'),
    reveal: (path) => shell.showItemInFolder(path),
    dialogs: nativeDialogs(() => mainWindow),
    printToPdf,
    setThemeSource: followThemeChoice,
  });
  // Hold the quit until queued writes are on disk, then quit for real (the lock is also released on will-quit).
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    closed = true;
    void api.close().finally(() => app.quit());
  });
  installMenu(() => mainWindow);
  registerIpc(api, (event) => {
    const frame = event.senderFrame;
    return !!mainWindow && event.sender === mainWindow.webContents && !!frame && isAppUrl(frame.url, appUrl);
  });
  const openWindow = (): void => {
    const icon = join(app.getAppPath(), 'resources', 'icon.png');
    mainWindow = createMainWindow({ preload, appUrl, icon: existsSync(icon) ? icon : undefined });
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
