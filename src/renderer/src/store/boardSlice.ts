// Board slice: the board's own UI state (filters, grouping, open panel and dialogs) and the board's changes.
import type { StateCreator } from 'zustand';
import { NO_FILTERS, type BoardFilters } from '../../../shared/board';
import type { CustomMilestoneFields, MilestoneStatus } from '../../../shared/document';
import type { Api } from '../../../shared/ipc';
import { progressChangeLabel, statusChangeLabel } from '../../../shared/changeLabels';
import { commit, moveToColumn, updateProgress, type ProgressChanges } from '../../../shared/mutations';
import { otherPathOf } from '../../../shared/undoScope';
import type { DocumentSync, Optimistic } from './documentSync';
import { selectPathView, type AppStore } from './index';
import { HINT, HINTS_OFF, UNDO, stepKey, type Hint, type MessageAction } from './messageSlice';

export type Dialog = { kind: 'custom'; id: string | null } | { kind: 'reset' } | { kind: 'help' } | { kind: 'delete'; id: string };

export interface BoardSlice {
  filters: BoardFilters;
  groupByPhase: boolean;
  showSkipped: boolean;
  /** The milestone open in the detail panel. */
  selectedId: string | null;
  dialog: Dialog | null;
  setFilters: (changes: Partial<BoardFilters>) => void;
  clearFilters: () => void;
  toggleGroupByPhase: () => void;
  toggleSkipped: () => void;
  select: (id: string | null) => void;
  openDialog: (dialog: Dialog | null) => void;
  /**
   * A short, polite hint after an action (e.g. a card started before its prerequisites); null takes it away. A hint of
   * one `kind` is said once a session, never once hints are turned off, and offers to undo the action it is about.
   */
  hint: (hint: Hint | null) => void;
  moveMilestone: (milestoneId: string, status: MilestoneStatus, index: number) => Promise<boolean>;
  updateProgress: (milestoneId: string, changes: ProgressChanges) => Promise<boolean>;
  saveCustomMilestone: (id: string | null, fields: CustomMilestoneFields) => Promise<string | null>;
  deleteCustomMilestone: (id: string) => Promise<boolean>;
  resetPath: () => Promise<boolean>;
  undo: () => Promise<boolean>;
  redo: () => Promise<boolean>;
}

export const createBoardSlice =
  (api: Api, sync: DocumentSync): StateCreator<AppStore, [], [], BoardSlice> =>
  (set, get) => {
    /** Sends a change and answers whether it was saved; `optimistic` shows it before the answer comes. */
    const apply = async (call: () => Promise<{ ok: boolean }>, optimistic: Optimistic = null): Promise<boolean> =>
      (await sync.run(optimistic, call as () => Promise<Awaited<ReturnType<Api['undo']>>>)).ok;
    const activePath = () => get().document?.activePathId ?? '';
    /** The path's milestone as the learner sees it now, for the instant copy of a change. */
    const milestoneNow = (id: string) => {
      const view = selectPathView(get());
      const milestone = view?.byId.get(id);
      return view && milestone ? { view, milestone } : null;
    };

    /** Undo or redo, then say what it did; the label and the patch are read before the call changes the stacks. */
    const undoOrRedo = async (which: 'undo' | 'redo'): Promise<boolean> => {
      const before = get();
      const entry = which === 'undo' ? before.document?.undo.past.at(-1) : before.document?.undo.future.at(-1);
      if (!(await apply(() => (which === 'undo' ? api.undo({}) : api.redo({})))) || !entry) return false;
      const after = get();
      const otherPathId = otherPathOf(entry.patch, selectPathView(after), after.roadmaps, after.document?.customMilestones ?? []);
      // Say what it did, and offer the other path it changed when that is not the one on screen.
      const text = `${which === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}`;
      const other = otherPathId ? after.roadmaps.find((r) => r.id === otherPathId) : undefined;
      const stacks = after.document?.undo;
      const back: MessageAction =
        which === 'undo'
          ? { label: 'Redo', run: 'redo', step: stepKey(stacks?.future.at(-1)) }
          : { label: 'Undo', run: 'undo', step: stepKey(stacks?.past.at(-1)) };
      // A hint about the change just undone or redone is no longer about what is on screen.
      after.dismiss(HINT);
      after.say(
        other
          ? { id: UNDO, kind: 'info', text: `${text}. That change is on your ${other.title} path.`, action: { label: `Go to ${other.title}`, choosePath: other.id } }
          : { id: UNDO, kind: 'info', text, action: back },
      );
      return true;
    };

    /** The kinds of hint said this session: each is said once, not on every card. */
    const hintsSaid = new Set<string>();

    return {
      filters: NO_FILTERS,
      groupByPhase: false,
      showSkipped: false,
      selectedId: null,
      dialog: null,
      setFilters: (changes) => set({ filters: { ...get().filters, ...changes } }),
      clearFilters: () => set({ filters: NO_FILTERS }),
      toggleGroupByPhase: () => set({ groupByPhase: !get().groupByPhase }),
      toggleSkipped: () => set({ showSkipped: !get().showSkipped }),
      select: (selectedId) => set({ selectedId }),
      openDialog: (dialog) => set({ dialog }),
      hint: (hint) => {
        if (!hint) return get().dismiss(HINT);
        const { kind, text } = hint;
        if (!get().hints || hintsSaid.has(kind)) return;
        hintsSaid.add(kind);
        const step = stepKey(get().document?.undo.past.at(-1));
        get().say({ id: HINT, kind: 'info', text, action: { label: 'Undo', run: 'undo', step }, second: HINTS_OFF });
      },
      moveMilestone: (milestoneId, status, index) => {
        const now = new Date();
        const found = milestoneNow(milestoneId);
        const optimistic: Optimistic = found
          ? (doc) =>
              commit(doc, moveToColumn(doc, found.view, milestoneId, status, index, now), statusChangeLabel(found.milestone.title, status), now, [milestoneId])
          : null;
        return apply(() => api.moveMilestone({ pathId: activePath(), milestoneId, status, index, at: now.toISOString() }), optimistic);
      },
      updateProgress: (milestoneId, changes) => {
        const found = milestoneNow(milestoneId);
        const now = new Date();
        const optimistic: Optimistic = found
          ? (doc) => commit(doc, updateProgress(doc, milestoneId, changes), progressChangeLabel(found.milestone.title, changes), now, [milestoneId])
          : null;
        return apply(() => api.updateProgress({ milestoneId, changes, at: now.toISOString() }), optimistic);
      },
      saveCustomMilestone: async (id, fields) => {
        if (id) return (await apply(() => api.updateCustomMilestone({ id, fields }))) ? id : null;
        const result = await sync.run(null, () => api.addCustomMilestone({ pathId: activePath(), fields }));
        return result.ok ? result.data.id : null;
      },
      deleteCustomMilestone: async (id) => {
        const done = await apply(() => api.deleteCustomMilestone({ id }));
        if (done && get().selectedId === id) set({ selectedId: null });
        return done;
      },
      resetPath: () => apply(() => api.resetPath({ pathId: activePath() })),
      undo: () => undoOrRedo('undo'),
      redo: () => undoOrRedo('redo'),
    };
  };
