/**
 * IncidentCasualty: per incident and kind x side x country, what the sources together say —
 * low, best (the lower median of the sources' figures, as in reconcile.ts) and high, and which
 * sources give a figure. Rewritten whenever an incident's claims change, inside the same
 * transaction, so every chart, total and map marker reads a few stored rows per incident instead
 * of re-reconciling every claim on every request.
 */
import { type Dialect, idIn, type SqlFragment, stringAgg } from '../store/dialect';
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

function refreshStatements(incidentIds: readonly number[], d: Dialect) {
  const ids = [...new Set(incidentIds)];
  const gone = idIn('"incidentId"', ids, d);
  return {
    ids,
    remove: { sql: `DELETE FROM "IncidentCasualty" WHERE ${gone.sql}`, params: gone.params },
    insert: reconcile(idIn('c."incidentId"', ids, d), d),
  };
}

/** Recomputes the summary of the given incidents. Call inside the transaction that changed them. */
export async function refreshIncidentCasualties(sql: Sql, incidentIds: readonly number[]): Promise<void> {
  const { ids, remove, insert } = refreshStatements(incidentIds, sql.dialect);
  if (ids.length === 0) return;
  await sql.run(remove.sql, remove.params);
  await sql.run(insert.sql, insert.params);
}

/**
 * The same on a raw SQLite connection, for the bench generator's batches (lib/bench/generate.ts,
 * a SQLite-only tool that writes with better-sqlite3 for speed).
 */
export function refreshIncidentCasualtiesOnSqlite(sql: SqlConnection, incidentIds: readonly number[]): void {
  const { ids, remove, insert } = refreshStatements(incidentIds, 'sqlite');
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
