// Menu commands from the main process: Undo/Redo act on a focused text field natively, otherwise on the board's history.
import { useEffect } from 'react';
import { useStoreApi } from './store/useApp';
import { isTextEntry } from './features/focus/typing';

export function useMenuCommands(): void {
  const store = useStoreApi();
  useEffect(() => {
    // Only the preload subscribes to the menu; the browser harness and unit tests have none (see env.d.ts).
    const subscribe = window.api?.onMenuCommand;
    if (!subscribe) return;
    return subscribe((command) => {
      const state = store.getState();
      if (command === 'export') return state.openExport();
      if (command === 'export-csv') return state.openExportAs('csv');
      if (command === 'export-calendar') return state.openExportAs('ics');
      if (command === 'move-data-folder') return void state.moveDataFolder();
      if (command === 'backup') return void state.backupData();
      if (command === 'restore') return void state.chooseBackup();
      if (command === 'theme-system' || command === 'theme-light' || command === 'theme-dark') {
        return state.setTheme(command === 'theme-system' ? 'system' : command === 'theme-light' ? 'light' : 'dark');
      }
      if (command === 'help') {
        if (state.view === 'board') state.openDialog({ kind: 'help' });
        return;
      }
      if (isTextEntry(document.activeElement)) {
        // execCommand is deprecated but still the only way to reach a field's own undo stack from a menu.
        document.execCommand(command);
        return;
      }
      void (command === 'undo' ? state.undo() : state.redo());
    });
  }, [store]);
}
