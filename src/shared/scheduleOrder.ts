// The order remaining milestones are studied in: prerequisites first, in-progress work pulled forward, then path order.
// The forecast (schedule.ts) and the week plan turn this order into days.
import type { MilestoneProgress, UserDocument } from './document';
import type { PathMilestone, PathView } from './pathView';
import { counts, estimator, isHandled, roundHours } from './progress';
import type { StudySettings } from './study';

/**
 * Hours still to study on a milestone, given its progress entry and the estimates (see estimator): none once handled or
 * when it is an optional one outside the plan, otherwise the estimate minus the hours already spent.
 */
export function remainingWith(m: PathMilestone, p: MilestoneProgress | undefined, estimate: (m: PathMilestone) => number): number {
  const status = p?.status ?? 'todo';
  if (isHandled(status) || !counts(m, p)) return 0;
  return roundHours(Math.max(0, estimate(m) - (p?.hoursSpent ?? 0)));
}

/**
 * The milestones with hours left, in the order they will be studied: never before a remaining prerequisite; among
 * the ones that can go next, in-progress work (and whatever it still waits on) first, then path order. Kahn's
 * topological order, the ready milestones kept sorted by rank (a path has a few hundred milestones at most).
 */
export function scheduleOrder(view: PathView, doc: UserDocument, settings: StudySettings): Array<{ m: PathMilestone; hours: number }> {
  // One pass over the path reads each milestone's entry once: its hours left, whether it is in progress, and its rank
  // in path order (its place in view.milestones, which is what view.order holds).
  const pending: Array<{ m: PathMilestone; hours: number }> = [];
  const pathOrder: number[] = [];
  const stack: number[] = [];
  const estimate = estimator(settings.estimateOverrides);
  view.milestones.forEach((m, i) => {
    const p = doc.progress[m.id];
    const hours = remainingWith(m, p, estimate);
    if (hours <= 0) return;
    if (p?.status === 'in-progress') stack.push(pending.length);
    pending.push({ m, hours });
    pathOrder.push(i);
  });
  const index = new Map<string, number>(pending.map((x, i) => [x.m.id, i]));
  // Each milestone's remaining prerequisites, by index, once each (a milestone listing itself waits on nothing).
  const prereqs = pending.map(({ m }) => [
    ...new Set(m.prerequisites.flatMap((id) => (id !== m.id && index.has(id) ? [index.get(id)!] : []))),
  ]);

  // An in-progress milestone pulls its unfinished prerequisites forward with it.
  const urgent = new Uint8Array(pending.length);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (urgent[i]) continue;
    urgent[i] = 1;
    stack.push(...prereqs[i]!);
  }
  const rank = pathOrder.map((order, i) => (urgent[i] ? 0 : 1_000_000) + order);
  const byRank = (a: number, b: number) => rank[a]! - rank[b]!;

  const waitingOn = prereqs.map((p) => p.length);
  const dependents: number[][] = pending.map(() => []);
  prereqs.forEach((p, i) => p.forEach((j) => dependents[j]!.push(i)));
  const ready = pending.map((_, i) => i).filter((i) => waitingOn[i] === 0).sort(byRank);
  // Every milestone by rank, for breaking a prerequisite loop (which cannot be honoured) in path order.
  const all = pending.map((_, i) => i).sort(byRank);
  const done = new Uint8Array(pending.length);
  const result: Array<{ m: PathMilestone; hours: number }> = [];
  while (result.length < pending.length) {
    const next = ready.shift() ?? all.find((i) => !done[i])!;
    done[next] = 1;
    result.push(pending[next]!);
    const released = dependents[next]!.filter((d) => --waitingOn[d]! === 0 && !done[d]);
    if (released.length > 0) {
      ready.push(...released);
      ready.sort(byRank);
    }
  }
  return result;
}
