// Burn-up chart in plain SVG (smaller and clearer here than a chart library), with a table as its text alternative.
import type { BurnUpPoint } from '../../../../shared/stats';
import { formatDay } from '../board/dates';

const W = 640;
const H = 220;
const PAD = { left: 44, right: 16, top: 12, bottom: 28 };

export function BurnUpChart({ points, title }: { points: BurnUpPoint[]; title: string }) {
  if (points.length < 2) {
    return <p className="muted">The chart appears once you have finished a milestone.</p>;
  }
  const t0 = Date.parse(`${points[0]!.date}T00:00:00Z`);
  // At least a week wide, so the first days of progress do not squeeze into one edge.
  const t1 = Math.max(t0 + 7 * 86_400_000, Date.parse(`${points.at(-1)!.date}T00:00:00Z`));
  const maxH = Math.max(1, ...points.map((p) => p.totalHours));
  const x = (date: string) => PAD.left + ((Date.parse(`${date}T00:00:00Z`) - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (hours: number) => H - PAD.bottom - (hours / maxH) * (H - PAD.top - PAD.bottom);
  // Done hours only change on the days in the series: draw steps, not slopes.
  const done = points.map((p, i) => `${i === 0 ? 'M' : `H${x(p.date).toFixed(1)} V`}${i === 0 ? `${x(p.date).toFixed(1)} ` : ''}${y(p.doneHours).toFixed(1)}`).join(' ');
  const total = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.date).toFixed(1)} ${y(p.totalHours).toFixed(1)}`).join(' ');
  const last = points.at(-1)!;
  const summary = `${title}: ${last.doneHours} of ${last.totalHours} estimated hours done by ${formatDay(last.date)}, starting from ${formatDay(points[0]!.date)}.`;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(maxH * f)} y2={y(maxH * f)} className="grid" />
            <text x={PAD.left - 6} y={y(maxH * f) + 4} textAnchor="end" className="axis">
              {Math.round(maxH * f)} h
            </text>
          </g>
        ))}
        <text x={PAD.left} y={H - 8} className="axis">
          {formatDay(points[0]!.date)}
        </text>
        <text x={W - PAD.right} y={H - 8} textAnchor="end" className="axis">
          {formatDay(new Date(t1).toISOString().slice(0, 10))}
        </text>
        <path d={total} className="line-total" />
        <path d={done} className="line-done" />
      </svg>
      <figcaption>
        <span className="legend done">Done hours</span> <span className="legend total">Total estimated hours</span>
      </figcaption>
      <details>
        <summary>Show the data as a table</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Done hours</th>
              <th scope="col">Total hours</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.date}>
                <td>{formatDay(p.date)}</td>
                <td>{p.doneHours}</td>
                <td>{p.totalHours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
