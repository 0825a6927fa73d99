/**
 * The chart series as pages and the JSON API read them: the SQL aggregations of casualties.ts and
 * totals.ts, cached per store version (lib/store/version.ts). A chart is recomputed after a write
 * that can change it — an incident's date, type, place, status or casualties, a place, a figure —
 * and not on every request; a title edit does not touch the charts, text search aside.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { cachedRead, filtersKey } from '../store/version';
import { casualtiesByDepartment, casualtiesByMonth, casualtiesBySide, type StatsOptions } from './casualties';
import { type DeploymentPoint, deploymentConflicts, listDeployments, strengthSeries } from './deployments';
import { incidentCountsByPeriod } from './overview';
import { casualtyTotals } from './totals';

function cachedSeries<F extends IncidentFilters, T>(
  name: string,
  read: (db: Db, filters: F, options?: StatsOptions) => Promise<T>,
): (db: Db, filters: F, options?: StatsOptions) => Promise<T> {
  return (db, filters, options = {}) =>
    cachedRead(
      db,
      {
        key: `${name}:${filtersKey(filters)}:${options.confirmedOnly ? 'confirmed' : 'all'}`,
        scopes: filters.q ? ['data', 'text'] : ['data'],
      },
      () => read(db, filters, options),
    );
}

export const cachedStats = {
  casualtiesByMonth: cachedSeries('casualties-by-month', casualtiesByMonth),
  casualtiesBySide: cachedSeries('casualties-by-side', casualtiesBySide),
  casualtiesByDepartment: cachedSeries('casualties-by-department', casualtiesByDepartment),
  casualtyTotals: cachedSeries('casualty-totals', (db, filters: Parameters<typeof casualtyTotals>[1]) =>
    casualtyTotals(db, filters),
  ),
  /** The deployments chart: every point, the strength series and the conflicting milestones. */
  deployments: (db: Db) =>
    cachedRead(db, { key: 'deployments', scopes: ['data'] }, async () => {
      const points: DeploymentPoint[] = await listDeployments(db);
      return { points, strength: strengthSeries(points), conflicts: deploymentConflicts(points) };
    }),
  incidentCountsByPeriod: (db: Db, today: string, periods: number[]) =>
    cachedRead(db, { key: `incident-counts-by-period:${today}:${periods.join(',')}`, scopes: ['data'] }, () =>
      incidentCountsByPeriod(db, today, periods),
    ),
};
