// Data slice: roadmaps, the user's document and notices, loaded and changed through window.api only.
import type { StateCreator } from 'zustand';
import type { MilestoneStatus, Notice, UserDocument } from '../../../shared/document';
import type { Api } from '../../../shared/ipc';
import type { Roadmap, RoadmapSummary } from '../../../shared/roadmap';
import type { Result } from '../../../shared/result';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface DataSlice {
  status: LoadStatus;
  roadmaps: RoadmapSummary[];
  roadmap: Roadmap | null;
  document: UserDocument | null;
  notices: Notice[];
  /** The last failed action, shown until dismissed or replaced. */
  error: string | null;
  /** True while the path picker is open over a chosen path. */
  picking: boolean;
  init: () => Promise<void>;
  choosePath: (pathId: string) => Promise<void>;
  setStatus: (milestoneId: string, status: MilestoneStatus) => Promise<void>;
  openPicker: () => void;
  closePicker: () => void;
  dismissNotice: (notice: Notice) => void;
  dismissError: () => void;
}

export const createDataSlice =
  (api: Api): StateCreator<DataSlice, [], [], DataSlice> =>
  (set, get) => {
    const unwrap = <T>(result: Result<T>): T | null => {
      if (result.ok) return result.data;
      set({ error: result.error.message });
      return null;
    };

    const loadRoadmap = async (pathId: string | null): Promise<Roadmap | null> => {
      if (!pathId) return null;
      return unwrap(await api.getRoadmap({ pathId }));
    };

    return {
      status: 'idle',
      roadmaps: [],
      roadmap: null,
      document: null,
      notices: [],
      error: null,
      picking: false,

      init: async () => {
        set({ status: 'loading' });
        const [roadmaps, state] = await Promise.all([api.listRoadmaps({}), api.getState({})]);
        const list = unwrap(roadmaps);
        const appState = unwrap(state);
        if (!list || !appState) {
          set({ status: 'failed' });
          return;
        }
        const roadmap = await loadRoadmap(appState.document.activePathId);
        set({
          status: 'ready',
          roadmaps: list,
          document: appState.document,
          notices: appState.notices,
          roadmap,
        });
      },

      choosePath: async (pathId) => {
        const roadmap = await loadRoadmap(pathId);
        if (!roadmap) return;
        const document = unwrap(await api.choosePath({ pathId }));
        if (document) set({ document, roadmap, picking: false, error: null });
      },

      setStatus: async (milestoneId, status) => {
        const document = unwrap(await api.setMilestoneStatus({ milestoneId, status }));
        if (document) set({ document, error: null });
      },

      openPicker: () => set({ picking: true }),
      closePicker: () => set({ picking: false }),
      dismissNotice: (notice) => set({ notices: get().notices.filter((n) => n !== notice) }),
      dismissError: () => set({ error: null }),
    };
  };
