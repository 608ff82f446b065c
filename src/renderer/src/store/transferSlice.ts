// Transfer slice: export a report, back up, and restore, each ending in a plain message of what happened.
import type { StateCreator } from 'zustand';
import type { BackupSummary, Api } from '../../../shared/ipc';
import type { ExportReportFormat } from '../../../shared/reportFormats';
import type { DocumentSync } from './documentSync';
import type { AppStore } from './index';
import { FAILURE, failure, said, succeeded, without } from './messageSlice';

/** What the export dialog offers: the report formats, a spreadsheet of milestones, a calendar of study sessions. */
export type ExportFormat = ExportReportFormat | 'csv' | 'ics';

export type TransferDialog =
  | { kind: 'export'; format?: ExportFormat }
  | { kind: 'restore'; path: string; backup: BackupSummary; current: BackupSummary };

export interface TransferSlice {
  transfer: TransferDialog | null;
  /** True while a report is being written (a PDF takes a couple of seconds). */
  exporting: boolean;
  openExport: () => void;
  /** Opens the export dialog with a format chosen (File > Export milestones as a spreadsheet…, …). */
  openExportAs: (format: ExportFormat) => void;
  closeTransfer: () => void;
  exportReport: (format: ExportReportFormat, includeNotes: boolean) => Promise<void>;
  backupData: () => Promise<void>;
  chooseBackup: () => Promise<void>;
  restoreBackup: (path: string) => Promise<void>;
  exportCsv: (includeNotes: boolean) => Promise<void>;
  exportCalendar: (weeks: 4 | 12, startTime: string) => Promise<void>;
}

export const createTransferSlice =
  (api: Api, sync: DocumentSync): StateCreator<AppStore, [], [], TransferSlice> =>
  (set) => ({
    transfer: null,
    exporting: false,
    openExport: () => set({ transfer: { kind: 'export' } }),
    openExportAs: (format) => set({ transfer: { kind: 'export', format } }),
    closeTransfer: () => set({ transfer: null }),
    exportReport: async (format, includeNotes) => {
      set({ exporting: true });
      const result = await api.exportReport({ format, includeNotes });
      if (!result.ok) return set((s) => ({ messages: said(s.messages, failure(result.error.message)), exporting: false }));
      const { path } = result.data;
      set((s) => ({ transfer: null, exporting: false, messages: succeeded(s.messages, path ? `Saved the report to ${path}.` : null) }));
    },
    backupData: async () => {
      const result = await api.backupData({});
      if (!result.ok) return set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
      const { path } = result.data;
      set((s) => ({ messages: succeeded(s.messages, path ? `Saved a backup of all your data to ${path}.` : null) }));
    },
    chooseBackup: async () => {
      const result = await api.chooseBackup({});
      if (!result.ok) return set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
      const { path, backup, current } = result.data;
      if (path && backup && current) set((s) => ({ messages: without(s.messages, FAILURE), transfer: { kind: 'restore', path, backup, current } }));
    },
    restoreBackup: async (path) => {
      const result = await sync.run(null, () => api.restoreBackup({ path }));
      if (!result.ok) return set({ transfer: null });
      const { safetyCopy } = result.data;
      set((s) => ({
        transfer: null,
        selectedId: null,
        view: s.document?.activePathId ? 'board' : 'welcome',
        // Nothing said about the data before outlives it: hints, undo offers and notices were about what was replaced.
        messages: succeeded([], `Restored your data from the backup. What you had before is kept in ${safetyCopy}.`),
      }));
    },
    exportCsv: async (includeNotes) => {
      const result = await api.exportCsv({ includeNotes });
      if (!result.ok) return set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
      const { path } = result.data;
      set((s) => ({ transfer: null, messages: succeeded(s.messages, path ? `Saved the milestones as a spreadsheet to ${path}.` : null) }));
    },
    exportCalendar: async (weeks, startTime) => {
      const result = await api.exportCalendar({ weeks, startTime });
      if (!result.ok) return set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
      const { path, sessions } = result.data;
      const text = path ? `Saved ${sessions} study sessions as a calendar to ${path}. Import it in your calendar app.` : null;
      set((s) => ({ transfer: null, messages: succeeded(s.messages, text) }));
    },
  });
