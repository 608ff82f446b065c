// Every change a learner makes to their board, as pure functions on the document, and undo/redo over them.
import { boardColumns } from './board';
import {
  UNDO_LIMIT,
  type BoardOrder,
  type CustomMilestone,
  type CustomMilestoneFields,
  type HistoryEntry,
  type MilestoneProgress,
  type MilestoneStatus,
  type UndoEntry,
  type UndoPatch,
  type UserDocument,
} from './document';
import type { PathView } from './pathView';
import { appendHistory, applyStatus, statusOf, withEntries, withEntry } from './progress';

/** How long consecutive edits of the same kind on the same thing merge into one undo step (typing notes, say). */
const COALESCE_MS = 60_000;

type Keyed<T> = Record<string, T>;

/** Equal by value: a change that writes back the same value (a card dropped where it was) is no change. */
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The previous value (null: absent) of each key (of `only`, else of both) whose value differs; undefined when none does. */
function diffKeys<T>(before: Keyed<T>, after: Keyed<T>, only?: readonly string[]): Keyed<T | null> | undefined {
  const out: Keyed<T | null> = {};
  let any = false;
  for (const key of only ?? new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key], after[key])) {
      out[key] = before[key] ?? null;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** Custom milestones are kept oldest first (ties by id), so undoing a delete puts one back exactly where it was. */
const inCanonicalOrder = (list: CustomMilestone[]) =>
  list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

const customById = (doc: UserDocument): Keyed<CustomMilestone> =>
  Object.fromEntries(doc.customMilestones.map((c) => [c.id, c]));

/** The whole-document fields an undo step restores as a unit. */
const FIELDS = ['activePathId', 'study', 'questionnaire'] as const;

/**
 * What `next` changed relative to `prev`, as the previous values of every touched key. `milestones`, when the change
 * knows them, are the only progress entries it can have touched.
 */
export function diffDocuments(prev: UserDocument, next: UserDocument, milestones?: readonly string[]): UndoPatch | null {
  const patch: UndoPatch = {};
  const progress = prev.progress === next.progress ? undefined : diffKeys(prev.progress, next.progress, milestones);
  const custom = prev.customMilestones === next.customMilestones ? undefined : diffKeys(customById(prev), customById(next));
  const order = prev.boardOrder === next.boardOrder ? undefined : diffKeys(prev.boardOrder, next.boardOrder);
  if (progress) patch.progress = progress;
  if (custom) patch.custom = custom;
  if (order) patch.order = order;
  if (prev.activePathId !== next.activePathId) patch.activePathId = { value: prev.activePathId };
  if (!same(prev.study, next.study)) patch.study = { value: prev.study ?? null };
  if (!same(prev.questionnaire, next.questionnaire)) patch.questionnaire = { value: prev.questionnaire ?? null };
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The keys a patch touches, as one comparable string: consecutive edits of the same things may merge into one step. */
const touched = (p: UndoPatch) =>
  JSON.stringify([Object.keys(p.progress ?? {}), Object.keys(p.custom ?? {}), Object.keys(p.order ?? {}), FIELDS.filter((f) => p[f])]);

/** Records `next` as an undoable step after `prev`. Returns `prev` itself when nothing changed. */
export function commit(prev: UserDocument, next: UserDocument, label: string, now: Date, milestones?: readonly string[]): UserDocument {
  const patch = diffDocuments(prev, next, milestones);
  if (!patch) return prev;
  const at = now.toISOString();
  const last = prev.undo.past.at(-1);
  const coalesce =
    last && last.label === label && touched(last.patch) === touched(patch) && now.getTime() - Date.parse(last.at) < COALESCE_MS;
  const past = coalesce
    ? [...prev.undo.past.slice(0, -1), { ...last, at }]
    : [...prev.undo.past, { label, at, patch }].slice(-UNDO_LIMIT);
  return { ...next, undo: { past, future: [] } };
}

/** Writes the patch's values back and returns the document with the values it replaced, as the opposite patch. */
function applyPatch(doc: UserDocument, patch: UndoPatch, now: Date): { doc: UserDocument; inverse: UndoPatch } {
  const inverse: UndoPatch = {};
  let next = doc;
  const history: HistoryEntry[] = [];
  if (patch.progress) {
    inverse.progress = {};
    for (const [id, value] of Object.entries(patch.progress)) {
      const before = doc.progress[id];
      inverse.progress[id] = before ?? null;
      const from = before?.status ?? 'todo';
      const to = value?.status ?? 'todo';
      if (from !== to) history.push({ at: now.toISOString(), milestoneId: id, from, to });
    }
    next = { ...next, progress: withEntries(doc.progress, Object.entries(patch.progress)), history: appendHistory(next.history, history) };
  }
  if (patch.custom) {
    const custom = customById(doc);
    inverse.custom = {};
    for (const [id, value] of Object.entries(patch.custom)) {
      inverse.custom[id] = custom[id] ?? null;
      if (value) custom[id] = value;
      else delete custom[id];
    }
    next = { ...next, customMilestones: inCanonicalOrder(Object.values(custom)) };
  }
  if (patch.order) {
    const order: Keyed<BoardOrder> = { ...doc.boardOrder };
    inverse.order = {};
    for (const [id, value] of Object.entries(patch.order)) {
      inverse.order[id] = order[id] ?? null;
      if (value) order[id] = value;
      else delete order[id];
    }
    next = { ...next, boardOrder: order };
  }
  if (patch.activePathId) {
    inverse.activePathId = { value: doc.activePathId };
    next = { ...next, activePathId: patch.activePathId.value };
  }
  if (patch.study) {
    inverse.study = { value: doc.study ?? null };
    next = withOptional(next, 'study', patch.study.value);
  }
  if (patch.questionnaire) {
    inverse.questionnaire = { value: doc.questionnaire ?? null };
    next = withOptional(next, 'questionnaire', patch.questionnaire.value);
  }
  return { doc: next, inverse };
}

/** Sets an optional field, or removes it for null, so an undone first change leaves no trace of the field. */
function withOptional<K extends 'study' | 'questionnaire'>(doc: UserDocument, key: K, value: UserDocument[K] | null): UserDocument {
  if (value !== null) return { ...doc, [key]: value };
  const { [key]: _removed, ...rest } = doc;
  return rest as UserDocument;
}

/** Moves the newest entry of one stack to the other, applying its patch: undo travels back, redo forward. */
function travel(doc: UserDocument, from: 'past' | 'future', now: Date): UserDocument {
  const entry = doc.undo[from].at(-1);
  if (!entry) return doc;
  const { doc: next, inverse } = applyPatch(doc, entry.patch, now);
  const moved: UndoEntry = { label: entry.label, at: now.toISOString(), patch: inverse };
  const to = from === 'past' ? 'future' : 'past';
  return {
    ...next,
    undo: {
      [from]: doc.undo[from].slice(0, -1),
      [to]: [...doc.undo[to], moved].slice(-UNDO_LIMIT),
    } as UserDocument['undo'],
  };
}

export const undo = (doc: UserDocument, now: Date) => travel(doc, 'past', now);
export const redo = (doc: UserDocument, now: Date) => travel(doc, 'future', now);

// ---- the changes themselves (each returns a document to pass to commit) ----

export function moveToColumn(
  doc: UserDocument,
  view: PathView,
  milestoneId: string,
  to: MilestoneStatus,
  index: number | null,
  now: Date,
): UserDocument {
  const moved = applyStatus(doc, milestoneId, to, now);
  if (index === null) return moved;
  // Place the card at `index` in its new column and remember the whole column's order from now on.
  const ids = boardColumns(view, moved)[to].map((c) => c.milestone.id).filter((id) => id !== milestoneId);
  const at = Math.max(0, Math.min(index, ids.length));
  ids.splice(at, 0, milestoneId);
  const pathOrder = moved.boardOrder[view.roadmap.id] ?? {};
  return { ...moved, boardOrder: { ...moved.boardOrder, [view.roadmap.id]: { ...pathOrder, [to]: ids } } };
}

export interface ProgressChanges {
  checklist?: number[];
  /** Ticks or unticks one step against the latest document, so quick clicks never overwrite each other. */
  step?: { index: number; done: boolean };
  /** Ticks or unticks one rubric criterion of a portfolio project, the same way as a checklist step. */
  criterion?: { index: number; done: boolean };
  notes?: string;
  targetDate?: string | null;
  hoursSpent?: number | null;
  evidenceUrl?: string | null;
  /** Adds an optional milestone to the learner's plan (or takes it out again). */
  inPlan?: boolean;
}

/** The ticks after ticking or unticking one index, ascending; undefined when none are left. */
function toggled(ticks: readonly number[] | undefined, { index, done }: { index: number; done: boolean }): number[] | undefined {
  const set = new Set(ticks ?? []);
  if (done) set.add(index);
  else set.delete(index);
  return set.size > 0 ? [...set].sort((a, b) => a - b) : undefined;
}

export function updateProgress(doc: UserDocument, milestoneId: string, changes: ProgressChanges): UserDocument {
  const current: MilestoneProgress = doc.progress[milestoneId] ?? { status: 'todo' };
  const next: MilestoneProgress = { ...current };
  if (changes.checklist !== undefined) {
    const ticks = [...new Set(changes.checklist)].sort((a, b) => a - b);
    if (ticks.length > 0) next.checklist = ticks;
    else delete next.checklist;
  }
  if (changes.step !== undefined) {
    const ticks = toggled(next.checklist, changes.step);
    if (ticks) next.checklist = ticks;
    else delete next.checklist;
  }
  if (changes.criterion !== undefined) {
    const ticks = toggled(next.rubric, changes.criterion);
    if (ticks) next.rubric = ticks;
    else delete next.rubric;
  }
  if (changes.notes !== undefined) {
    if (changes.notes.trim() === '') delete next.notes;
    else next.notes = changes.notes;
  }
  if (changes.targetDate !== undefined) {
    if (changes.targetDate === null) delete next.targetDate;
    else next.targetDate = changes.targetDate;
  }
  if (changes.hoursSpent !== undefined) {
    if (changes.hoursSpent === null) delete next.hoursSpent;
    else next.hoursSpent = changes.hoursSpent;
  }
  if (changes.evidenceUrl !== undefined) {
    if (changes.evidenceUrl === null || changes.evidenceUrl.trim() === '') delete next.evidenceUrl;
    else next.evidenceUrl = changes.evidenceUrl.trim();
  }
  if (changes.inPlan !== undefined) {
    if (changes.inPlan) next.inPlan = true;
    else delete next.inPlan;
  }
  if (JSON.stringify(next) === JSON.stringify(current)) return doc;
  return { ...doc, progress: withEntry(doc.progress, milestoneId, next) };
}

export function addCustomMilestone(
  doc: UserDocument,
  pathId: string,
  id: string,
  fields: CustomMilestoneFields,
  now: Date,
): UserDocument {
  const milestone: CustomMilestone = { ...fields, id, pathId, createdAt: now.toISOString() };
  return { ...doc, customMilestones: inCanonicalOrder([...doc.customMilestones, milestone]) };
}

export function editCustomMilestone(doc: UserDocument, id: string, fields: CustomMilestoneFields): UserDocument {
  return {
    ...doc,
    customMilestones: doc.customMilestones.map((c) => (c.id === id ? { ...c, ...fields } : c)),
  };
}

/** Removes a custom milestone with its progress, and drops it from other milestones' prerequisites. */
export function deleteCustomMilestone(doc: UserDocument, id: string): UserDocument {
  return {
    ...doc,
    progress: withEntries(doc.progress, [[id, null]]),
    customMilestones: doc.customMilestones
      .filter((c) => c.id !== id)
      .map((c) => (c.prerequisites.includes(id) ? { ...c, prerequisites: c.prerequisites.filter((p) => p !== id) } : c)),
  };
}

/** Clears every milestone of the path back to To do (checklists, notes and dates too) and forgets its card order. */
export function resetPath(doc: UserDocument, view: PathView, now: Date): UserDocument {
  const history: HistoryEntry[] = [];
  for (const m of view.milestones) {
    const from = statusOf(doc, m.id);
    if (from !== 'todo') history.push({ at: now.toISOString(), milestoneId: m.id, from, to: 'todo' });
  }
  const progress = withEntries(doc.progress, view.milestones.map((m) => [m.id, null] as const));
  const boardOrder = { ...doc.boardOrder };
  delete boardOrder[view.roadmap.id];
  return { ...doc, progress, boardOrder, history: appendHistory(doc.history, history) };
}
