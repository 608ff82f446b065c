// Merging two copies of the learner's data (a sync tool's conflict copy into the open one), field by field: each part
// comes from the side that changed it since the two parted (their common version, read from their undo steps), or,
// without one, from the side that changed it last; notes changed on both sides are kept from both, with a marker.
// The logs (status history, review answers) are joined.
import {
  HISTORY_MAX,
  NOTES_MAX_CHARS,
  REVIEW_LOG_MAX,
  type CustomMilestone,
  type MilestoneProgress,
  type ReviewCard,
  type UserDocument,
} from './document';
import { STATUS_FIELDS, changedAt, commonVersion, progressPart, same, unitOf, type Part, type ProgressUnit } from './mergeBase';

/** The time of the latest change to a milestone's status that a document records: its status history and its dates. */
export function lastChangeOf(doc: UserDocument, milestoneId: string): string {
  let latest = '';
  for (const h of doc.history) if (h.milestoneId === milestoneId && h.at > latest) latest = h.at;
  const p = doc.progress[milestoneId];
  for (const at of [p?.startedAt, p?.completedAt]) if (at && at > latest) latest = at;
  return latest;
}

/** The line put between notes joined from two copies, so the learner sees where each part came from. */
export const NOTES_JOINER = '\n\n--- From the other copy ---\n';

function joinNotes(ours: string | undefined, theirs: string | undefined): string | undefined {
  if (!theirs || theirs === ours) return ours;
  if (!ours) return theirs;
  if (ours.includes(theirs)) return ours;
  if (theirs.includes(ours)) return theirs;
  const joined = `${ours}${NOTES_JOINER}${theirs}`;
  // Too long to keep both in one field: ours stay; the other copy's file is still there to read.
  return joined.length <= NOTES_MAX_CHARS ? joined : ours;
}

export interface MergeResult {
  document: UserDocument;
  /** Milestones with at least one field taken from the other copy. */
  taken: string[];
  /** For each of those, what came from the copy, in words ("status", "hours", …). */
  takenFields: Record<string, string[]>;
  /** Milestones whose notes now hold both copies' text. */
  notesJoined: string[];
  /** The other parts taken from the copy, in words ("the study plan", "custom milestone “Kafka”", …). */
  settings: string[];
  /** Whether the copies' common version was found (else each field went to the side that changed it last). */
  fromCommonVersion: boolean;
}

type Side = 'ours' | 'theirs';

/**
 * Which side a part comes from: the only side that changed it since the common version; else the side that changed
 * it last; a value wins over a removal, so nothing the other device wrote is dropped.
 */
function decide(ours: UserDocument, theirs: UserDocument, base: UserDocument | undefined, part: Part, statusTime?: (d: UserDocument) => string): Side {
  const a = part.now(ours);
  const b = part.now(theirs);
  if (same(a, b)) return 'ours';
  if (base) {
    const o = part.now(base);
    if (same(a, o)) return 'theirs';
    if (same(b, o)) return 'ours';
  }
  const when = (d: UserDocument) => [changedAt(d, part), statusTime?.(d) ?? ''].sort().at(-1) ?? '';
  const [ta, tb] = [when(ours), when(theirs)];
  // Without a common version, a change only one side has a record of is that side's.
  if (!base && ta !== tb && (ta === '' || tb === '')) return ta === '' ? 'theirs' : 'ours';
  if (a == null) return 'theirs';
  if (b == null) return 'ours';
  return tb > ta ? 'theirs' : 'ours';
}

const UNIT_WORDS: Partial<Record<ProgressUnit, string>> = {
  status: 'status',
  checklist: 'checklist ticks',
  hoursSpent: 'hours',
  targetDate: 'target date',
  inPlan: 'study plan place',
  evidenceUrl: 'evidence link',
};

const unitsOf = (p: MilestoneProgress | undefined): ProgressUnit[] =>
  p ? (Object.keys(p) as (keyof MilestoneProgress)[]).map((k) => ((STATUS_FIELDS as readonly string[]).includes(k) ? 'status' : (k as ProgressUnit))) : [];

/**
 * Checklist (and rubric) ticks, step by step: a step both sides agree on stays so; otherwise the side that changed it since the
 * common version decides, and without one a tick wins (nothing ticked on the other device is lost).
 */
