// Data slice: roadmaps and the user's document, loaded and changed through window.api only.
import type { StateCreator } from 'zustand';
import type { MilestoneStatus, UserDocument } from '../../../shared/document';
import type { ApiInput, Api } from '../../../shared/ipc';
import { statusChangeLabel } from '../../../shared/changeLabels';
import { commit } from '../../../shared/mutations';
import { applyStatus } from '../../../shared/progress';
import type { GlossaryEntry } from '../../../shared/glossary';
import type { Answers, Questionnaire } from '../../../shared/questionnaire';
import type { Roadmap } from '../../../shared/roadmap';
import type { Result } from '../../../shared/result';
import type { DocumentSync } from './documentSync';
import { GUIDES, failure, noticeMessage, said } from './messageSlice';
import { selectPathView, type AppStore } from './index';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface DataSlice {
  status: LoadStatus;
  roadmaps: Roadmap[];
  questionnaire: Questionnaire | null;
  glossary: GlossaryEntry[];
  document: UserDocument | null;
  /** Changes on their way to disk; the header says "Saving…" until it is 0 again. */
  saving: number;
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
  (api: Api, sync: DocumentSync): StateCreator<AppStore, [], [], DataSlice> =>
  (set, get) => {
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
      saving: 0,

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
        sync.reset(appState.document);
        set((s) => ({
          status: 'ready',
          roadmaps: list,
          questionnaire: questionnaire.ok ? questionnaire.data : null,
          glossary: glossary.ok ? glossary.data : [],
          messages: startUp.reduce(said, s.messages),
          view: s.document?.activePathId ? 'board' : 'welcome',
        }));
      },

      choosePath: async (pathId) => {
        if ((await sync.run(null, () => api.choosePath({ pathId }))).ok) set({ view: 'board' });
      },

      setStatus: async (milestoneId, status) => {
        // The card moves at once: the same change the service makes, applied here while the write is under way.
        const title = selectPathView(get())?.byId.get(milestoneId)?.title;
        const now = new Date();
        const optimistic = title
          ? (doc: UserDocument) => commit(doc, applyStatus(doc, milestoneId, status, now), statusChangeLabel(title, status), now, [milestoneId])
          : null;
        return (await sync.run(optimistic, () => api.setMilestoneStatus({ milestoneId, status, at: now.toISOString() }))).ok;
      },

      saveQuestionnaire: async (answers) => (await sync.run(null, () => api.saveQuestionnaire({ answers }))).ok,

      saveStudySettings: async (input) => (await sync.run(null, () => api.saveStudySettings(input))).ok,

      setEstimateOverride: async (milestoneId, hours) =>
        (await sync.run(null, () => api.setEstimateOverride({ milestoneId, hours }))).ok,

      revealFile: async (path) => {
        unwrap(await api.revealNotice({ path }));
      },
    };
  };
