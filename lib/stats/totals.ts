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
import { dialectOf, stringAgg } from '../store/dialect';
import { KIND_ORDER, type SideTotal } from './casualties';
import { incidentFilterSql } from './filter-sql';
import { queryRows } from './raw';
import { casualtyClaims, reconciledCtes, withoutCasualtyFilter } from './reconciled-sql';

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

/** One group's sums and the reports behind them, before the listing is cut to SOURCE_IDS_LISTED. */
export interface TotalPart extends SideTotal {
  /**
   * Every report id behind the group, distinct. Typed (4 bytes an id): a month's parts stay in
   * the cache, and over a whole store they hold about one id per casualty row.
   */
  reportIds: Int32Array;
}

/** The sums per kind × side × country over the incidents the filters select. */
export async function casualtyTotalParts(
  db: Db,
  filters: IncidentFilters & { affiliation?: Affiliation } = {},
): Promise<TotalPart[]> {
  const dialect = dialectOf(db);
  const condition = incidentFilterSql(withoutCasualtyFilter(filters), dialect);
  const ctes = reconciledCtes(condition, casualtyClaims(filters), dialect);
  const rows = await queryRows<Omit<TotalPart, 'reportIds'> & { reports: string }>(
    db,
    `WITH ${ctes.sql}
     SELECT kind, affiliation, country, sum(low) AS low, sum(best) AS best, sum(high) AS high,
            count(*) AS incidents, ${stringAgg('reports', dialect)} AS reports
     FROM per_incident GROUP BY kind, affiliation, country`,
    ctes.params,
  );
  return rows.map(({ reports, ...r }) => ({
    ...r,
    reportIds: Int32Array.from(new Set(reports.split(',').map(Number))),
  }));
}

function emptyTotal(kind: CasualtyTotal['kind'], affiliation: string, country: string | null): CasualtyTotal {
  return {
    kind,
    affiliation,
    country,
    low: 0,
    best: 0,
    high: 0,
    incidents: 0,
    sourceCount: 0,
    sourceReportIds: [],
    highFromFigure: null,
  };
}

/**
 * Parts of the same groups (from different months) added up, in display order: killed, injured,
 * missing, then by side and country. Report ids are united, so a report behind several months
 * counts once.
 */
export function mergeTotalParts(parts: readonly (readonly TotalPart[])[]): CasualtyTotal[] {
  const groups = new Map<string, { total: CasualtyTotal; reports: Int32Array[] }>();
  let maxId = 0;
  for (const part of parts) {
    for (const p of part) {
      const key = `${p.kind}|${p.affiliation}|${p.country}`;
      let group = groups.get(key);
      if (!group) {
        group = { total: emptyTotal(p.kind, p.affiliation, p.country || null), reports: [] };
        groups.set(key, group);
      }
      group.total.low += p.low;
      group.total.best += p.best;
      group.total.high += p.high;
      group.total.incidents += p.incidents;
      group.reports.push(p.reportIds);
      for (const id of p.reportIds) if (id > maxId) maxId = id;
    }
  }
  // Distinct reports per group, with one flag per report id (a report behind several months
  // counts once): a pass over the ids instead of a Set of up to a million entries.
  const seen = new Uint8Array(maxId + 1);
  return [...groups.values()]
    .map(({ total, reports }) => {
      seen.fill(0);
      let count = 0;
      for (const ids of reports) {
        for (const id of ids) {
          if (!seen[id]) {
            seen[id] = 1;
            count++;
          }
        }
      }
      // Only the count and the newest few ids go out: over a whole store the list runs to tens
      // of thousands.
      const newest: number[] = [];
      for (let id = maxId; id > 0 && newest.length < SOURCE_IDS_LISTED; id--) if (seen[id]) newest.push(id);
      return { ...total, sourceCount: count, sourceReportIds: newest.reverse() };
    })
    .sort(
      (a, b) =>
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.affiliation < b.affiliation ? -1 : a.affiliation > b.affiliation ? 1 : 0) ||
        ((a.country ?? '') < (b.country ?? '') ? -1 : (a.country ?? '') > (b.country ?? '') ? 1 : 0),
    );
}

export async function casualtyTotals(
  db: Db,
  filters: IncidentFilters & { affiliation?: Affiliation } = {},
): Promise<CasualtyTotal[]> {
  return withAggregateFigures(db, filters, mergeTotalParts([await casualtyTotalParts(db, filters)]));
}

/**
 * Raises each total's `high` to the largest aggregate figure a report gives for its group. Not
 * with "confirmed only": such a figure is one report's word.
 */
export async function withAggregateFigures(
  db: Db,
  filters: IncidentFilters & { affiliation?: Affiliation },
  totals: CasualtyTotal[],
): Promise<CasualtyTotal[]> {
  if (filters.confirmed) return totals;
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
      total = emptyTotal(kind, f.affiliation ?? 'unknown', f.country);
      totals.push(total);
    }
    if (f.value > total.high) {
      total.high = f.value;
      total.highFromFigure = { reportId: f.reportId, value: f.value, excerpt: f.excerpt };
    }
  }
  return totals;
}
