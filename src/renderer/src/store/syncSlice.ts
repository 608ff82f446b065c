// Sync slice: conflict copies beside the data file and their merge, changes that landed from another device, the move.
import type { StateCreator } from 'zustand';
import { DataChangedSchema, type Api, type ApiOutput } from '../../../shared/ipc';
import type { DocumentSync } from './documentSync';
import type { AppStore } from './index';
import { noticeMessage, said, succeeded } from './messageSlice';

export type ConflictCopyItem = ApiOutput<'listConflictCopies'>[number];

export interface SyncSlice {
  conflicts: ConflictCopyItem[];
  loadConflicts: () => Promise<void>;
  mergeConflict: (path: string) => Promise<void>;
  /** Applies what the main process reports after the data file changed on disk; anything malformed is ignored. */
  applyDataChange: (change: unknown) => void;
  moveDataFolder: () => Promise<void>;
}

export const createSyncSlice =
  (api: Api, sync: DocumentSync): StateCreator<AppStore, [], [], SyncSlice> =>
  (set, get) => ({
    conflicts: [],
    loadConflicts: async () => {
      const result = await api.listConflictCopies({});
      if (result.ok) set({ conflicts: result.data });
    },
    mergeConflict: async (path) => {
      const result = await sync.run(null, () => api.mergeConflictCopy({ path }));
      if (!result.ok) return;
      const { taken, notesJoined, keptAs } = result.data;
      const parts = [
        `${taken.length} milestone${taken.length === 1 ? '' : 's'} taken from the copy`,
        `notes of ${notesJoined.length} kept from both`,
      ];
      const text = `Merged the copy: ${parts.join(', ')}. The copy is kept as ${keptAs}. Edit > Undo takes the merge back.`;
      set((s) => ({ messages: succeeded(s.messages, text) }));
      await get().loadConflicts();
    },
    applyDataChange: (change) => {
      const parsed = DataChangedSchema.safeParse(change);
      if (!parsed.success) return;
      const { notice } = parsed.data;
      // Another device's change: the renderer starts again from the document as it is on disk now.
      if (parsed.data.document) sync.reset(parsed.data.document);
      set((s) => ({ messages: said(s.messages, noticeMessage(notice)) }));
      void get().loadConflicts();
    },
    moveDataFolder: async () => {
      // The data switches at once (no restart): the answer carries the document open now (another computer's, when the
      // folder held one) and the notice saying where the data and the old copy are.
      const result = await sync.run(null, () => api.moveDataFolder({}));
      if (!result.ok || result.data.movedTo === null) return;
      const { notice } = result.data;
      set((s) => ({ messages: said(s.messages, noticeMessage(notice)) }));
      void get().loadConflicts();
    },
  });
