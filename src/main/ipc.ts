// The shell's IPC: binds the service to ipcMain and sends the contract's events to the window. The only place that touches
// ipcMain or webContents.send. Payloads of calls are validated by the api itself.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { API_METHODS, CHANNELS, EVENTS, type EventName } from '../shared/channels';
import type { EventPayload } from '../shared/ipc';
import { fail } from '../shared/result';
import type { UncheckedApi } from './api';

export function registerIpc(api: UncheckedApi, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const method of API_METHODS) {
    ipcMain.handle(CHANNELS[method], async (event, input: unknown) => {
      if (!isTrustedSender(event)) return fail('FORBIDDEN', 'This request did not come from Pathboard’s own window.');
      return api[method](input);
    });
  }
}

/** Sends one of the contract's events with the payload its type names; nothing happens while there is no window. */
export function sendEvent<E extends EventName>(target: WebContents | null | undefined, event: E, payload: EventPayload<E>): void {
  target?.send(EVENTS[event], payload);
}
