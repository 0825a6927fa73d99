/**
 * SQL common table expressions shared by every casualty statistic, so that each chart agrees
 * with the incident pages (lib/incidents/reconcile.ts) on what "best" means:
 *   per_source  — per incident × kind × side × country, each source's figure (its largest);
 *   per_incident — low / best (lower median) / high across sources, and how many sources.
 * `condition` filters the incidents (see filter-sql.ts); `claims` narrows which casualties
 * count: with "casualties among MSS" a chart counts MSS casualties, not everyone hurt in
 * incidents where MSS personnel were.
 */
import type { SqlCondition } from './filter-sql';

export function reconciledCtes(
  condition: SqlCondition,
  claims: { affiliation?: string; kind?: string } = {},
): SqlCondition {
  const claimSql = [
    claims.affiliation ? 'AND c.affiliation = ?' : '',
    claims.kind ? 'AND c.kind = ?' : '',
  ].join(' ');
  const claimParams = [claims.affiliation, claims.kind].filter((v): v is string => v !== undefined);
  return {
    sql: `per_source AS (
       SELECT c.incidentId, c.kind, c.affiliation, coalesce(c.country, '') AS country, c.reportId, max(c.count) AS n
       FROM CasualtyClaim c JOIN Incident i ON i.id = c.incidentId
       WHERE ${condition.sql} ${claimSql}
       GROUP BY c.incidentId, c.kind, c.affiliation, country, c.reportId
     ), ranked AS (
       SELECT *, row_number() OVER w AS rn, count(*) OVER w AS cnt
       FROM per_source WINDOW w AS (PARTITION BY incidentId, kind, affiliation, country ORDER BY n)
     ), per_incident AS (
       SELECT incidentId, kind, affiliation, country, min(n) AS low, max(n) AS high,
              max(CASE WHEN rn = (cnt + 1) / 2 THEN n END) AS best, max(cnt) AS sources,
              group_concat(reportId) AS reports
       FROM ranked GROUP BY incidentId, kind, affiliation, country
     )`,
    params: [...condition.params, ...claimParams],
  };
}
