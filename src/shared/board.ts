// Board layout as pure functions: which milestones stand in which column, in what order, and which pass the filters.
import type { BoardOrder, MilestoneProgress, MilestoneStatus, UserDocument } from './document';
import type { PathMilestone, PathView } from './pathView';
import type { MilestoneKind, Phase, SkillArea } from './roadmap';

export interface BoardCard {
  milestone: PathMilestone;
  phase: Phase;
  order: number;
  status: MilestoneStatus;
  completedAt?: string;
  /** Ticked and total checklist steps. */
  checklist: { done: number; total: number };
  /** Titles of prerequisites that are not done or skipped yet. */
  needs: string[];
  targetDate?: string;
}

export type BoardColumns = Record<MilestoneStatus, BoardCard[]>;

export const COLUMNS: MilestoneStatus[] = ['todo', 'in-progress', 'done', 'skipped'];

export const COLUMN_TITLES: Record<MilestoneStatus, string> = {
  todo: 'To do',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
};

const handled = (s: MilestoneStatus) => s === 'done' || s === 'skipped';

/**
 * The card of a milestone. `from`, when the caller already read them, holds its progress entry and then its
 * prerequisites' entries, in order.
 */
export function boardCard(
  view: PathView,
  doc: UserDocument,
  milestone: PathMilestone,
  from: ReadonlyArray<MilestoneProgress | undefined> = [doc.progress[milestone.id], ...milestone.prerequisites.map((id) => doc.progress[id])],
): BoardCard {
  const progress = from[0];
  const status = progress?.status ?? 'todo';
  const needs = milestone.prerequisites
    .filter((id, i) => view.byId.has(id) && !handled(from[i + 1]?.status ?? 'todo'))
    .map((id) => view.byId.get(id)!.title);
  const ticks = (progress?.checklist ?? []).filter((i) => i < milestone.checklist.length).length;
  return {
    milestone,
    phase: view.phaseOf.get(milestone.id)!,
    order: view.order.get(milestone.id)!,
    status,
    checklist: { done: ticks, total: milestone.checklist.length },
    needs,
    ...(progress?.completedAt ? { completedAt: progress.completedAt } : {}),
    ...(progress?.targetDate ? { targetDate: progress.targetDate } : {}),
  };
}

/** Whether two cards show the same thing. */
export const sameCard = (a: BoardCard, b: BoardCard) =>
  a === b ||
  (a.milestone === b.milestone &&
    a.status === b.status &&
    a.order === b.order &&
    a.phase.id === b.phase.id &&
    a.completedAt === b.completedAt &&
    a.targetDate === b.targetDate &&
    a.checklist.done === b.checklist.done &&
    a.checklist.total === b.checklist.total &&
    a.needs.length === b.needs.length &&
    a.needs.every((n, i) => n === b.needs[i]));

/** A card as last shown, with what it was built from: its milestone's progress entry and its prerequisites' entries. */
interface ShownCard {
  card: BoardCard;
  from: Array<MilestoneProgress | undefined>;
}
/** The cards last shown for one path view, by milestone id (the view's milestones and phases never change). */
export type ShownCards = Map<string, ShownCard>;

/**
 * The card for a milestone, reusing the one shown before when nothing it is built from changed. The document is never
 * changed in place, so the same entry objects mean the same card: a status change costs a few identity checks per
 * card instead of building a thousand cards again. A card that was rebuilt but shows the same (new notes, say) also
 * keeps its object, so a view can skip every card but the changed ones by identity.
 */
function shownCard(view: PathView, doc: UserDocument, milestone: PathMilestone, shown: ShownCards): BoardCard {
  const before = shown.get(milestone.id);
  const { prerequisites } = milestone;
  const entry = doc.progress[milestone.id];
  if (before && before.from[0] === entry && prerequisites.every((id, i) => before.from[i + 1] === doc.progress[id])) {
    return before.card;
  }
  // Each entry read once: the card is built from the same entries it is remembered by.
  const from = [entry, ...prerequisites.map((id) => doc.progress[id])];
  const fresh = boardCard(view, doc, milestone, from);
  const card = before && sameCard(before.card, fresh) ? before.card : fresh;
  shown.set(milestone.id, { card, from });
  return card;
}

/**
 * Cards per column: the learner's own order first where they set one, then roadmap order. With `shown` (the cards last
 * shown for this view, updated here), unchanged cards keep their objects.
 */
export function boardColumns(view: PathView, doc: UserDocument, shown?: ShownCards): BoardColumns {
  const columns: BoardColumns = { todo: [], 'in-progress': [], done: [], skipped: [] };
  for (const m of view.milestones) {
    const card = shown ? shownCard(view, doc, m, shown) : boardCard(view, doc, m);
    columns[card.status].push(card);
  }
  const custom: BoardOrder = doc.boardOrder[view.roadmap.id] ?? {};
  for (const status of COLUMNS) {
    const wanted = custom[status];
    if (!wanted || wanted.length === 0) continue;
    const rank = new Map(wanted.map((id, i) => [id, i]));
    columns[status] = [...columns[status]].sort((a, b) => {
      const ra = rank.get(a.milestone.id) ?? Number.MAX_SAFE_INTEGER;
      const rb = rank.get(b.milestone.id) ?? Number.MAX_SAFE_INTEGER;
      return ra - rb || a.order - b.order;
    });
  }
  return columns;
}

export interface BoardFilters {
  query: string;
  phaseId: string | null;
  skillArea: SkillArea | null;
  kind: MilestoneKind | null;
  status: MilestoneStatus | null;
}

export const NO_FILTERS: BoardFilters = { query: '', phaseId: null, skillArea: null, kind: null, status: null };

export function hasFilters(f: BoardFilters): boolean {
  return f.query.trim() !== '' || f.phaseId !== null || f.skillArea !== null || f.kind !== null || f.status !== null;
}

/** True when the card passes every active filter; the query matches title, summary and the learner's notes. */
export function matchesFilters(card: BoardCard, filters: BoardFilters, doc: UserDocument): boolean {
  if (filters.phaseId && card.phase.id !== filters.phaseId) return false;
  if (filters.skillArea && card.milestone.skillArea !== filters.skillArea) return false;
  if (filters.kind && card.milestone.kind !== filters.kind) return false;
  if (filters.status && card.status !== filters.status) return false;
  const words = filters.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = `${card.milestone.title}\n${card.milestone.summary}\n${doc.progress[card.milestone.id]?.notes ?? ''}`.toLowerCase();
  return words.every((w) => haystack.includes(w));
}
