// Native save/open dialogs and PDF printing for reports and backups: the Electron side of src/main/transfer.ts.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import type { FileDialogs, PrintToPdf, ReportFormat } from './transfer';

const FILTERS: Record<ReportFormat, Electron.FileFilter[]> = {
  md: [{ name: 'Markdown', extensions: ['md'] }],
  html: [{ name: 'Web page', extensions: ['html'] }],
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  json: [{ name: 'Pathboard backup', extensions: ['json'] }],
  csv: [{ name: 'Spreadsheet (CSV)', extensions: ['csv'] }],
  ics: [{ name: 'Calendar', extensions: ['ics'] }],
};

export function nativeDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    chooseSavePath: async (defaultName, format) => {
      const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: FILTERS[format] };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseOpenPath: async () => {
      const options = { properties: ['openFile' as const], filters: FILTERS.json };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/** File > Move data folder…: a folder the learner syncs (Syncthing, Dropbox, OneDrive, iCloud Drive). */
export function chooseDataFolder(getWindow: () => BrowserWindow | null): () => Promise<string | null> {
  return async () => {
    const options = {
      title: 'Move your data folder',
      buttonLabel: 'Move here',
      message: 'Choose a folder you sync between your computers. Pathboard copies your data there and keeps the old files.',
      properties: ['openDirectory' as const, 'createDirectory' as const],
    };
    const win = getWindow();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
}

/** Prints the report's self-contained HTML in a hidden, script-less, sandboxed window. */
export const printToPdf: PrintToPdf = async (html) => {
  const win = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  try {
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
  } finally {
    win.destroy();
  }
};
