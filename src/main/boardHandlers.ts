// The board's calls: choosing a path, moving and editing milestones, custom milestones, reset, undo and redo.
import { randomBytes } from 'node:crypto';
import { progressChangeLabel, statusChangeLabel } from '../shared/changeLabels';
import {
  addCustomMilestone,
  deleteCustomMilestone,
  editCustomMilestone,
  moveToColumn,
  redo,
  resetPath,
  undo,
  updateProgress,
} from '../shared/mutations';
import { checkCustomFields, pathView } from '../shared/pathView';
import { applyStatus } from '../shared/progress';
import { fail, ok } from '../shared/result';
import { MAX_CUSTOM_MILESTONES } from '../shared/document';
import { noMilestone, noPath } from './answers';
import type { HandlerContext, Handlers } from './api';

type BoardCalls =
  | 'choosePath'
  | 'setMilestoneStatus'
  | 'moveMilestone'
  | 'updateProgress'
  | 'addCustomMilestone'
  | 'updateCustomMilestone'
  | 'deleteCustomMilestone'
  | 'resetPath'
  | 'undo'
  | 'redo';

export function boardHandlers({ store, roadmapById, clock, milestoneOf, change, madeAt }: HandlerContext): Pick<Handlers, BoardCalls> {
  return {
    choosePath: async ({ pathId }) => {
      if (!roadmapById.has(pathId)) return noPath(pathId);
      const title = roadmapById.get(pathId)!.title;
      return ok(await change(`Switch to the ${title} path`, (doc) => (doc.activePathId === pathId ? doc : { ...doc, activePathId: pathId })));
    },
    setMilestoneStatus: async ({ milestoneId, status, at }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const label = statusChangeLabel(milestone.title, status);
      const now = madeAt(at);
      return ok(await change(label, (doc) => applyStatus(doc, milestoneId, status, now), [milestoneId], now));
    },
    moveMilestone: async ({ pathId, milestoneId, status, index, at }) => {
      const roadmap = roadmapById.get(pathId);
      if (!roadmap) return noPath(pathId);
      const view = pathView(roadmap, store.document);
      const milestone = view.byId.get(milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const label = statusChangeLabel(milestone.title, status);
      const now = madeAt(at);
      return ok(await change(label, (doc) => moveToColumn(doc, pathView(roadmap, doc), milestoneId, status, index, now), [milestoneId], now));
    },
    updateProgress: async ({ milestoneId, changes, at }) => {
      const milestone = milestoneOf(store.document, milestoneId);
      if (!milestone) return noMilestone(milestoneId);
      const tooFar = [...(changes.checklist ?? []), ...(changes.step ? [changes.step.index] : [])].find(
        (i) => i >= milestone.checklist.length,
      );
      if (tooFar !== undefined) {
        return fail('INVALID_INPUT', `${milestone.title} has ${milestone.checklist.length} checklist steps; there is no step ${tooFar + 1}.`);
      }
      const criteria = milestone.rubric?.length ?? 0;
      if (changes.criterion && changes.criterion.index >= criteria) {
        const why =
          criteria === 0 ? 'has no rubric to tick' : `has ${criteria} rubric criteria; there is no criterion ${changes.criterion.index + 1}`;
        return fail('INVALID_INPUT', `${milestone.title} ${why}.`);
      }
      const label = progressChangeLabel(milestone.title, changes);
      return ok(await change(label, (doc) => updateProgress(doc, milestoneId, changes), [milestoneId], madeAt(at)));
    },
    addCustomMilestone: async ({ pathId, fields }) => {
      const roadmap = roadmapById.get(pathId);
      if (!roadmap) return noPath(pathId);
      // The limit the schema sets, said at the call that would pass it (the store also refuses any document start-up
      // would not read back, so two adds racing past this check cannot save a 301st).
      if (store.document.customMilestones.length >= MAX_CUSTOM_MILESTONES) {
        return fail('INVALID_INPUT', `You have ${MAX_CUSTOM_MILESTONES} milestones of your own, the most Pathboard keeps. Delete one you no longer need to add another.`);
      }
      const id = `custom-${randomBytes(5).toString('hex')}`;
      const problems = checkCustomFields(pathView(roadmap, store.document), fields, id);
      if (problems.length > 0) return fail('INVALID_INPUT', problems.map((p) => p.message).join(' '));
      const document = await change(`Add ${fields.title}`, (doc) => addCustomMilestone(doc, pathId, id, fields, clock()));
      return ok({ document, id });
    },
    updateCustomMilestone: async ({ id, fields }) => {
      const existing = store.document.customMilestones.find((c) => c.id === id);
      if (!existing) return noMilestone(id);
      const roadmap = roadmapById.get(existing.pathId);
      if (!roadmap) return noPath(existing.pathId);
      const problems = checkCustomFields(pathView(roadmap, store.document), fields, id);
      if (problems.length > 0) return fail('INVALID_INPUT', problems.map((p) => p.message).join(' '));
      return ok(await change(`Edit ${fields.title}`, (doc) => editCustomMilestone(doc, id, fields)));
    },
    deleteCustomMilestone: async ({ id }) => {
      const existing = store.document.customMilestones.find((c) => c.id === id);
      if (!existing) return noMilestone(id);
      return ok(await change(`Delete ${existing.title}`, (doc) => deleteCustomMilestone(doc, id)));
    },
    resetPath: async ({ pathId }) => {
      const roadmap = roadmapById.get(pathId);
      if (!roadmap) return noPath(pathId);
      return ok(await change(`Reset ${roadmap.title} progress`, (doc) => resetPath(doc, pathView(roadmap, doc), clock())));
    },
    undo: async () => ok(await store.update((doc) => undo(doc, clock()))),
    redo: async () => ok(await store.update((doc) => redo(doc, clock()))),
  };
}
