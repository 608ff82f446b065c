// The application menu. Undo, redo and the shortcuts help go to the renderer, which knows whether a text field has focus.
import { app, dialog, Menu, nativeTheme, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, ThemeSource } from '../shared/channels';
import { sendEvent } from './ipc';

export interface MenuOptions {
  /** The learner's data file now (File > Move data folder… changes it), shown by File > Open data folder. */
  dataFile: () => string;
  isMac?: boolean;
}

function showAbout(win: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: 'About Pathboard',
    message: `Pathboard ${app.getVersion()}`,
    detail: `An offline planner for studying toward an AI career.\nElectron ${process.versions.electron ?? 'unknown'}, Chromium ${process.versions.chrome ?? 'unknown'}, Node.js ${process.versions.node}.`,
    buttons: ['OK'],
  };
  void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}

export function installMenu(getWindow: () => BrowserWindow | null, { dataFile, isMac = process.platform === 'darwin' }: MenuOptions): void {
  const send = (command: MenuCommand) => () => sendEvent(getWindow()?.webContents, 'menuCommand', command);
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Export progress report…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { label: 'Export milestones as a spreadsheet (CSV)…', click: send('export-csv') },
        { label: 'Export study plan to a calendar…', click: send('export-calendar') },
        { type: 'separator' },
        { label: 'Back up data…', click: send('backup') },
        { label: 'Restore from backup…', click: send('restore') },
        { label: 'Open data folder', click: () => shell.showItemInFolder(dataFile()) },
        { label: 'Move data folder…', click: send('move-data-folder') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        // The renderer owns the choice (it persists it) and answers with setThemeSource, which ticks the item here.
        { id: 'theme-system', label: 'System theme', type: 'radio', checked: true, click: send('theme-system') },
        { id: 'theme-light', label: 'Light theme', type: 'radio', click: send('theme-light') },
        { id: 'theme-dark', label: 'Dark theme', type: 'radio', click: send('theme-dark') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Keyboard shortcuts', accelerator: 'Shift+/', click: send('help') },
        { label: 'About Pathboard', click: () => showAbout(getWindow()) },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** The shell follows the learner's theme choice: native menus and title bar, and prefers-color-scheme in the page. */
export function followThemeChoice(source: ThemeSource): void {
  nativeTheme.themeSource = source;
  const item = Menu.getApplicationMenu()?.getMenuItemById(`theme-${source}`);
  if (item) item.checked = true;
}
