// The common version of two copies of the learner's data, and when each part of one copy last changed: both read
// from the undo steps each copy carries, so a merge can tell which side changed a field since they parted.
import type { CustomMilestone, MilestoneProgress, UndoPatch, UserDocument } from './document';
import { undo } from './mutations';

/** JSON with every object's keys sorted: two copies may hold the same entries in another order. */
const keyOf = (value: unknown) =>
  JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1))) : v,
  );
/** Equal by value (absent and undefined alike). */
export const same = (a: unknown, b: unknown) => a === b || keyOf(a) === keyOf(b);

const customById = (doc: UserDocument): Record<string, CustomMilestone> =>
  Object.fromEntries(doc.customMilestones.map((c) => [c.id, c]));

/** The parts an undo step restores: two copies equal on these have the same progress, milestones, order and plan. */
const covered = (doc: UserDocument) =>
  keyOf([doc.progress, customById(doc), doc.boardOrder, doc.activePathId, doc.study, doc.questionnaire]);

const UNDO_TIME = new Date(0);

/** `doc` with its newest `steps` undo steps taken back (only the parts undo restores matter here). */
function backBy(doc: UserDocument, steps: number): UserDocument {
  let d = doc;
  for (let i = 0; i < steps; i++) d = undo(d, UNDO_TIME);
  return d;
}

/**
 * The version both copies grew from, when their undo steps show one: the newest step they share (the same label, time
 * and previous values), each side taken back to just after it. A candidate counts only when both sides reach exactly
 * the same state, so a wrong guess is never used; without one the merge falls back to the time of each field's last
 * change.
 */
export function commonVersion(ours: UserDocument, theirs: UserDocument): UserDocument | undefined {
  const a = ours.undo.past;
  const b = theirs.undo.past;
  const theirSteps = b.map((e) => keyOf([e.label, e.at, e.patch]));
  for (let j = a.length - 1; j >= 0; j--) {
    const k = theirSteps.lastIndexOf(keyOf([a[j]?.label, a[j]?.at, a[j]?.patch]));
    if (k < 0) continue;
    const base = backBy(ours, a.length - (j + 1));
    if (covered(base) === covered(backBy(theirs, b.length - (k + 1)))) return base;
  }
  // No step in common (one side made none, or both began from a file without steps): the state before every step
  // each side keeps, when that is the same on both.
  const before = backBy(ours, a.length);
  return covered(before) === covered(backBy(theirs, b.length)) ? before : undefined;
}

/** How a part of the document is found in an undo step (its previous value there) and in the document itself. */
export interface Part {
  inStep(patch: UndoPatch): { value: unknown } | undefined;
  now(doc: UserDocument): unknown;
}

/**
 * When `part` last changed in `doc`, by its undo steps (newest first: the first step whose previous value differs from
 * the value after it), or '' when no step kept there shows it.
 */
export function changedAt(doc: UserDocument, part: Part): string {
  let after = part.now(doc);
  for (let i = doc.undo.past.length - 1; i >= 0; i--) {
    const step = doc.undo.past[i];
    const before = step && part.inStep(step.patch);
    if (!step || !before) continue;
    if (!same(before.value, after)) return step.at;
    after = before.value;
  }
  return '';
}

/** The fields of a milestone's progress that change together: a status and the dates it sets. */
export const STATUS_FIELDS = ['status', 'startedAt', 'completedAt'] as const;
export type ProgressUnit = 'status' | Exclude<keyof MilestoneProgress, (typeof STATUS_FIELDS)[number]>;

/** One unit of a milestone's progress: the status with its dates, or a single other field. */
export function unitOf(p: MilestoneProgress | null | undefined, unit: ProgressUnit): unknown {
  if (unit !== 'status') return p?.[unit];
  if (!p) return { status: 'todo' };
  return { status: p.status, startedAt: p.startedAt, completedAt: p.completedAt };
}

/** Where a milestone's progress unit sits in an undo step and in a document. */
export const progressPart = (id: string, unit: ProgressUnit): Part => ({
  inStep: (patch) => (patch.progress && Object.hasOwn(patch.progress, id) ? { value: unitOf(patch.progress[id], unit) } : undefined),
  now: (doc) => unitOf(Object.hasOwn(doc.progress, id) ? doc.progress[id] : undefined, unit),
});
