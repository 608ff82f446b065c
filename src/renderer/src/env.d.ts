// The renderer sees the main process only through window.api, typed by the shared contract.
import type { Api } from '../../shared/ipc';

declare global {
  interface Window {
    api: Api;
  }
}

export {};
