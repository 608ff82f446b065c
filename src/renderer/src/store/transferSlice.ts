// Transfer slice: export a report, back up, and restore, each ending in a plain message of what happened.
import type { StateCreator } from 'zustand';
import type { Api, BackupSummary } from '../../../shared/ipc';
import type { AppStore } from './index';

export type TransferDialog =
  | { kind: 'export' }
  | { kind: 'restore'; path: string; backup: BackupSummary; current: BackupSummary };

export interface TransferSlice {
  transfer: TransferDialog | null;
  /** A short confirmation of something that worked (a file saved), shown until dismissed or replaced. */
  flash: string | null;
  /** True while a report is being written (a PDF takes a couple of seconds). */
  exporting: boolean;
  openExport: () => void;
  closeTransfer: () => void;
  dismissFlash: () => void;
  exportReport: (format: 'md' | 'html' | 'pdf', includeNotes: boolean) => Promise<void>;
  backupData: () => Promise<void>;
  chooseBackup: () => Promise<void>;
  restoreBackup: (path: string) => Promise<void>;
}

export const createTransferSlice =
  (api: Api): StateCreator<AppStore, [], [], TransferSlice> =>
  (set) => ({
    transfer: null,
    flash: null,
    exporting: false,
    openExport: () => set({ transfer: { kind: 'export' } }),
    closeTransfer: () => set({ transfer: null }),
    dismissFlash: () => set({ flash: null }),
    exportReport: async (format, includeNotes) => {
      set({ exporting: true });
      const result = await api.exportReport({ format, includeNotes });
      if (!result.ok) return set({ error: result.error.message, exporting: false });
      set({ transfer: null, error: null, exporting: false, flash: result.data.path ? `Saved the report to ${result.data.path}.` : null });
    },
    backupData: async () => {
      const result = await api.backupData({});
      if (!result.ok) return set({ error: result.error.message });
      set({ error: null, flash: result.data.path ? `Saved a backup of all your data to ${result.data.path}.` : null });
    },
    chooseBackup: async () => {
      const result = await api.chooseBackup({});
      if (!result.ok) return set({ error: result.error.message });
      const { path, backup, current } = result.data;
      if (path && backup && current) set({ error: null, transfer: { kind: 'restore', path, backup, current } });
    },
    restoreBackup: async (path) => {
      const result = await api.restoreBackup({ path });
      if (!result.ok) return set({ error: result.error.message, transfer: null });
      const { document, safetyCopy } = result.data;
      set({
        document,
        transfer: null,
        error: null,
        selectedId: null,
        view: document.activePathId ? 'board' : 'welcome',
        flash: `Restored your data from the backup. What you had before is kept in ${safetyCopy}.`,
      });
    },
  });
