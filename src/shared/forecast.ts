// The calibrated forecast: the learner's own pace (hours logged ÷ estimate on finished milestones) simulated over what
// is left, giving a likely and a safe finish, the chance of meeting the goal date, and a fan for the burn-up chart.
import { dayNumber, dayString } from './calendar';
import type { UserDocument } from './document';
import type { PathMilestone, PathView } from './pathView';
import { counts, estimator, isHandled, tally } from './progress';
import { finishDayOf } from './schedule';
import type { StudySettings } from './study';

/** Fewer finished milestones with hours than this, and the forecast rests on the prior spread alone. */
export const MIN_RATIOS = 3;
/**
 * The spread of log(actual ÷ estimate) assumed when nothing is known of the learner: a milestone taking between 0.7 and
 * 1.4 times its estimate two times in three, roughly what estimates of learning tasks manage.
 */
export const PRIOR_SPREAD = 0.35;
/** How many ratios' worth of weight the prior keeps: the learner's own spread takes over as milestones add up. */
const PRIOR_WEIGHT = 3;
/** A ratio outside this band is most likely a typo in the hours (1 h logged on a 40 h card): clamped, not trusted. */
const RATIO_MIN = 0.1;
const RATIO_MAX = 10;
export const RUNS = 2000;
const MAX_FAN_WEEKS = 520;

export interface FanWeek {
  /** The day the week starts. */
  date: string;
  /** Estimated hours done by then: the slow run (85th percentile of time), the median run, the fast run (15th). */
  low: number;
  mid: number;
  high: number;
}

export interface CalibratedForecast {
  /** Nothing is left to study. */
  done: boolean;
  runs: number;
  /** Finished milestones with hours logged on this path. */
  evidence: number;
  /** Whether the learner's own pace is used (at least MIN_RATIOS ratios); otherwise the prior spread alone. */
  ownPace: boolean;
  /** The learner's median actual ÷ estimate, rounded to a tenth; null without own pace. */
  pace: number | null;
  /** Finish days: 15th percentile, median, 85th percentile (85% of runs finish by then). Null when done. */
  p15: string | null;
  median: string | null;
  p85: string | null;
  /** Share of runs (0..1) finishing on or before the goal date, when there is one. */
  goal?: { date: string; chance: number };
  /** Estimated hours per week along the chart, from the start of the schedule until the slow run is done. */
  fan: FanWeek[];
}

export interface SimulationOptions {
  runs?: number;
  seed?: number;
  /** The prior's spread (PRIOR_SPREAD by default); 0 turns every random part off but the bootstrap. */
  priorSpread?: number;
}

/** Actual ÷ estimate of each finished milestone on the path with hours logged, clamped to a believable band. */
export function paceRatios(view: PathView, doc: Pick<UserDocument, 'progress' | 'study'>): number[] {
  const estimate = estimator(doc.study?.estimateOverrides);
  const ratios: number[] = [];
  for (const m of view.milestones) {
    const p = doc.progress[m.id];
    const est = estimate(m);
    if (p?.status !== 'done' || !p.hoursSpent || est <= 0) continue;
    ratios.push(Math.min(RATIO_MAX, Math.max(RATIO_MIN, p.hoursSpent / est)));
  }
  return ratios;
}

/** mulberry32: a tiny seeded generator of 32-bit integers, so a test reproduces a run exactly. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

const TABLE_BITS = 10;
/**
 * 1,024 standard normal quantiles, evenly spaced in probability: a draw is a table look-up instead of Box-Muller's
 * log, sqrt and cos, which keeps 2,000 runs over a 334-card board to a few milliseconds.
 */
const NORMALS = Array.from({ length: 1 << TABLE_BITS }, (_, i) => normalQuantile((i + 0.5) / (1 << TABLE_BITS)));

/** Acklam's rational approximation of the inverse normal CDF (error below 1.2e-9), enough for a table. */
function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/**
 * The spreads the simulation draws from. Per milestone: a bootstrapped ratio times lognormal noise whose spread is the
 * prior's, shrunk as ratios add up. Per run: one factor for how far the learner's typical pace may be from what the
 * ratios so far suggest, the standard error of their mean log pace (prior and own spread pooled); with no own pace,
 * the prior's whole spread, since a learner tends to be slow or fast across the board, not card by card.
 */
function spreads(ratios: number[], prior: number): { perMilestone: number; perRun: number } {
  const n = ratios.length;
  if (n < MIN_RATIOS) return { perMilestone: prior, perRun: prior };
  const logs = ratios.map(Math.log);
  const mean = logs.reduce((s, x) => s + x, 0) / n;
  const squares = logs.reduce((s, x) => s + (x - mean) ** 2, 0);
  const pooled = Math.sqrt((PRIOR_WEIGHT * prior ** 2 + squares) / (PRIOR_WEIGHT + n - 1));
  return { perMilestone: prior * Math.sqrt(PRIOR_WEIGHT / (n + PRIOR_WEIGHT)), perRun: pooled / Math.sqrt(n) };
}

const quantile = (sorted: Float64Array, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Simulates the milestones still to do on a path, `runs` times: each one's estimate times a ratio drawn from the
 * learner's own (bootstrapped, with the prior's noise), less the hours already spent on it, all times the run's pace
 * factor. The hours of each run become a finish day exactly as the plain schedule does (finishDayOf), so with every
 * ratio 1 and no spread the median is the plain forecast's finish. Hours per week play no part in the draws: more of
 * them can only move every percentile earlier.
 */
