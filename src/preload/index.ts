// Exposes window.api: one method per contract call, each a plain invoke. No ipcRenderer, event object or Node API leaks out.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, CHANNELS, EVENTS, MENU_COMMANDS, type MenuCommand } from '../shared/channels';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input)]),
);

/** Menu commands (Edit > Undo, …): only known command names reach the page, never the event object. */
const onMenuCommand = (callback: (command: MenuCommand) => void) => {
  const listener = (_event: unknown, command: unknown) => {
    if (typeof command === 'string' && (MENU_COMMANDS as readonly string[]).includes(command)) callback(command as MenuCommand);
  };
  ipcRenderer.on(EVENTS.menuCommand, listener);
  return () => {
    ipcRenderer.removeListener(EVENTS.menuCommand, listener);
  };
};

/** The data file changed on disk (another device's sync): the new document (when one was loaded) and the notice. */
const onDataChanged = (callback: (change: unknown) => void) => {
  const listener = (_event: unknown, change: unknown) => {
    if (typeof change === 'object' && change !== null) callback(change);
  };
  ipcRenderer.on(EVENTS.dataChanged, listener);
  return () => {
    ipcRenderer.removeListener(EVENTS.dataChanged, listener);
  };
};

contextBridge.exposeInMainWorld('api', Object.freeze({ ...api, onMenuCommand, onDataChanged }));
