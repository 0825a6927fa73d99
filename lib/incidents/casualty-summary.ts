/**
 * IncidentCasualty: per incident and kind x side x country, what the sources together say —
 * low, best (the lower median of the sources' figures, as in reconcile.ts) and high, and which
 * sources give a figure. Rewritten whenever an incident's claims change, inside the same
 * transaction, so every chart, total and map marker reads a few stored rows per incident instead
 * of re-reconciling every claim on every request.
 */
import type { SqlConnection } from '../store/write-connection';

const RECONCILE = `
  WITH per_source AS (
    SELECT c.incidentId, c.kind, c.affiliation, coalesce(c.country, '') AS country, c.reportId, max(c.count) AS n
    FROM CasualtyClaim c WHERE %SCOPE%
    GROUP BY c.incidentId, c.kind, c.affiliation, country, c.reportId
  ), ranked AS (
    SELECT *, row_number() OVER w AS rn, count(*) OVER w AS cnt
    FROM per_source WINDOW w AS (PARTITION BY incidentId, kind, affiliation, country ORDER BY n, reportId)
  )
  INSERT INTO IncidentCasualty (incidentId, kind, affiliation, country, low, best, high, sources, reportIds)
  SELECT incidentId, kind, affiliation, country, min(n), max(CASE WHEN rn = (cnt + 1) / 2 THEN n END), max(n),
         max(cnt), group_concat(reportId)
  FROM ranked GROUP BY incidentId, kind, affiliation, country`;

/** Recomputes the summary of the given incidents. Call inside the transaction that changed them. */
export function refreshIncidentCasualties(sql: SqlConnection, incidentIds: readonly number[]): void {
  if (incidentIds.length === 0) return;
  const ids = JSON.stringify([...new Set(incidentIds)]);
  sql.prepare('DELETE FROM IncidentCasualty WHERE incidentId IN (SELECT value FROM json_each(?))').run(ids);
  sql.prepare(RECONCILE.replace('%SCOPE%', 'c.incidentId IN (SELECT value FROM json_each(?))')).run(ids);
}

/** Recomputes every incident's summary: after bulk loads that wrote claims directly. */
export function rebuildIncidentCasualties(sql: SqlConnection): void {
  sql.transaction(() => {
    sql.prepare('DELETE FROM IncidentCasualty').run();
    sql.prepare(RECONCILE.replace('%SCOPE%', '1 = 1')).run();
  })();
}
