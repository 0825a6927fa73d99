/**
 * The chart series as pages and the JSON API read them: the SQL aggregations of casualties.ts and
 * totals.ts, computed month by month and cached per month (lib/aggregates/month-partitions.ts). A write
 * that can change a chart — an incident's date, type, place, status or casualties — recomputes
 * the months it touched; a change to the gazetteer or to a figure, every month. A title edit does
 * not touch the charts, text search aside.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import {
  casualtiesByDepartment,
  casualtiesByMonth,
  casualtiesBySide,
  mergeDepartmentTotals,
  mergeSideTotals,
} from '../stats/casualties';
import {
  type DeploymentPoint,
  deploymentConflicts,
  listDeployments,
  strengthSeries,
} from '../stats/deployments';
import { incidentCountsByPeriod } from '../stats/overview';
import {
  casualtyTotalParts,
  type casualtyTotals,
  mergeTotalParts,
  withAggregateFigures,
} from '../stats/totals';
import {
  cubeAnswers,
  cubeDepartmentTotals,
  cubeMonthPoints,
  cubeSideTotals,
  cubeTotalParts,
} from './cube-read';
import { cachedByMonth, type MonthAt } from './month-partitions';
import { cachedRead } from './version';

/**
 * A series computed month by month, each month cached under its own counters: from the month's
 * cube when the filters take in the whole month without text search, otherwise in SQL.
 */
function monthlySeries<F extends IncidentFilters, P, T>(
  name: string,
  sql: (db: Db, filters: F) => Promise<P>,
  cube: (db: Db, at: MonthAt, filters: F) => Promise<P>,
  merge: (parts: P[]) => T,
): (db: Db, filters: F) => Promise<T> {
  return (db, filters) =>
    cachedByMonth(
      db,
      { key: name, filters, scopes: ['places'] },
      (month, at) =>
        cubeAnswers(filters, at, false) ? cube(db, at, filters) : sql(db, { ...filters, ...month }),
      merge,
    );
}

export const cachedStats = {
  casualtiesByMonth: monthlySeries('casualties-by-month', casualtiesByMonth, cubeMonthPoints, (parts) =>
    parts.flat(),
  ),
  casualtiesBySide: monthlySeries('casualties-by-side', casualtiesBySide, cubeSideTotals, mergeSideTotals),
  casualtiesByDepartment: monthlySeries(
    'casualties-by-department',
    casualtiesByDepartment,
    cubeDepartmentTotals,
    mergeDepartmentTotals,
  ),
  casualtyTotals: (db: Db, filters: Parameters<typeof casualtyTotals>[1] = {}) =>
    cachedByMonth(
      db,
      // Each month's part keeps the report ids behind it (~10 MB over a million incidents): fewer kept.
      { key: 'casualty-totals', filters, scopes: ['places', 'figures'], maxKeys: 24 },
      (month, at) =>
        cubeAnswers(filters, at, false)
          ? cubeTotalParts(db, at, filters)
          : casualtyTotalParts(db, { ...filters, ...month }),
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
