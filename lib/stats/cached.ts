/**
 * The chart series as pages and the JSON API read them: the SQL aggregations of casualties.ts and
 * totals.ts, computed month by month and cached per month (lib/store/month-partitions.ts). A write
 * that can change a chart — an incident's date, type, place, status or casualties — recomputes
 * the months it touched; a change to the gazetteer or to a figure, every month. A title edit does
 * not touch the charts, text search aside.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { cachedByMonth } from '../store/month-partitions';
import { cachedRead } from '../store/version';
import {
  casualtiesByDepartment,
  casualtiesByMonth,
  casualtiesBySide,
  mergeDepartmentTotals,
  mergeSideTotals,
  type StatsOptions,
} from './casualties';
import { type DeploymentPoint, deploymentConflicts, listDeployments, strengthSeries } from './deployments';
import { incidentCountsByPeriod } from './overview';
import { casualtyTotalParts, type casualtyTotals, mergeTotalParts, withAggregateFigures } from './totals';

/** A series computed month by month, each month cached under its own counters. */
function monthlySeries<F extends IncidentFilters, P, T>(
  name: string,
  read: (db: Db, filters: F, options: StatsOptions) => Promise<P>,
  merge: (parts: P[]) => T,
): (db: Db, filters: F, options?: StatsOptions) => Promise<T> {
  return (db, filters, options = {}) =>
    cachedByMonth(
      db,
      { key: `${name}:${options.confirmedOnly ? 'confirmed' : 'all'}`, filters, scopes: ['places'] },
      (month) => read(db, { ...filters, ...month }, options),
      merge,
    );
}

export const cachedStats = {
  casualtiesByMonth: monthlySeries('casualties-by-month', casualtiesByMonth, (parts) => parts.flat()),
  casualtiesBySide: monthlySeries('casualties-by-side', casualtiesBySide, mergeSideTotals),
  casualtiesByDepartment: monthlySeries(
    'casualties-by-department',
    casualtiesByDepartment,
    mergeDepartmentTotals,
  ),
  casualtyTotals: (db: Db, filters: Parameters<typeof casualtyTotals>[1] = {}) =>
    cachedByMonth(
      db,
      { key: 'casualty-totals', filters, scopes: ['places', 'figures'] },
      (month) => casualtyTotalParts(db, { ...filters, ...month }),
      (parts) => withAggregateFigures(db, filters, mergeTotalParts(parts)),
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
