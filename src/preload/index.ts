// Exposes window.api: one method per contract call, each a plain invoke. No ipcRenderer, event object or Node API leaks out.
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, CHANNELS } from '../shared/channels';

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(CHANNELS[method], input)]),
);

contextBridge.exposeInMainWorld('api', Object.freeze(api));
