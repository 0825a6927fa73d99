/**
 * Casualty series for the managers' charts, aggregated in SQL from the reconciled per-incident
 * figures (reconciled-sql.ts), so a chart and an incident page never disagree.
 * The filters' `confirmed` keeps the figures two or more independent sources give.
 */
import type { Db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { type Dialect, dialectOf, monthKey, position, weekKey } from '../store/dialect';
import { incidentFilterSql } from './filter-sql';
import { queryRows } from './raw';
import { casualtyClaims, reconciledCtes, withoutCasualtyFilter } from './reconciled-sql';

function base(filters: IncidentFilters, dialect: Dialect) {
  const condition = incidentFilterSql(withoutCasualtyFilter(filters), dialect);
  const ctes = reconciledCtes(condition, casualtyClaims(filters), dialect);
  return { ctes: `WITH ${ctes.sql}`, params: ctes.params };
}

export interface MonthPoint {
  month: string;
  killed: number;
  injured: number;
  missing: number;
  killedLow: number;
  killedHigh: number;
  injuredLow: number;
  injuredHigh: number;
  missingLow: number;
  missingHigh: number;
}

export function casualtiesByMonth(db: Db, filters: IncidentFilters): Promise<MonthPoint[]> {
  return casualtySeries(db, { filters, bucket: monthKey('p.date', dialectOf(db)) });
}

/**
 * Per week, `month` holding the week's Monday (YYYY-MM-DD, as calendar.ts's weekOf). Not cached
 * per month like the monthly series: a week can straddle two months.
 */
export function casualtiesByWeek(db: Db, filters: IncidentFilters): Promise<MonthPoint[]> {
  return casualtySeries(db, {
    filters,
    bucket: weekKey('p.date', dialectOf(db)),
  });
}

async function casualtySeries(
  db: Db,
  { filters, bucket }: { filters: IncidentFilters; bucket: string },
): Promise<MonthPoint[]> {
  const { ctes, params } = base(filters, dialectOf(db));
  const sums = ['killed', 'injured', 'missing']
    .map(
      (k) => `coalesce(sum(CASE WHEN p.kind = '${k}' THEN p.best END), 0) AS ${k},
              coalesce(sum(CASE WHEN p.kind = '${k}' THEN p.low END), 0) AS "${k}Low",
              coalesce(sum(CASE WHEN p.kind = '${k}' THEN p.high END), 0) AS "${k}High"`,
    )
    .join(',\n');
  return queryRows<MonthPoint>(
    db,
    `${ctes}
     SELECT ${bucket} AS month, ${sums}
     FROM per_incident p
     GROUP BY month ORDER BY month`,
    params,
  );
}

export interface SideTotal {
  kind: 'killed' | 'injured' | 'missing';
  affiliation: string;
  country: string;
  low: number;
  best: number;
  high: number;
  incidents: number;
}

export async function casualtiesBySide(db: Db, filters: IncidentFilters): Promise<SideTotal[]> {
  const { ctes, params } = base(filters, dialectOf(db));
  return queryRows<SideTotal>(
    db,
    `${ctes}
     SELECT p.kind, p.affiliation, p.country, sum(p.low) AS low, sum(p.best) AS best, sum(p.high) AS high,
            count(*) AS incidents
     FROM per_incident p
     GROUP BY p.kind, p.affiliation, p.country
     ORDER BY CASE p.kind WHEN 'killed' THEN 0 WHEN 'injured' THEN 1 ELSE 2 END, best DESC`,
    params,
  );
}

export interface DepartmentTotal {
  department: string;
  killed: number;
  injured: number;
  missing: number;
}

export async function casualtiesByDepartment(db: Db, filters: IncidentFilters): Promise<DepartmentTotal[]> {
  const dialect = dialectOf(db);
  const { ctes, params } = base(filters, dialect);
  const slash = position('substr(l.path, 8)', "'/'", dialect);
  // Paths read "/haiti/<department>/…": the department key is the second segment.
  return queryRows<DepartmentTotal>(
    db,
    `${ctes}, located AS (
       SELECT p.*, CASE WHEN l.path LIKE '/haiti/%/%' THEN substr(l.path, 8, ${slash} - 1) END AS "depKey"
       FROM per_incident p LEFT JOIN "Location" l ON l.id = p."locationId"
     )
     SELECT coalesce(d.name, 'Place not known') AS department,
            coalesce(sum(CASE WHEN located.kind = 'killed' THEN located.best END), 0) AS killed,
            coalesce(sum(CASE WHEN located.kind = 'injured' THEN located.best END), 0) AS injured,
            coalesce(sum(CASE WHEN located.kind = 'missing' THEN located.best END), 0) AS missing
     FROM located LEFT JOIN "Location" d ON d.key = located."depKey"
     GROUP BY department ORDER BY killed DESC, injured DESC`,
    params,
  );
}

/** Killed, injured, missing: the order every casualty table lists kinds in. */
export const KIND_ORDER = { killed: 0, injured: 1, missing: 2 } as const;

/** Side totals of several months added up, in casualtiesBySide's order. */
export function mergeSideTotals(parts: readonly (readonly SideTotal[])[]): SideTotal[] {
  const sums = new Map<string, SideTotal>();
  for (const row of parts.flat()) {
    const key = `${row.kind}|${row.affiliation}|${row.country}`;
    const sum = sums.get(key);
    if (!sum) sums.set(key, { ...row });
    else {
      sum.low += row.low;
      sum.best += row.best;
      sum.high += row.high;
      sum.incidents += row.incidents;
    }
  }
  return [...sums.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || b.best - a.best);
}

/** Department totals of several months added up, in casualtiesByDepartment's order. */
export function mergeDepartmentTotals(parts: readonly (readonly DepartmentTotal[])[]): DepartmentTotal[] {
  const sums = new Map<string, DepartmentTotal>();
  for (const row of parts.flat()) {
    const sum = sums.get(row.department);
    if (!sum) sums.set(row.department, { ...row });
    else {
      sum.killed += row.killed;
      sum.injured += row.injured;
      sum.missing += row.missing;
    }
  }
  return [...sums.values()].sort((a, b) => b.killed - a.killed || b.injured - a.injured);
}
