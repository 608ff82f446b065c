// The renderer sees the main process only through window.api, typed by the shared contract.
import type { MenuCommand } from '../../shared/channels';
import type { Api } from '../../shared/ipc';

declare global {
  interface Window {
    /** onMenuCommand exists in the Electron app; the browser test harness has no menu. */
    api: Api & {
      onMenuCommand?: (callback: (command: MenuCommand) => void) => () => void;
      /** The data file changed on disk (issue 16); the payload is checked against the contract's schema before use. */
      onDataChanged?: (callback: (change: unknown) => void) => () => void;
    };
    // (window.api is absent in unit tests, which hand the store an api directly.)
  }
}

export {};
