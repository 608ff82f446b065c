// Data slice: roadmaps and the user's document, loaded and changed through window.api only.
import type { StateCreator } from 'zustand';
import type { MilestoneStatus, UserDocument } from '../../../shared/document';
import type { Api, ApiInput } from '../../../shared/ipc';
import type { GlossaryEntry } from '../../../shared/glossary';
import type { Answers, Questionnaire } from '../../../shared/questionnaire';
import type { Roadmap } from '../../../shared/roadmap';
import type { Result } from '../../../shared/result';
import { applyDocument } from './applyDocument';
import { FAILURE, GUIDES, failure, noticeMessage, said, without } from './messageSlice';
import type { AppStore } from './index';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface DataSlice {
  status: LoadStatus;
  roadmaps: Roadmap[];
  questionnaire: Questionnaire | null;
  glossary: GlossaryEntry[];
  document: UserDocument | null;
  init: () => Promise<void>;
  choosePath: (pathId: string) => Promise<void>;
  setStatus: (milestoneId: string, status: MilestoneStatus) => Promise<boolean>;
  saveQuestionnaire: (answers: Answers) => Promise<boolean>;
  saveStudySettings: (input: ApiInput<'saveStudySettings'>) => Promise<boolean>;
  setEstimateOverride: (milestoneId: string, hours: number | null) => Promise<boolean>;
  /** Shows a file the main process told the learner about (a notice's path) in the system file manager. */
  revealFile: (path: string) => Promise<void>;
}

export const createDataSlice =
  (api: Api): StateCreator<AppStore, [], [], DataSlice> =>
  (set) => {
    const unwrap = <T>(result: Result<T>): T | null => {
      if (result.ok) return result.data;
      set((s) => ({ messages: said(s.messages, failure(result.error.message)) }));
      return null;
    };

    return {
      status: 'idle',
      roadmaps: [],
      questionnaire: null,
      glossary: [],
      document: null,

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
        // Why the built-in questionnaire or glossary could not be loaded; the rest of the app works without them.
        const guideError = [questionnaire, glossary].flatMap((r) => (r.ok ? [] : [r.error.message])).join(' ');
        const startUp = [...appState.notices.map(noticeMessage), ...(guideError ? [{ id: GUIDES, kind: 'warning' as const, text: guideError }] : [])];
        set((s) => ({
          status: 'ready',
          roadmaps: list,
          questionnaire: questionnaire.ok ? questionnaire.data : null,
          glossary: glossary.ok ? glossary.data : [],
          document: appState.document,
          messages: startUp.reduce(said, s.messages),
          view: appState.document.activePathId ? 'board' : 'welcome',
        }));
      },

      choosePath: async (pathId) => {
        const document = unwrap(await api.choosePath({ pathId }));
        if (document) set((s) => ({ document, view: 'board', messages: without(s.messages, FAILURE) }));
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

      revealFile: async (path) => {
        unwrap(await api.revealNotice({ path }));
      },
    };
  };
