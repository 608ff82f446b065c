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

/** A binary min-heap of indexes ordered by `less`: the ready milestone with the best rank comes out first. */
class Heap {
  private readonly items: number[] = [];
  constructor(private readonly less: (a: number, b: number) => boolean) {}
  peek(): number | undefined {
    return this.items[0];
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }
  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

/**
 * The milestones with hours left, in the order they will be studied: never before a remaining prerequisite; among
 * the ones that can go next, in-progress work (and whatever it still waits on) first, then path order. A topological
 * order with a priority queue: O((N + E) log N) for N milestones and E prerequisite links.
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
  const NONE: number[] = [];
  const prereqs = pending.map(({ m }) => {
    if (m.prerequisites.length === 0) return NONE;
    const out: number[] = [];
    for (const id of m.prerequisites) {
      const j = id === m.id ? undefined : index.get(id);
      if (j !== undefined && !out.includes(j)) out.push(j);
    }
    return out.length > 0 ? out : NONE;
  });

  // An in-progress milestone pulls its unfinished prerequisites forward with it.
  const urgent = new Uint8Array(pending.length);
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (urgent[i]) continue;
    urgent[i] = 1;
    stack.push(...prereqs[i]!);
  }
  const rank = pathOrder.map((order, i) => (urgent[i] ? 0 : 1_000_000) + order);
  const less = (a: number, b: number) => rank[a]! < rank[b]!;

  const waitingOn = prereqs.map((p) => p.length);
  // Only milestones that others wait on get a list of their own.
  const dependents: Array<number[] | undefined> = new Array(pending.length);
  prereqs.forEach((p, i) => p.forEach((j) => (dependents[j] ??= []).push(i)));
  // The milestones that can go next, the best rank first. Those ready from the start are a sorted list (already in rank
  // order on most paths); only those a finished prerequisite releases go in a heap, which holds a few at a time on most
  // paths, so most picks cost O(1) rather than a heap's log N.
  const fromStart: number[] = [];
  pending.forEach((_, i) => {
    if (waitingOn[i] === 0) fromStart.push(i);
  });
  fromStart.sort((a, b) => rank[a]! - rank[b]!);
  let head = 0;
  const released = new Heap(less);
  const ready = () => {
    const first = fromStart[head];
    const other = released.peek();
    if (first !== undefined && (other === undefined || less(first, other))) {
      head += 1;
      return first;
    }
    return released.pop();
  };
  // Every milestone by rank, for breaking a prerequisite loop (which cannot be honoured) in path order: built the first
  // time one is met, as most paths have none.
  let all: Heap | null = null;
  const done = new Uint8Array(pending.length);
  const result: Array<{ m: PathMilestone; hours: number }> = [];
  while (result.length < pending.length) {
    let next = ready();
    while (next !== undefined && done[next]) next = ready();
    if (next === undefined) {
      if (!all) {
        all = new Heap(less);
        for (let i = 0; i < pending.length; i++) if (!done[i]) all.push(i);
      }
      next = all.pop();
      while (next !== undefined && done[next]) next = all.pop();
    }
    if (next === undefined) break;
    done[next] = 1;
    result.push(pending[next]!);
    for (const d of dependents[next] ?? NONE) if (--waitingOn[d]! === 0 && !done[d]) released.push(d);
  }
  return result;
}
