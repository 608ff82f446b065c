import { describe, expect, it } from 'vitest';
import { burnUpGeometry } from '../../../src/shared/burnUpGeometry';
import type { BurnUpPoint } from '../../../src/shared/stats';

const points: BurnUpPoint[] = [
  { date: '2026-06-01', doneHours: 0, totalHours: 400 },
  { date: '2026-06-02', doneHours: 5, totalHours: 400 },
  { date: '2026-06-04', doneHours: 9, totalHours: 400 },
];

describe('burnUpGeometry', () => {
  it('draws nothing before there are two points', () => {
    expect(burnUpGeometry(points.slice(0, 1))).toBeNull();
  });

  it('without a plan, keeps the whole path on the hours axis and draws no planned line', () => {
    const g = burnUpGeometry(points)!;
    expect(g.ticks.at(-1)!.label).toBe('400 h');
    expect(g.planned).toBeNull();
    expect(g.showsTotal).toBe(true);
  });

  it('with a plan, spans two weeks, zooms to the work in view and draws the planned pace', () => {
    const g = burnUpGeometry(points, { startDate: '2026-06-01', hoursPerWeek: 10 })!;
    expect(g.endLabel).toBe('Jun 15, 2026');
    // Two weeks at 10 h a week is 20 h planned; the axis tops out a quarter above that, far below 400 h.
    expect(g.ticks.at(-1)!.label).toBe('25 h');
    expect(g.showsTotal).toBe(false);
    expect(g.planned).toMatch(/^M44\.0 192\.0 L624\.0 /);
  });

  it('puts one dot on every day so far, carrying the last done hours over days without change', () => {
    const g = burnUpGeometry(points, { startDate: '2026-06-01', hoursPerWeek: 10 })!;
    expect(g.dots.map((d) => d.label)).toEqual([
      'Jun 1, 2026: 0 h done',
      'Jun 2, 2026: 5 h done',
      'Jun 3, 2026: 5 h done',
      'Jun 4, 2026: 9 h done',
    ]);
  });

  it('flattens the planned line once the plan reaches the whole path', () => {
    const g = burnUpGeometry(
      [
        { date: '2026-06-01', doneHours: 0, totalHours: 10 },
        { date: '2026-06-03', doneHours: 4, totalHours: 10 },
      ],
      { startDate: '2026-06-01', hoursPerWeek: 7 },
    )!;
    const corners = g.planned!.split(/[ML]/).filter(Boolean).map((c) => c.trim().split(' ').map(Number));
    expect(corners).toHaveLength(3);
    expect(corners[1]![1]).toBe(corners[2]![1]);
  });
});
