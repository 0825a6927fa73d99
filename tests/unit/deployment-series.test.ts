import { describe, expect, it } from 'vitest';
import {
  type DeploymentPoint,
  deploymentConflicts,
  strengthAt,
  strengthSeries,
} from '@/lib/stats/deployments';
import { currentStrength } from '@/lib/stats/overview';

let id = 0;
const point = (p: Partial<DeploymentPoint>): DeploymentPoint => ({
  id: ++id,
  country: 'Kenya',
  personnel: 800,
  hedge: 'exact',
  date: '2024-06-01',
  datePrecision: 'month',
  kind: 'strength',
  milestone: null,
  reportId: 1,
  reportTitle: 'r',
  excerpt: 'e',
  ...p,
});

const points = [
  point({ kind: 'arrival', personnel: 400, date: '2024-06-01' }),
  point({ country: 'MSS', personnel: 900, hedge: 'about', date: '2025-02-01' }),
  point({ personnel: 800, hedge: 'at_least', date: '2025-03-01', reportId: 4 }),
  point({ personnel: 750, hedge: 'about', date: '2025-03-01', reportId: 5 }),
  point({ country: 'MSS', personnel: 2500, kind: 'planned', date: '2025-02-01' }),
  point({
    country: 'MSS',
    personnel: null,
    kind: 'arrival',
    milestone: 'mission_launch',
    date: '2023-06-01',
    reportId: 4,
  }),
  point({ personnel: null, kind: 'arrival', milestone: 'first_deployment', date: '2024-06-01', reportId: 1 }),
];

describe('strength series', () => {
  it('steps through the middle figure per month and leaves planned figures out', () => {
    const series = strengthSeries(points);
    expect(series.countries).toEqual(['MSS', 'Kenya']);
    expect(series.rows).toEqual([
      { month: '2024-06', Kenya: 400 },
      { month: '2025-02', MSS: 900 },
      { month: '2025-03', Kenya: 750 },
    ]);
  });

  it('gives the strength at a month: the mission figure once known, else the contingents summed', () => {
    const series = strengthSeries(points);
    expect(strengthAt(series, '2024-12')).toBe(400);
    expect(strengthAt(series, '2025-04')).toBe(900);
    expect(strengthAt(series, '2024-01')).toBeNull();
  });

  it('lists months where sources disagree, and disputed mission start dates', () => {
    const conflicts = deploymentConflicts(points);
    expect(conflicts.map((c) => c.key)).toEqual(['mission-start', 'Kenya|strength|2025-03']);
    expect(conflicts[1]?.points.map((p) => p.personnel)).toEqual([800, 750]);
  });

  it('reports the latest figure per contingent as the current strength', () => {
    expect(currentStrength(points).map((p) => `${p.country}:${p.personnel}`)).toEqual([
      'MSS:900',
      'Kenya:750',
    ]);
  });
});
