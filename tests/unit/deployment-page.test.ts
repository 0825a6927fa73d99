import { describe, expect, it } from 'vitest';
import { deploymentLists, pageNumber } from '@/lib/stats/deployment-page';
import type { DeploymentPoint } from '@/lib/stats/deployments';

/** 130 monthly strength figures (two sources disagreeing each month from the 100th) and 30 planned ones. */
function points(): DeploymentPoint[] {
  const list: DeploymentPoint[] = [];
  let id = 0;
  const at = (i: number) =>
    `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-01`;
  for (let i = 0; i < 130; i++) {
    const base = {
      country: 'Kenya',
      hedge: 'exact',
      datePrecision: 'day',
      milestone: null,
      reportId: 1,
      reportTitle: 'r',
      excerpt: 'e',
    };
    list.push({ ...base, id: ++id, personnel: 400 + i, date: at(i), kind: 'strength' });
    if (i >= 100) list.push({ ...base, id: ++id, personnel: 500 + i, date: at(i), kind: 'strength' });
    if (i < 30) list.push({ ...base, id: ++id, personnel: 2500, date: at(i), kind: 'planned' });
  }
  return list.sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
}

describe('deployment page lists', () => {
  it('pages every figure 50 at a time, newest first, each once', () => {
    const all = points();
    const first = deploymentLists(all, { page: 1, allConflicts: false });
    expect(first.pages).toBe(Math.ceil(all.length / 50));
    const seen = [];
    for (let page = 1; page <= first.pages; page++) {
      const lists = deploymentLists(all, { page, allConflicts: false });
      expect(lists.figures.length).toBeLessThanOrEqual(50);
      seen.push(...lists.figures.map((f) => f.id));
    }
    expect(seen).toEqual([...all].reverse().map((p) => p.id));
    expect(deploymentLists(all, { page: 999, allConflicts: false }).page).toBe(first.pages);
  });

  it('shows the latest ten disagreements, newest first, and all on request', () => {
    const all = points();
    const some = deploymentLists(all, { page: 1, allConflicts: false });
    expect(some.conflictCount).toBe(30);
    expect(some.conflicts).toHaveLength(10);
    expect(some.conflicts[0]?.label).toBe('Kenya strength, 2020-10');
    expect(deploymentLists(all, { page: 1, allConflicts: true }).conflicts).toHaveLength(30);
  });

  it('shows the latest twenty planned figures and counts them all', () => {
    const lists = deploymentLists(points(), { page: 1, allConflicts: false });
    expect(lists.plannedCount).toBe(30);
    expect(lists.planned).toHaveLength(20);
  });

  it('reads a page number, or the first page', () => {
    expect(pageNumber('3')).toBe(3);
    for (const bad of [undefined, '', '0', '-2', 'x', '1e3', ['2'], '12345678'])
      expect(pageNumber(bad)).toBe(1);
  });
});
