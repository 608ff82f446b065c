// Merging two copies of the learner's data (a sync tool's conflict copy into the open one): milestone by milestone the
// latest change wins, notes are kept from both, the logs (status history, review answers) are joined.
import { HISTORY_MAX, NOTES_MAX_CHARS, REVIEW_LOG_MAX, type MilestoneProgress, type ReviewCard, type UserDocument } from './document';

/** The time of the latest change to a milestone that a document records: its status history and its dates. */
export function lastChangeOf(doc: UserDocument, milestoneId: string): string {
  let latest = '';
  for (const h of doc.history) if (h.milestoneId === milestoneId && h.at > latest) latest = h.at;
  const p = doc.progress[milestoneId];
  for (const at of [p?.startedAt, p?.completedAt]) if (at && at > latest) latest = at;
  return latest;
}

/** The line put between notes joined from two copies, so the learner sees where each part came from. */
export const NOTES_JOINER = '\n\n--- From the other copy ---\n';

function joinNotes(winner: string | undefined, other: string | undefined): string | undefined {
  if (!other || other === winner) return winner;
  if (!winner) return other;
  if (winner.includes(other)) return winner;
  if (other.includes(winner)) return other;
  const joined = `${winner}${NOTES_JOINER}${other}`;
  // Too long to keep both in one field: the winner's stay; the other copy's file is still there to read.
  return joined.length <= NOTES_MAX_CHARS ? joined : winner;
}

export interface MergeResult {
  document: UserDocument;
  /** Milestones whose progress came from the other copy (its change was later). */
  taken: string[];
  /** Milestones whose notes now hold both copies' text. */
  notesJoined: string[];
}

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
 * Brings `theirs` into `ours`. Per milestone, the copy with the later change wins its status, dates, ticks, hours and
 * links (a tie keeps ours); notes are kept from both. Custom milestones, the status history and review answers are
 * joined; a review card keeps the later-reviewed schedule. The chosen path, study plan and card order stay ours.
 */
export function mergeDocuments(ours: UserDocument, theirs: UserDocument): MergeResult {
  const taken: string[] = [];
  const notesJoined: string[] = [];
  const progress: Record<string, MilestoneProgress> = {};
  for (const id of new Set([...Object.keys(ours.progress), ...Object.keys(theirs.progress)])) {
    const a = ours.progress[id];
    const b = theirs.progress[id];
    const theirsWins = lastChangeOf(theirs, id) > lastChangeOf(ours, id);
    if (theirsWins && keyOf(a) !== keyOf(b)) taken.push(id);
    const [winner, other] = theirsWins ? [b, a] : [a, b];
    const notes = joinNotes(winner?.notes, other?.notes);
    if (notes !== winner?.notes && winner?.notes && other?.notes) notesJoined.push(id);
    const base: MilestoneProgress | undefined = winner ?? (notes ? { status: 'todo' } : undefined);
    if (!base) continue;
    const entry = { ...base };
    if (notes) entry.notes = notes;
    else delete entry.notes;
    progress[id] = entry;
  }
  const customIds = new Set(ours.customMilestones.map((c) => c.id));
  const cards = { ...ours.review.cards };
  for (const [id, card] of Object.entries(theirs.review.cards)) cards[id] = cards[id] ? laterCard(cards[id], card) : card;
  const document: UserDocument = {
    ...ours,
    progress,
    customMilestones: [...ours.customMilestones, ...theirs.customMilestones.filter((c) => !customIds.has(c.id))].sort(
      (x, y) => x.createdAt.localeCompare(y.createdAt) || x.id.localeCompare(y.id),
    ),
    history: union(ours.history, theirs.history, HISTORY_MAX),
    review: { cards, log: union(ours.review.log, theirs.review.log, REVIEW_LOG_MAX) },
  };
  return { document, taken, notesJoined };
}
