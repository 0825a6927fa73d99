/**
 * IncidentCasualty: per incident and kind x side x country, what the sources together say —
 * low, best (the lower median of the sources' figures, as in reconcile.ts) and high, and which
 * sources give a figure. Rewritten whenever an incident's claims change, inside the same
 * transaction, so every chart, total and map marker reads a few stored rows per incident instead
 * of re-reconciling every claim on every request.
 */
import { type Dialect, idIn, type SqlFragment, stringAgg } from '../store/dialect';
import { isSql } from '../store/is-sql';
import type { Sql } from '../store/sql';
import type { SqlConnection } from '../store/write-connection';

function reconcile(scope: SqlFragment, d: Dialect): SqlFragment {
  return {
    sql: `
  WITH per_source AS (
    SELECT c."incidentId", c."kind", c."affiliation", coalesce(c."country", '') AS "country", c."reportId",
           max(c."count") AS "n"
    FROM "CasualtyClaim" c WHERE ${scope.sql}
    GROUP BY c."incidentId", c."kind", c."affiliation", coalesce(c."country", ''), c."reportId"
  ), ranked AS (
    SELECT *, row_number() OVER w AS "rn", count(*) OVER w AS "cnt"
    FROM per_source WINDOW w AS (PARTITION BY "incidentId", "kind", "affiliation", "country" ORDER BY "n", "reportId")
  )
  INSERT INTO "IncidentCasualty" ("incidentId", "kind", "affiliation", "country", "low", "best", "high", "sources", "reportIds")
  SELECT "incidentId", "kind", "affiliation", "country", min("n"), max(CASE WHEN "rn" = ("cnt" + 1) / 2 THEN "n" END),
         max("n"), max("cnt"), ${stringAgg('"reportId"', d)}
  FROM ranked GROUP BY "incidentId", "kind", "affiliation", "country"`,
    params: scope.params,
  };
}

/**
 * Recomputes the summary of the given incidents. Call inside the transaction that changed them.
 * Given the asynchronous interface's `tx` it answers a promise; given the synchronous connection
 * (ingest, not moved yet: lib/store/is-sql.ts) it writes at once.
 */
export function refreshIncidentCasualties(sql: Sql, incidentIds: readonly number[]): Promise<void>;
export function refreshIncidentCasualties(sql: SqlConnection, incidentIds: readonly number[]): void;
export function refreshIncidentCasualties(
  sql: Sql | SqlConnection,
  incidentIds: readonly number[],
): Promise<void> | void {
  const d: Dialect = isSql(sql) ? sql.dialect : 'sqlite';
  const ids = [...new Set(incidentIds)];
  const gone = idIn('"incidentId"', ids, d);
  const remove = { sql: `DELETE FROM "IncidentCasualty" WHERE ${gone.sql}`, params: gone.params };
  const insert = reconcile(idIn('c."incidentId"', ids, d), d);
  if (isSql(sql)) {
    if (ids.length === 0) return Promise.resolve();
    return sql
      .run(remove.sql, remove.params)
      .then(() => sql.run(insert.sql, insert.params))
      .then(() => undefined);
  }
  if (ids.length === 0) return;
  sql.prepare(remove.sql).run(...remove.params);
  sql.prepare(insert.sql).run(...insert.params);
}

/** Recomputes every incident's summary: after bulk loads that wrote claims directly (SQLite). */
export function rebuildIncidentCasualties(sql: SqlConnection): void {
  const all = reconcile({ sql: '1 = 1', params: [] }, 'sqlite');
  sql.transaction(() => {
    sql.prepare('DELETE FROM "IncidentCasualty"').run();
    sql.prepare(all.sql).run();
  })();
}
