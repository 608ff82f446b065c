// Creates the main window with the secure settings, denies navigation, pop-ups and permission requests, and opens it
// where it was left last time (on a display that is still there).
import { BrowserWindow, screen, shell } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './security';
import { MIN_SIZE, loadWindowState, placeWindow, saveWindowState } from './windowState';

export interface WindowOptions {
  preload: string;
  /** app://pathboard/index.html, or the dev server URL when not packaged. */
  appUrl: string;
  icon?: string;
  /** Where the window's size, position and maximised state are kept between runs. */
  stateFile: string;
}

export function createMainWindow({ preload, appUrl, icon, stateFile }: WindowOptions): BrowserWindow {
  const placed = placeWindow(
    loadWindowState(stateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const win = new BrowserWindow({
    ...placed.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Pathboard',
    backgroundColor: '#f6f7fb',
    ...(icon ? { icon } : {}),
    // Spelled out here rather than spread from a constant so static checkers (Electronegativity) can see every value.
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in new windows; the window-open handler denies them anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });

  const contents = win.webContents;
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  win.on('close', () => {
    try {
      saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    } catch {
      // Losing the window's place is not worth a dialog while the app closes.
    }
  });
  win.once('ready-to-show', () => {
    if (placed.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(appUrl);
  return win;
}
