// The burn-up chart's geometry, shared by the app's chart and the report's inline SVG.
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
}

/** Null when there is nothing to draw yet (fewer than two points). */
export function burnUpGeometry(points: BurnUpPoint[]): BurnUpGeometry | null {
  if (points.length < 2) return null;
  const t0 = Date.parse(`${points[0]!.date}T00:00:00Z`);
  // At least a week wide, so the first days of progress do not squeeze into one edge.
  const t1 = Math.max(t0 + 7 * DAY, Date.parse(`${points.at(-1)!.date}T00:00:00Z`));
  const maxH = Math.max(1, ...points.map((p) => p.totalHours));
  const x = (date: string) => PAD.left + ((Date.parse(`${date}T00:00:00Z`) - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (hours: number) => H - PAD.bottom - (hours / maxH) * (H - PAD.top - PAD.bottom);
  const f = (n: number) => n.toFixed(1);
  // Done hours change only on the days in the series: steps, not slopes.
  const done = points.map((p, i) => (i === 0 ? `M${f(x(p.date))} ${f(y(p.doneHours))}` : `H${f(x(p.date))} V${f(y(p.doneHours))}`)).join(' ');
  const total = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(x(p.date))} ${f(y(p.totalHours))}`).join(' ');
  const last = points.at(-1)!;
  return {
    width: W,
    height: H,
    left: PAD.left,
    right: W - PAD.right,
    ticks: [0, 0.5, 1].map((k) => ({ y: Number(f(y(maxH * k))), label: `${Math.round(maxH * k)} h` })),
    done,
    total,
    startLabel: label(t0),
    endLabel: label(t1),
    summary: `Burn-up: ${last.doneHours} of ${last.totalHours} estimated hours done by ${label(Date.parse(`${last.date}T00:00:00Z`))}, starting from ${label(t0)}.`,
  };
}
