import { describe, expect, it } from 'vitest';
import {
  type DeploymentPoint,
  deploymentConflicts,
  deploymentLabel,
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
  point({ country: 'MSS-total', personnel: 900, hedge: 'about', date: '2025-02-01' }),
  point({ personnel: 800, hedge: 'at_least', date: '2025-03-01', reportId: 4 }),
  point({ personnel: 750, hedge: 'about', date: '2025-03-01', reportId: 5 }),
  point({ country: 'MSS-total', personnel: 2500, kind: 'planned', date: '2025-02-01' }),
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
    expect(series.countries).toEqual(['MSS-total', 'Kenya']);
    expect(series.rows).toEqual([
      { month: '2024-06', Kenya: 400 },
      { month: '2025-02', 'MSS-total': 900 },
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
      'MSS-total:900',
      'Kenya:750',
    ]);
  });
});

describe('the Gang Suppression Force after the MSS', () => {
  const later = [
    ...points,
    point({ country: 'GSF-total', personnel: 1200, hedge: 'about', date: '2026-01-01' }),
    point({ country: 'Bahamas', personnel: 150, date: '2025-12-01' }),
  ];

  it('lists the MSS, then the GSF, then the contingents, each with its own label', () => {
    const series = strengthSeries(later);
    expect(series.countries).toEqual(['MSS-total', 'GSF-total', 'Bahamas', 'Kenya']);
    expect(series.countries.map(deploymentLabel)).toEqual([
      'Whole mission (MSS)',
      'Whole force (GSF)',
      'Bahamas',
      'Kenya',
    ]);
  });

  it('takes the latest whole-mission figure, the GSF’s once it has one', () => {
    const series = strengthSeries(later);
    expect(strengthAt(series, '2025-12')).toBe(900);
    expect(strengthAt(series, '2026-02')).toBe(1200);
  });

  it('shows both whole-mission rows first in the current strength', () => {
    expect(currentStrength(later).map((p) => p.country)).toEqual([
      'MSS-total',
      'GSF-total',
      'Bahamas',
      'Kenya',
    ]);
  });
});