function mergeTicks(a: number[] | undefined, b: number[] | undefined, base: number[] | undefined): number[] | undefined {
  const [inA, inB, inBase] = [new Set(a), new Set(b), new Set(base)];
  const steps = [...new Set([...inA, ...inB])].filter((x) => {
    if (inA.has(x) === inB.has(x)) return true;
    if (!base) return true;
    return inA.has(x) !== inBase.has(x) ? inA.has(x) : inB.has(x);
  });
  return steps.length > 0 ? steps.sort((x, y) => x - y) : undefined;
}

interface ProgressMerge {
  entry: MilestoneProgress | undefined;
  taken: string[];
  notesJoined: boolean;
}

function mergeProgress(ours: UserDocument, theirs: UserDocument, base: UserDocument | undefined, id: string): ProgressMerge {
  const a = Object.hasOwn(ours.progress, id) ? ours.progress[id] : undefined;
  const b = Object.hasOwn(theirs.progress, id) ? theirs.progress[id] : undefined;
  if (same(a, b)) return { entry: a, taken: [], notesJoined: false };
  const entry: Record<string, unknown> = {};
  const taken: string[] = [];
  let notesJoined = false;
  for (const unit of new Set<ProgressUnit>(['status', ...unitsOf(a), ...unitsOf(b)])) {
    const part = progressPart(id, unit);
    if (unit === 'notes') {
      const o = base ? part.now(base) : undefined;
      // An edit on one side only is that side's; a removal never drops text the other side has.
      const editedThere = base && same(a?.notes, o) && b?.notes !== undefined;
      const editedHere = base && same(b?.notes, o) && a?.notes !== undefined;
      const notes = editedThere ? b?.notes : editedHere ? a?.notes : joinNotes(a?.notes, b?.notes);
      if (notes !== undefined) entry['notes'] = notes;
      notesJoined = Boolean(a?.notes && b?.notes && notes !== a.notes && notes !== b.notes);
      if (!notesJoined && notes !== a?.notes) taken.push('notes');
      continue;
    }
    if (unit === 'checklist' || unit === 'rubric') {
      const ticks = mergeTicks(a?.[unit], b?.[unit], base ? (part.now(base) as number[] | undefined) ?? [] : undefined);
      if (ticks) entry[unit] = ticks;
      if (!same(ticks, a?.[unit])) taken.push(unit === 'checklist' ? 'checklist ticks' : 'rubric ticks');
      continue;
    }
    const side = decide(ours, theirs, base, part, unit === 'status' ? (d) => lastChangeOf(d, id) : undefined);
    const value = unitOf(side === 'ours' ? a : b, unit);
    if (side === 'theirs' && !same(value, unitOf(a, unit))) taken.push(UNIT_WORDS[unit] ?? unit);
    if (unit === 'status') Object.assign(entry, JSON.parse(JSON.stringify(value)) as object);
    else if (value !== undefined) entry[unit] = value;
  }
  const merged = entry as MilestoneProgress;
  if (same(merged, a)) return { entry: a, taken: [], notesJoined: false };
  // A milestone back to a plain "to do" has no entry, as a change to "to do" leaves it.
  if (same(merged, { status: 'todo' }) && (!a || !b)) return { entry: undefined, taken, notesJoined };
  if (same(merged, b)) return { entry: b, taken, notesJoined };
  return { entry: merged, taken, notesJoined };
}

const customById = (doc: UserDocument): Record<string, CustomMilestone> =>
  Object.fromEntries(doc.customMilestones.map((c) => [c.id, c]));

/** The custom milestones, each whole from the side that decides it (a deletion counts only if the other side kept it as it was). */
function mergeCustom(ours: UserDocument, theirs: UserDocument, base: UserDocument | undefined, said: string[]): CustomMilestone[] {
  const a = customById(ours);
  const b = customById(theirs);
  const out: CustomMilestone[] = [];
  for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const part: Part = {
      inStep: (p) => (p.custom && Object.hasOwn(p.custom, id) ? { value: p.custom[id] ?? undefined } : undefined),
      now: (d) => customById(d)[id],
    };
    const side = decide(ours, theirs, base, part);
    const chosen = side === 'ours' ? a[id] : b[id];
    if (side === 'theirs' && !same(chosen, a[id])) {
      const title = (chosen ?? a[id])?.title ?? id;
      said.push(chosen ? `custom milestone “${title}”` : `the removal of custom milestone “${title}”`);
    }
    if (chosen) out.push(chosen);
  }
  return out.sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id));
}

