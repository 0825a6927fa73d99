/**
 * The per-incident reconciled casualties (IncidentCasualty, kept up to date in every write
 * transaction by lib/incidents/casualty-summary.ts) as a common table expression `per_incident`
 * with columns incidentId, kind, affiliation, country, low, best, high, sources, reports, and the
 * incident's date and locationId (so callers need not join Incident again) — what
 * every casualty statistic and map marker aggregates, so a chart and an incident page agree.
 * `condition` filters the incidents (see filter-sql.ts); `claims` narrows which casualties count:
 * with "casualties among MSS" a chart counts MSS casualties, not everyone hurt in incidents where
 * MSS personnel were; with "confirmed only", the figures two or more sources give.
 * INDEXED BY: without fresh ANALYZE statistics SQLite prefers the primary key, which makes it
 * read every summary row; the covering index answers from the index alone (measured: 187 ms →
 * about 100 ms for casualties by month at 100,000 incidents).
 */
import type { IncidentFilters } from '../incidents/filters';
import { type Dialect, indexedBy } from '../store/dialect';
import type { SqlCondition } from './filter-sql';

/**
 * The filters without kind, side and "confirmed", for a condition whose casualty rows are
 * narrowed to those anyway (`claims` below): such a row exists exactly for the incidents the
 * EXISTS test would keep, so the test is redundant work per incident.
 */
export function withoutCasualtyFilter(filters: IncidentFilters): IncidentFilters {
  return { ...filters, kind: undefined, affiliation: undefined, confirmed: undefined };
}

/** The casualty rows the filters count: of their kind and side, and confirmed when asked. */
export function casualtyClaims(filters: IncidentFilters): {
  affiliation?: string;
  kind?: string;
  confirmed?: boolean;
} {
  return { affiliation: filters.affiliation, kind: filters.kind, confirmed: filters.confirmed };
}

export function reconciledCtes(
  condition: SqlCondition,
  claims: { affiliation?: string; kind?: string; confirmed?: boolean } = {},
  dialect: Dialect = 'sqlite',
): SqlCondition {
  const claimSql = [
    claims.affiliation ? 'AND ic.affiliation = ?' : '',
    claims.kind ? 'AND ic.kind = ?' : '',
    claims.confirmed ? 'AND ic.sources >= 2' : '',
  ].join(' ');
  const claimParams = [claims.affiliation, claims.kind].filter((v): v is string => v !== undefined);
  return {
    sql: `per_incident AS (
       SELECT ic."incidentId", ic.kind, ic.affiliation, ic.country, ic.low, ic.best, ic.high, ic.sources,
              ic."reportIds" AS reports, i.date AS date, i."locationId" AS "locationId"
       FROM "IncidentCasualty" ic${indexedBy('IncidentCasualty_covering_idx', dialect)} JOIN "Incident" i ON i.id = ic."incidentId"
       WHERE ${condition.sql} ${claimSql}
     )`,
    params: [...condition.params, ...claimParams],
  };
}
