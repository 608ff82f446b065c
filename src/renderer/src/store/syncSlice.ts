// Sync slice: conflict copies beside the data file and their merge, changes that landed from another device, the move.
import type { StateCreator } from 'zustand';
import { DataChangedSchema, type Api, type ApiOutput } from '../../../shared/ipc';
import type { AppStore } from './index';

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
  (api: Api): StateCreator<AppStore, [], [], SyncSlice> =>
  (set, get) => ({
    conflicts: [],
    loadConflicts: async () => {
      const result = await api.listConflictCopies({});
      if (result.ok) set({ conflicts: result.data });
    },
    mergeConflict: async (path) => {
      const result = await api.mergeConflictCopy({ path });
      if (!result.ok) return set({ error: result.error.message });
      const { document, taken, notesJoined, keptAs } = result.data;
      const parts = [
        `${taken.length} milestone${taken.length === 1 ? '' : 's'} taken from the copy`,
        `notes of ${notesJoined.length} kept from both`,
      ];
      set({ document, error: null, flash: `Merged the copy: ${parts.join(', ')}. The copy is kept as ${keptAs}. Edit > Undo takes the merge back.` });
      await get().loadConflicts();
    },
    applyDataChange: (change) => {
      const parsed = DataChangedSchema.safeParse(change);
      if (!parsed.success) return;
      const { document, notice } = parsed.data;
      set((s) => ({ ...(document ? { document } : {}), notices: [...s.notices.filter((n) => n.path !== notice.path || n.kind !== notice.kind), notice] }));
      void get().loadConflicts();
    },
    moveDataFolder: async () => {
      const result = await api.moveDataFolder({});
      if (!result.ok) return set({ error: result.error.message });
      if (result.data.movedTo) set({ error: null, flash: `Your data now lives in ${result.data.movedTo}. Pathboard restarts to use it.` });
    },
  });
