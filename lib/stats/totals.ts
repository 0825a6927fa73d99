/**
 * Casualty totals per kind × side × country for the current filters: the reconciled
 * per-incident figures (reconciled-sql.ts) summed over incidents.
 * Aggregate figures a report quotes ("two officers were confirmed dead in February and March")
 * cannot be placed on incidents, but they bound the total: `high` is raised to the largest such
 * figure, and the report that says so is named.
 */
import type { Db } from '../db';
import type { Affiliation } from '../extract/schema';
import type { IncidentFilters } from '../incidents/filters';
import { incidentFilterSql } from './filter-sql';
import { queryRows } from './raw';
import { reconciledCtes, withoutCasualtyFilter } from './reconciled-sql';

export interface CasualtyTotal {
  kind: 'killed' | 'injured' | 'missing';
  affiliation: string;
  country: string | null;
  low: number;
  best: number;
  high: number;
  incidents: number;
  /** How many reports' incident claims make up the figures. */
  sourceCount: number;
  /**
   * Up to SOURCE_IDS_LISTED of those reports (the newest), in id order: over a whole store the
   * full list runs to tens of thousands (a 2.6 MB answer at 100,000 incidents).
   */
  sourceReportIds: number[];
  /** The aggregate figure that raised `high`, if one did. */
  highFromFigure: { reportId: number; value: number; excerpt: string } | null;
}

export const SOURCE_IDS_LISTED = 20;

function listedSources(reports: string): { sourceCount: number; sourceReportIds: number[] } {
  const ids = [...new Set(reports.split(',').map(Number))].sort((a, b) => a - b);
  return { sourceCount: ids.length, sourceReportIds: ids.slice(-SOURCE_IDS_LISTED) };
}

export async function casualtyTotals(
  db: Db,
  filters: IncidentFilters & { affiliation?: Affiliation } = {},
): Promise<CasualtyTotal[]> {
  const ctes = reconciledCtes(incidentFilterSql(withoutCasualtyFilter(filters)), {
    affiliation: filters.affiliation,
    kind: filters.kind,
  });
  const rows = await queryRows<{
    kind: CasualtyTotal['kind'];
    affiliation: string;
    country: string;
    low: number;
    best: number;
    high: number;
    incidents: number;
    reports: string;
  }>(
    db,
    `WITH ${ctes.sql}
     SELECT kind, affiliation, country, sum(low) AS low, sum(best) AS best, sum(high) AS high,
            count(*) AS incidents, group_concat(reports) AS reports
     FROM per_incident GROUP BY kind, affiliation, country
     ORDER BY CASE kind WHEN 'killed' THEN 0 WHEN 'injured' THEN 1 ELSE 2 END, affiliation, country`,
    ctes.params,
  );
  // `reports` (every report id, as text) stays here: only the count and a few ids go out.
  const totals = rows.map(
    ({ reports, ...r }): CasualtyTotal => ({
      ...r,
      country: r.country || null,
      ...listedSources(reports),
      highFromFigure: null,
    }),
  );
  const figures = await db.figure.findMany({
    where: {
      affiliation: filters.affiliation ?? { not: null },
      metric: { in: filters.kind ? [filters.kind] : ['killed', 'injured', 'missing'] },
      ...(filters.from || filters.to
        ? {
            OR: [
              { periodEnd: null },
              {
                periodEnd: { gte: new Date(`${filters.from ?? '0001-01-01'}T00:00:00Z`) },
                periodStart: { lte: new Date(`${filters.to ?? '9999-12-31'}T00:00:00Z`) },
              },
            ],
          }
        : {}),
    },
    select: { reportId: true, value: true, excerpt: true, metric: true, affiliation: true, country: true },
    orderBy: { value: 'desc' },
  });
  for (const f of figures) {
    const kind = f.metric as CasualtyTotal['kind'];
    let total = totals.find(
      (t) => t.kind === kind && t.affiliation === f.affiliation && t.country === f.country,
    );
    if (!total) {
      total = {
        kind,
        affiliation: f.affiliation ?? 'unknown',
        country: f.country,
        low: 0,
        best: 0,
        high: 0,
        incidents: 0,
        sourceCount: 0,
        sourceReportIds: [],
        highFromFigure: null,
      };
      totals.push(total);
    }
    if (f.value > total.high) {
      total.high = f.value;
      total.highFromFigure = { reportId: f.reportId, value: f.value, excerpt: f.excerpt };
    }
  }
  return totals;
}
