// Data slice: roadmaps, the user's document and notices, loaded and changed through window.api only.
import type { StateCreator } from 'zustand';
import type { MilestoneStatus, Notice, UserDocument } from '../../../shared/document';
import type { Api, ApiInput } from '../../../shared/ipc';
import type { GlossaryEntry } from '../../../shared/glossary';
import type { Answers, Questionnaire } from '../../../shared/questionnaire';
import type { Roadmap } from '../../../shared/roadmap';
import type { Result } from '../../../shared/result';
import { applyDocument } from './applyDocument';
import type { AppStore } from './index';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface DataSlice {
  status: LoadStatus;
  roadmaps: Roadmap[];
  questionnaire: Questionnaire | null;
  glossary: GlossaryEntry[];
  /** Why the built-in questionnaire or glossary could not be loaded; the rest of the app works without them. */
  guideError: string | null;
  document: UserDocument | null;
  notices: Notice[];
  /** The last failed action, shown until dismissed or replaced. */
  error: string | null;
  init: () => Promise<void>;
  choosePath: (pathId: string) => Promise<void>;
  setStatus: (milestoneId: string, status: MilestoneStatus) => Promise<boolean>;
  saveQuestionnaire: (answers: Answers) => Promise<boolean>;
  saveStudySettings: (input: ApiInput<'saveStudySettings'>) => Promise<boolean>;
  setEstimateOverride: (milestoneId: string, hours: number | null) => Promise<boolean>;
  dismissNotice: (notice: Notice) => void;
  revealNotice: (notice: Notice) => Promise<void>;
  dismissError: () => void;
}

export const createDataSlice =
  (api: Api): StateCreator<AppStore, [], [], DataSlice> =>
  (set, get) => {
    const unwrap = <T>(result: Result<T>): T | null => {
      if (result.ok) return result.data;
      set({ error: result.error.message });
      return null;
    };

    return {
      status: 'idle',
      roadmaps: [],
      questionnaire: null,
      glossary: [],
      guideError: null,
      document: null,
      notices: [],
      error: null,

      init: async () => {
        set({ status: 'loading' });
        const [roadmaps, state, questionnaire, glossary] = await Promise.all([
          api.listRoadmaps({}),
          api.getState({}),
          api.getQuestionnaire({}),
          api.getGlossary({}),
        ]);
        const list = unwrap(roadmaps);
        const appState = unwrap(state);
        if (!list || !appState) {
          set({ status: 'failed' });
          return;
        }
        performance.mark('pathboard:data-ready');
        set({
          status: 'ready',
          roadmaps: list,
          questionnaire: questionnaire.ok ? questionnaire.data : null,
          glossary: glossary.ok ? glossary.data : [],
          guideError: [questionnaire, glossary].flatMap((r) => (r.ok ? [] : [r.error.message])).join(' ') || null,
          document: appState.document,
          notices: appState.notices,
          view: appState.document.activePathId ? 'board' : 'welcome',
        });
      },

      choosePath: async (pathId) => {
        const document = unwrap(await api.choosePath({ pathId }));
        if (document) set({ document, view: 'board', error: null });
      },

      setStatus: async (milestoneId, status) => {
        return applyDocument(set, await api.setMilestoneStatus({ milestoneId, status }));
      },

      saveQuestionnaire: async (answers) => {
        return applyDocument(set, await api.saveQuestionnaire({ answers }));
      },

      saveStudySettings: async (input) => {
        return applyDocument(set, await api.saveStudySettings(input));
      },

      setEstimateOverride: async (milestoneId, hours) => {
        return applyDocument(set, await api.setEstimateOverride({ milestoneId, hours }));
      },

      revealNotice: async (notice) => {
        unwrap(await api.revealNotice({ path: notice.path }));
      },

      dismissNotice: (notice) => set({ notices: get().notices.filter((n) => n !== notice) }),
      dismissError: () => set({ error: null }),
    };
  };
