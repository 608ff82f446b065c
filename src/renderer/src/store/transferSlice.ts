// Transfer slice: export a report, back up, and restore, each ending in a plain message of what happened.
import type { StateCreator } from 'zustand';
import type { Api, BackupSummary } from '../../../shared/ipc';
import type { AppStore } from './index';

/** What the export dialog offers: the report formats, a spreadsheet of milestones, a calendar of study sessions. */
export type ExportFormat = 'md' | 'html' | 'pdf' | 'csv' | 'ics';

export type TransferDialog =
  | { kind: 'export'; format?: ExportFormat }
  | { kind: 'restore'; path: string; backup: BackupSummary; current: BackupSummary };

export interface TransferSlice {
  transfer: TransferDialog | null;
  /** A short confirmation of something that worked (a file saved), shown until dismissed or replaced. */
  flash: string | null;
  /** True while a report is being written (a PDF takes a couple of seconds). */
  exporting: boolean;
  openExport: () => void;
  /** Opens the export dialog with a format chosen (File > Export milestones as a spreadsheet…, …). */
  openExportAs: (format: ExportFormat) => void;
  closeTransfer: () => void;
  dismissFlash: () => void;
  exportReport: (format: 'md' | 'html' | 'pdf', includeNotes: boolean) => Promise<void>;
  backupData: () => Promise<void>;
  chooseBackup: () => Promise<void>;
  restoreBackup: (path: string) => Promise<void>;
  exportCsv: (includeNotes: boolean) => Promise<void>;
  exportCalendar: (weeks: 4 | 12, startTime: string) => Promise<void>;
}

export const createTransferSlice =
  (api: Api): StateCreator<AppStore, [], [], TransferSlice> =>
  (set) => ({
    transfer: null,
    flash: null,
    exporting: false,
    openExport: () => set({ transfer: { kind: 'export' } }),
    openExportAs: (format) => set({ transfer: { kind: 'export', format } }),
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
    exportCsv: async (includeNotes) => {
      const result = await api.exportCsv({ includeNotes });
      if (!result.ok) return set({ error: result.error.message });
      set({ transfer: null, error: null, flash: result.data.path ? `Saved the milestones as a spreadsheet to ${result.data.path}.` : null });
    },
    exportCalendar: async (weeks, startTime) => {
      const result = await api.exportCalendar({ weeks, startTime });
      if (!result.ok) return set({ error: result.error.message });
      const { path, sessions } = result.data;
      set({ transfer: null, error: null, flash: path ? `Saved ${sessions} study sessions as a calendar to ${path}. Import it in your calendar app.` : null });
    },
  });
