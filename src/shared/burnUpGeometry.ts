// The burn-up chart's geometry, shared by the app's chart and the report's inline SVG.
import type { FanWeek } from './forecast';
import type { BurnUpPoint } from './stats';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };
const DAY = 86_400_000;
const monthDay = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const label = (ms: number) => monthDay.format(new Date(ms));

export interface BurnUpGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  ticks: Array<{ y: number; label: string }>;
  done: string;
  total: string;
  startLabel: string;
  endLabel: string;
  summary: string;
  /** Dates along the bottom axis, start and end included. */
  xTicks: Array<{ x: number; label: string }>;
  /** One dot per day (or per change, on long histories), so the first days of progress are visible. */
  dots: Array<{ x: number; y: number; label: string }>;
  /** Where the study plan says the learner should be, or null without a plan. */
  planned: string | null;
  /** False when the chart is zoomed to the first weeks and the total line is above the top. */
  showsTotal: boolean;
  /** The calibrated forecast's fan: the shaded band from the slow to the fast run, and the median run's line. */
  band: string | null;
  median: string | null;
}

/** The learner's study plan, for the planned line. */
export interface BurnUpPlan {
  startDate: string;
  hoursPerWeek: number;
}

const MAX_DAILY_DOTS = 60;
const dayMs = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Null when there is nothing to draw yet (fewer than two points). With a plan, the chart spans at least two weeks,
 * draws the planned line, and zooms the hours axis to the work in view rather than the whole path.
 */
export function burnUpGeometry(points: BurnUpPoint[], plan?: BurnUpPlan, fan: FanWeek[] = []): BurnUpGeometry | null {
  if (points.length < (fan.length > 1 ? 1 : 2)) return null;
  const t0 = dayMs(points[0]!.date);
  const lastMs = Math.max(dayMs(points.at(-1)!.date), fan.length > 0 ? dayMs(fan.at(-1)!.date) : 0);
  // At least a week wide (two with a plan), so the first days of progress do not squeeze into one edge.
  const t1 = Math.max(t0 + (plan ? 14 : 7) * DAY, lastMs);
  const totalHours = Math.max(...points.map((p) => p.totalHours));
  const plannedAt = (ms: number) =>
    plan ? Math.min(totalHours, Math.max(0, ((ms - dayMs(plan.startDate)) / (7 * DAY)) * plan.hoursPerWeek)) : 0;
  const maxDone = Math.max(...points.map((p) => p.doneHours));
  const zoomed = plan && fan.length === 0 ? Math.ceil(Math.max(maxDone, plannedAt(t1), 1) * 1.25) : Infinity;
  const maxH = Math.max(1, Math.min(totalHours, zoomed));
  const showsTotal = maxH >= totalHours;
  const xMs = (ms: number) => PAD.left + ((ms - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const x = (date: string) => xMs(dayMs(date));
  const y = (hours: number) => H - PAD.bottom - (Math.min(hours, maxH) / maxH) * (H - PAD.top - PAD.bottom);
  const f = (n: number) => n.toFixed(1);
  // Done hours change only on the days in the series: steps, not slopes.
  const done = points.map((p, i) => (i === 0 ? `M${f(x(p.date))} ${f(y(p.doneHours))}` : `H${f(x(p.date))} V${f(y(p.doneHours))}`)).join(' ');
  const total = showsTotal ? points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(x(p.date))} ${f(y(p.totalHours))}`).join(' ') : '';

  const days = Math.round((dayMs(points.at(-1)!.date) - t0) / DAY);
  const dotDays = days <= MAX_DAILY_DOTS ? Array.from({ length: days + 1 }, (_, i) => dayOf(t0 + i * DAY)) : points.map((p) => p.date);
  let at = 0;
  const dots = dotDays.map((date) => {
    while (at + 1 < points.length && points[at + 1]!.date <= date) at++;
    const hours = points[at]!.doneHours;
    return { x: Number(f(x(date))), y: Number(f(y(hours))), label: `${label(dayMs(date))}: ${hours} h done` };
  });

  let planned: string | null = null;
  if (plan) {
    const from = Math.max(t0, dayMs(plan.startDate));
    if (from < t1) {
      // Straight at the planned pace until it reaches the whole path, then flat.
      const perMs = plan.hoursPerWeek / (7 * DAY);
      const reach = perMs > 0 ? dayMs(plan.startDate) + totalHours / perMs : Infinity;
      const corners = [from, ...(reach > from && reach < t1 ? [reach] : []), t1];
      planned = corners.map((ms, i) => `${i === 0 ? 'M' : 'L'}${f(xMs(ms))} ${f(y(plannedAt(ms)))}`).join(' ');
    }
  }

  const last = points.at(-1)!;
  const fanLine = (key: 'low' | 'mid' | 'high', list: FanWeek[]) =>
    list.map((w, i) => `${i === 0 ? 'M' : 'L'}${f(x(w.date))} ${f(y(w[key]))}`).join(' ');
  const band = fan.length > 1 ? `${fanLine('high', fan)} ${fanLine('low', [...fan].reverse()).replace('M', 'L')} Z` : null;
  return {
    band,
    median: fan.length > 1 ? fanLine('mid', fan) : null,
    width: W,
    height: H,
    left: PAD.left,
    right: W - PAD.right,
    ticks: [0, 0.5, 1].map((k) => ({ y: Number(f(y(maxH * k))), label: `${Math.round(maxH * k)} h` })),
    done,
    total,
    startLabel: label(t0),
    endLabel: label(t1),
    xTicks: [0, 1 / 3, 2 / 3, 1].map((k) => {
      const ms = t0 + Math.round(((t1 - t0) * k) / DAY) * DAY;
      return { x: Number(f(xMs(ms))), label: shortLabel(ms) };
    }),
    dots,
    planned,
    showsTotal,
    summary: `Burn-up: ${last.doneHours} of ${last.totalHours} estimated hours done by ${label(dayMs(last.date))}, starting from ${label(t0)}.`,
  };
}

const shortDay = new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const shortLabel = (ms: number) => shortDay.format(new Date(ms));
