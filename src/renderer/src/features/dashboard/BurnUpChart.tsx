// Burn-up chart in plain SVG (smaller and clearer here than a chart library), with a table as its text alternative.
import { burnUpGeometry, type BurnUpPlan } from '../../../../shared/burnUpGeometry';
import type { FanWeek } from '../../../../shared/forecast';
import type { BurnUpPoint } from '../../../../shared/stats';
import { formatDay } from '../board/dates';

export function BurnUpChart({ points, plan, fan }: { points: BurnUpPoint[]; plan?: BurnUpPlan; fan?: FanWeek[] }) {
  const g = burnUpGeometry(points, plan, fan);
  if (!g) return <p className="muted">The chart appears once you have finished a milestone.</p>;
  const total = points.at(-1)?.totalHours ?? 0;

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
        {g.xTicks.map((t, i) => (
          <text
            key={`${t.label}-${i}`}
            x={t.x}
            y={g.height - 8}
            textAnchor={i === 0 ? 'start' : i === g.xTicks.length - 1 ? 'end' : 'middle'}
            className="axis"
          >
            {t.label}
          </text>
        ))}
        {g.band && <path d={g.band} className="fan-band" data-testid="forecast-fan" />}
        {g.median && <path d={g.median} className="line-median" />}
        {g.total && <path d={g.total} className="line-total" />}
        {g.planned && <path d={g.planned} className="line-planned" />}
        <path d={g.done} className="line-done" />
        {g.dots.map((d) => (
          <circle key={d.label} cx={d.x} cy={d.y} r={2.5} className="dot-done" />
        ))}
      </svg>
      <figcaption>
        <span className="legend done">Done hours</span>
        {g.planned && <span className="legend planned">Planned at your pace</span>}
        {g.band && <span className="legend fan">Likely range (15% to 85% of simulated paces)</span>}
        {g.showsTotal ? (
          <span className="legend total">Total estimated hours</span>
        ) : (
          <span>Whole path: {total} h</span>
        )}
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