export function calibratedForecast(
  view: PathView,
  doc: UserDocument,
  settings: StudySettings,
  today: string,
  options: SimulationOptions = {},
): CalibratedForecast {
  const runs = Math.max(1, Math.floor(options.runs ?? RUNS));
  const ratios = paceRatios(view, doc);
  const ownPace = ratios.length >= MIN_RATIOS;
  const pool = ownPace ? ratios : [1];
  const { perMilestone, perRun } = spreads(ratios, options.priorSpread ?? PRIOR_SPREAD);
  const estimate = estimator(settings.estimateOverrides);
  const estList: number[] = [];
  const spentList: number[] = [];
  for (const m of view.milestones) {
    const p = doc.progress[m.id];
    if (isHandled(p?.status ?? 'todo') || !counts(m, p)) continue;
    estList.push(estimate(m));
    spentList.push(p?.hoursSpent ?? 0);
  }
  // Typed arrays in the inner loop (2,000 × the milestones left): about a third of the time of plain arrays here.
  const est = Float64Array.from(estList);
  const spent = Float64Array.from(spentList);
  const ratiosOf = Float64Array.from(pool);
  const noise = Float64Array.from(NORMALS, (z) => Math.exp(perMilestone * z));
  const next = generator(options.seed ?? 28);
  const hours = new Float64Array(runs);
  const mask = (1 << TABLE_BITS) - 1;
  for (let r = 0; r < runs; r++) {
    const factor = Math.exp(perRun * NORMALS[next() & mask]!);
    let total = 0;
    for (let i = 0; i < est.length; i++) {
      const u = next();
      const need = est[i]! * factor * ratiosOf[u % ratiosOf.length]! * noise[u >>> (32 - TABLE_BITS)]! - spent[i]!;
      if (need > 0) total += need;
    }
    hours[r] = total;
  }
  hours.sort();

  const base = { runs, evidence: ratios.length, ownPace, pace: ownPace ? Math.round(median(ratios) * 10) / 10 : null };
  if (est.length === 0 || quantile(hours, 0.85) <= 0) {
    return { ...base, done: est.length === 0, p15: null, median: null, p85: null, fan: [] };
  }
  const dayOf = finishDayOf(settings, today);
  const at = (q: number) => dayString(dayOf(quantile(hours, q)));
  const result: CalibratedForecast = {
    ...base,
    done: false,
    p15: at(0.15),
    median: at(0.5),
    p85: at(0.85),
    fan: fanOf(view, doc, settings, today, [quantile(hours, 0.85), quantile(hours, 0.5), quantile(hours, 0.15)]),
  };
  if (settings.goalDate) {
    const goal = dayNumber(settings.goalDate);
    // The runs are sorted by hours and more hours never finish earlier: count those by the goal with a binary search.
    let lo = 0;
    let hi = runs;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (dayOf(hours[mid]!) <= goal) lo = mid + 1;
      else hi = mid;
    }
    result.goal = { date: settings.goalDate, chance: lo / runs };
  }
  return result;
}

/**
 * Estimated hours done week by week from the start of the schedule, for the slow, median and fast runs: the burn-up's
 * done hours today, climbing to its total as the hours studied (hours per week, week by week) reach each run's need.
 */
function fanOf(
  view: PathView,
  doc: UserDocument,
  settings: StudySettings,
  today: string,
  need: [number, number, number],
): FanWeek[] {
  const { hoursDone, hoursTotal } = tally(view.milestones, doc);
  const from = Math.max(dayNumber(settings.startDate), dayNumber(today));
  const weeks = Math.min(MAX_FAN_WEEKS, Math.ceil(need[0] / settings.hoursPerWeek));
  const left = hoursTotal - hoursDone;
  const reached = (studied: number, h: number) => Math.round((hoursDone + left * Math.min(1, studied / h)) * 10) / 10;
  return Array.from({ length: weeks + 1 }, (_, k) => {
    const studied = k * settings.hoursPerWeek;
    const [low, mid, high] = need.map((h) => reached(studied, h)) as [number, number, number];
    return { date: dayString(from + 7 * k), low, mid, high };
  });
}

/** How optional milestones (certifications, alternative frameworks) enter a what-if: as planned, none, or all. */
export type OptionalMode = 'plan' | 'none' | 'all';

/**
 * The document as the forecast should read it under a what-if on optional milestones, never stored: 'none' leaves out
 * every optional one not yet done, 'all' puts every one in the plan. Only the entries of optional milestones change.
 */
export function withOptional(view: PathView, doc: UserDocument, mode: OptionalMode): UserDocument {
  if (mode === 'plan') return doc;
  const optional = view.milestones.filter((m: PathMilestone) => m.optional === true);
  if (optional.length === 0) return doc;
  const progress = { ...doc.progress };
  for (const m of optional) {
    const p = progress[m.id];
    if (p?.status === 'done' || p?.status === 'skipped') continue;
    if (mode === 'all') progress[m.id] = { ...(p ?? { status: 'todo' }), inPlan: true };
    else if (p) {
      const { inPlan: _inPlan, ...rest } = p;
      progress[m.id] = { ...rest, status: 'todo' };
    }
  }
  return { ...doc, progress };
}
