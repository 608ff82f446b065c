// Creates the main window with the secure settings and denies navigation, pop-ups and permission requests.
import { BrowserWindow, shell } from 'electron';
import { isAppUrl, isSafeExternalUrl } from './security';

export interface WindowOptions {
  preload: string;
  /** file:// URL of the built index.html, or the dev server URL. */
  appUrl: string;
  icon?: string;
}

export function createMainWindow({ preload, appUrl, icon }: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 600,
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

  win.once('ready-to-show', () => win.show());
  void win.loadURL(appUrl);
  return win;
}
