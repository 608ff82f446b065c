// Binds the application service to ipcMain: the only place that touches ipcMain. Payloads are validated by the api itself.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_METHODS, CHANNELS } from '../shared/channels';
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
