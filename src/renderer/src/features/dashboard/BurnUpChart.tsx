// Burn-up chart in plain SVG (smaller and clearer here than a chart library), with a table as its text alternative.
import { burnUpGeometry } from '../../../../shared/burnUpGeometry';
import type { BurnUpPoint } from '../../../../shared/stats';
import { formatDay } from '../board/dates';

export function BurnUpChart({ points }: { points: BurnUpPoint[] }) {
  const g = burnUpGeometry(points);
  if (!g) return <p className="muted">The chart appears once you have finished a milestone.</p>;

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={g.summary}>
        {g.ticks.map((t) => (
          <g key={t.label}>
            <line x1={g.left} x2={g.right} y1={t.y} y2={t.y} className="grid" />
            <text x={g.left - 6} y={t.y + 4} textAnchor="end" className="axis">
              {t.label}
            </text>
          </g>
        ))}
        <text x={g.left} y={g.height - 8} className="axis">
          {g.startLabel}
        </text>
        <text x={g.right} y={g.height - 8} textAnchor="end" className="axis">
          {g.endLabel}
        </text>
        <path d={g.total} className="line-total" />
        <path d={g.done} className="line-done" />
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
            {points.map((p, i) => (
              <tr key={`${p.date}-${i}`}>
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
