// What an answer to the renderer carries: the parts of the document that changed since the last answer, not the
// whole document. The main process builds a change with `changeBetween`; the renderer applies it with `applyChange`.
import type { MilestoneProgress, UserDocument } from './document';

/** Lists that change at their ends (history, undo stacks, review log): drop from the front, keep, then append. */
export interface ListChange<T> {
  drop: number;
  keep: number;
  append: T[];
}

type Order = UserDocument['boardOrder'];
type ReviewCards = UserDocument['review']['cards'];

export interface DocumentChange {
  /** The revision this change brings the renderer to. */
  revision: number;
  /** The revision it applies to; null for `whole`, which replaces whatever the renderer had. */
  base: number | null;
  /** The whole document, as plain data. */
  whole?: UserDocument;
  /** Small top-level fields given again in full (null removes an optional one). */
  fields?: {
    activePathId?: UserDocument['activePathId'];
    study?: UserDocument['study'] | null;
    questionnaire?: UserDocument['questionnaire'] | null;
    customMilestones?: UserDocument['customMilestones'];
  };
  /** Changed entries of the keyed maps; null removes the entry. */
  progress?: Record<string, MilestoneProgress | null>;
  boardOrder?: Record<string, Order[string] | null>;
  reviewCards?: Record<string, ReviewCards[string] | null>;
  history?: ListChange<UserDocument['history'][number]>;
  undoPast?: ListChange<UserDocument['undo']['past'][number]>;
  undoFuture?: ListChange<UserDocument['undo']['future'][number]>;
  reviewLog?: ListChange<UserDocument['review']['log'][number]>;
}

/** Entries of `next` that are not the very same object in `prev` (entries are never changed in place). */
function keyedChange<T>(prev: Record<string, T>, next: Record<string, T>): Record<string, T | null> | undefined {
  if (prev === next) return undefined;
  const out: Record<string, T | null> = {};
  let any = false;
  for (const key in next) {
    if (prev[key] !== next[key]) {
      out[key] = next[key]!;
      any = true;
    }
  }
  for (const key in prev) {
    if (!(key in next)) {
      out[key] = null;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** How `next` follows from `prev` when it keeps a run of `prev`'s entries; otherwise a replacement. */
function listChange<T>(prev: readonly T[], next: readonly T[]): ListChange<T> | undefined {
  if (prev === next) return undefined;
  const drop = next.length > 0 ? prev.indexOf(next[0]!) : -1;
  if (drop >= 0) {
    let keep = 0;
    while (drop + keep < prev.length && keep < next.length && prev[drop + keep] === next[keep]) keep++;
    if (drop + keep === prev.length || keep === next.length) {
      if (drop === 0 && keep === prev.length && keep === next.length) return undefined;
      return { drop, keep, append: next.slice(keep) };
    }
  }
  return { drop: prev.length, keep: 0, append: [...next] };
}

const FIELDS = ['activePathId', 'study', 'questionnaire', 'customMilestones'] as const;

/** The change from `prev` (at revision `base`) to `next`. Cheap: compares by identity, as mutations share what they keep. */
export function changeBetween(prev: UserDocument, next: UserDocument, base: number, revision: number): DocumentChange {
  const change: DocumentChange = { revision, base };
  if (prev === next) return change;
  if (prev.schemaVersion !== next.schemaVersion) return { revision, base: null, whole: next };
  const fields: NonNullable<DocumentChange['fields']> = {};
  for (const key of FIELDS) {
    if (prev[key] !== next[key]) (fields as Record<string, unknown>)[key] = next[key] ?? null;
  }
  if (Object.keys(fields).length > 0) change.fields = fields;
  const progress = keyedChange(prev.progress, next.progress);
  if (progress) change.progress = progress;
  const boardOrder = keyedChange(prev.boardOrder, next.boardOrder);
  if (boardOrder) change.boardOrder = boardOrder;
  const reviewCards = keyedChange(prev.review.cards, next.review.cards);
  if (reviewCards) change.reviewCards = reviewCards;
  const history = listChange(prev.history, next.history);
  if (history) change.history = history;
  const undoPast = listChange(prev.undo.past, next.undo.past);
  if (undoPast) change.undoPast = undoPast;
  const undoFuture = listChange(prev.undo.future, next.undo.future);
  if (undoFuture) change.undoFuture = undoFuture;
  const reviewLog = listChange(prev.review.log, next.review.log);
  if (reviewLog) change.reviewLog = reviewLog;
  return change;
}

function applyKeyed<T>(map: Record<string, T>, change: Record<string, T | null> | undefined): Record<string, T> {
  if (!change) return map;
  const out = { ...map };
  for (const key in change) {
    const value = change[key];
    if (value === null || value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

function applyList<T>(list: T[], change: ListChange<T> | undefined): T[] {
  if (!change) return list;
  return [...list.slice(change.drop, change.drop + change.keep), ...change.append];
}

/** Thrown when a change does not apply to the document the renderer has; the renderer then asks for the whole again. */
export class StaleChangeError extends Error {}

/** The document after `change`, sharing every part the change did not touch. */
export function applyChange(doc: UserDocument | null, revision: number, change: DocumentChange): UserDocument {
  if (change.whole) return change.whole;
  if (!doc || change.base !== revision) {
    throw new StaleChangeError(`a change for revision ${String(change.base)} reached revision ${revision}`);
  }
  if (change.revision === revision) return doc;
  let next: UserDocument = { ...doc };
  const fields = change.fields ?? {};
  for (const key of FIELDS) {
    if (!(key in fields)) continue;
    const value = (fields as Record<string, unknown>)[key];
    if (value === null && key !== 'activePathId') delete (next as Partial<UserDocument>)[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  if (change.progress) next.progress = applyKeyed(doc.progress, change.progress);
  if (change.boardOrder) next.boardOrder = applyKeyed(doc.boardOrder, change.boardOrder);
  if (change.history) next.history = applyList(doc.history, change.history);
  if (change.undoPast || change.undoFuture) {
    next.undo = { past: applyList(doc.undo.past, change.undoPast), future: applyList(doc.undo.future, change.undoFuture) };
  }
  if (change.reviewCards || change.reviewLog) {
    next = { ...next, review: { cards: applyKeyed(doc.review.cards, change.reviewCards), log: applyList(doc.review.log, change.reviewLog) } };
  }
  return next;
}