function mergeOrder(ours: UserDocument, theirs: UserDocument, base: UserDocument | undefined, said: string[]): UserDocument['boardOrder'] {
  if (same(ours.boardOrder, theirs.boardOrder)) return ours.boardOrder;
  const order: UserDocument['boardOrder'] = {};
  for (const path of new Set([...Object.keys(ours.boardOrder), ...Object.keys(theirs.boardOrder)])) {
    const part: Part = {
      inStep: (p) => (p.order && Object.hasOwn(p.order, path) ? { value: p.order[path] ?? undefined } : undefined),
      now: (d) => (Object.hasOwn(d.boardOrder, path) ? d.boardOrder[path] : undefined),
    };
    const side = decide(ours, theirs, base, part);
    const chosen = (side === 'ours' ? ours : theirs).boardOrder[path];
    if (side === 'theirs' && !same(chosen, ours.boardOrder[path])) said.push(`the card order of ${path}`);
    if (chosen) order[path] = chosen;
  }
  return order;
}

const WHOLE = [
  ['activePathId', 'the chosen path'],
  ['study', 'the study plan'],
  ['questionnaire', 'the questionnaire answers'],
] as const;

const keyOf = (value: unknown) => JSON.stringify(value);

function union<T extends { at: string }>(a: T[], b: T[], max: number): T[] {
  const seen = new Set(a.map(keyOf));
  const added = b.filter((x) => !seen.has(keyOf(x)));
  // Nothing new: ours stays exactly as it is, in its own order.
  if (added.length === 0) return a;
  const all = [...a, ...added].sort((x, y) => x.at.localeCompare(y.at));
  return all.length > max ? all.slice(all.length - max) : all;
}

const laterCard = (a: ReviewCard, b: ReviewCard) => ((b.lastReview ?? '') > (a.lastReview ?? '') ? b : a);

/**
 * Brings `theirs` into `ours`, field by field (see the top of this file). Custom milestones and the card order of each
 * path are decided whole, as are the chosen path, the study plan and the questionnaire answers; the status history and
 * review answers are joined; a review card keeps the later-reviewed schedule. Undo stays ours.
 */
export function mergeDocuments(ours: UserDocument, theirs: UserDocument): MergeResult {
  const base = commonVersion(ours, theirs);
  const taken: string[] = [];
  const takenFields: Record<string, string[]> = {};
  const notesJoined: string[] = [];
  const settings: string[] = [];
  const progress: Record<string, MilestoneProgress> = {};
  for (const id of new Set([...Object.keys(ours.progress), ...Object.keys(theirs.progress)])) {
    const merged = mergeProgress(ours, theirs, base, id);
    if (merged.entry) progress[id] = merged.entry;
    if (merged.taken.length > 0) {
      taken.push(id);
      takenFields[id] = merged.taken;
    }
    if (merged.notesJoined) notesJoined.push(id);
  }
  const customMilestones = mergeCustom(ours, theirs, base, settings);
  const boardOrder = mergeOrder(ours, theirs, base, settings);
  let document: UserDocument = { ...ours, progress: same(progress, ours.progress) ? ours.progress : progress, boardOrder };
  document.customMilestones = same(customMilestones, ours.customMilestones) ? ours.customMilestones : customMilestones;
  for (const [field, words] of WHOLE) {
    const part: Part = { inStep: (p) => (p[field] ? { value: p[field].value ?? undefined } : undefined), now: (d) => d[field] };
    if (decide(ours, theirs, base, part) === 'ours' || same(ours[field], theirs[field])) continue;
    settings.push(words);
    const { [field]: _ours, ...rest } = document;
    document = (theirs[field] === undefined ? rest : { ...rest, [field]: theirs[field] }) as UserDocument;
  }
  const cards = { ...ours.review.cards };
  for (const [id, card] of Object.entries(theirs.review.cards)) cards[id] = cards[id] ? laterCard(cards[id], card) : card;
  document.history = union(ours.history, theirs.history, HISTORY_MAX);
  document.review = { cards, log: union(ours.review.log, theirs.review.log, REVIEW_LOG_MAX) };
  return { document, taken, takenFields, notesJoined, settings, fromCommonVersion: base !== undefined };
}
