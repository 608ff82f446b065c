// Board layout as pure functions: which milestones stand in which column, in what order, and which pass the filters.
import type { BoardOrder, MilestoneStatus, UserDocument } from './document';
import type { PathMilestone, PathView } from './pathView';
import { statusOf } from './progress';
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

export function boardCard(view: PathView, doc: UserDocument, milestone: PathMilestone): BoardCard {
  const progress = doc.progress[milestone.id];
  const status = progress?.status ?? 'todo';
  const needs = milestone.prerequisites
    .filter((id) => view.byId.has(id) && !handled(statusOf(doc, id)))
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

/**
 * The columns with every card that shows the same as before replaced by its previous object (`previous` is updated),
 * so a view can skip all cards but the changed ones by identity.
 */
export function keepSameCards(columns: BoardColumns, previous: Map<string, BoardCard>): BoardColumns {
  const out = {} as BoardColumns;
  const seen = new Set<string>();
  for (const status of COLUMNS) {
    out[status] = columns[status].map((card) => {
      const id = card.milestone.id;
      seen.add(id);
      const before = previous.get(id);
      if (before && sameCard(before, card)) return before;
      previous.set(id, card);
      return card;
    });
  }
  for (const id of previous.keys()) if (!seen.has(id)) previous.delete(id);
  return out;
}

/** Cards per column: the learner's own order first where they set one, then roadmap order. */
export function boardColumns(view: PathView, doc: UserDocument): BoardColumns {
  const columns: BoardColumns = { todo: [], 'in-progress': [], done: [], skipped: [] };
  for (const m of view.milestones) {
    const card = boardCard(view, doc, m);
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
