// The renderer sees the main process only through window.api, typed by the shared contract.
import type { ApiEvents, Api } from '../../shared/ipc';

declare global {
  interface Window {
    /**
     * In the app the preload sets every call and every event subscription. The browser test harness sets the calls only
     * (no menu, no file watcher). Renderer unit tests have no window.api: they give the store an api directly.
     */
    api?: Api & Partial<ApiEvents>;
  }
}

export {};
