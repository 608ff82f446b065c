// src/preload/: the bridge: window.api derived from the contract, bundled as CommonJS for a sandboxed preload.
// Exposes window.api: one method per contract call, each a plain invoke, and one subscription per main-to-renderer event.
// No ipcRenderer, event object or Node API leaks out.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, CHANNELS, EVENTS, MENU_COMMANDS, type EventName } from '../shared/channels';
import type { ApiEvents, EventPayload } from '../shared/ipc';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input)]),
);

/** The subscription to one event: only a payload that `accepts` takes reaches the page, never the event object. */
function subscribe<E extends EventName>(event: E, accepts: (payload: unknown) => boolean) {
  return (callback: (payload: EventPayload<E>) => void) => {
    const listener = (_event: unknown, payload: unknown) => {
      if (accepts(payload)) callback(payload as EventPayload<E>);
    };
    ipcRenderer.on(EVENTS[event], listener);
    return () => {
      ipcRenderer.removeListener(EVENTS[event], listener);
    };
  };
}

const events: ApiEvents = {
  // Menu commands (Edit > Undo, …): only known command names.
  onMenuCommand: subscribe('menuCommand', (c) => typeof c === 'string' && (MENU_COMMANDS as readonly string[]).includes(c)),
  // The data file changed on disk (another device's sync). The renderer checks it against DataChangedSchema: zod stays
  // out of the preload bundle.
  onDataChanged: subscribe('dataChanged', (c) => typeof c === 'object' && c !== null),
};

contextBridge.exposeInMainWorld('api', Object.freeze({ ...api, ...events }));
