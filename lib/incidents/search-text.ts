/**
 * Incident.searchText: title, summary, the place as written and the names of the place and all
 * that contain it, folded (no accents, no case, no punctuation), so "petion ville", "Pétion-Ville"
 * and "PETION-VILLE" all find the same incidents, and searching a commune finds events placed
 * in its neighbourhoods. Recomputed whenever one of those changes, in the same transaction.
 */
import { normalizeSearchText } from '../locations/normalize';
import { type Dialect, stringAgg } from '../store/dialect';
import type { Sql } from '../store/sql';
import type { SqlConnection } from '../store/write-connection';

export function foldForSearch(text: string): string {
  // As place names compare, but "%" and "_" are kept: they are part of "50%" or "km_12", and the
  // filter matches a word literally (lib/stats/filter-sql.ts), so a search for them finds them.
  return normalizeSearchText(text);
}

interface SearchParts {
  title: string;
  summary: string;
  placeText: string;
  placeNames: string;
}

/**
 * The place and every place containing it: paths are '/haiti/ouest/…/' and a place's path starts
 * with each of its ancestors' (substr rather than LIKE, whose case and wildcards differ by store).
 * The names are joined by commas, which folding turns into spaces like any punctuation.
 */
const readParts = (d: Dialect) =>
  `SELECT i."title", i."summary", coalesce(i."placeText", '') AS "placeText",
          coalesce((SELECT ${stringAgg('p."name"', d)} FROM "Location" p
                    WHERE substr(l."path", 1, length(p."path")) = p."path"), '') AS "placeNames"
   FROM "Incident" i LEFT JOIN "Location" l ON l."id" = i."locationId" WHERE i."id" = ?`;
const WRITE = 'UPDATE "Incident" SET "searchText" = ? WHERE "id" = ?';
const folded = (row: SearchParts) =>
  foldForSearch(`${row.title} ${row.summary} ${row.placeText} ${row.placeNames}`);

/** Recomputes the incidents' search text; call it inside the transaction that changed them. */
export async function refreshSearchText(sql: Sql, incidentIds: readonly number[]): Promise<void> {
  const read = readParts(sql.dialect);
  for (const id of incidentIds) {
    const row = await sql.get<SearchParts>(read, [id]);
    if (row) await sql.run(WRITE, [folded(row), id]);
  }
}

/**
 * Fills searchText for incidents stored before it existed, and refolds those whose text holds a
 * "%" or "_" folded away before search kept them.
 */
export function backfillSearchText(sql: SqlConnection): number {
  const ids = (
    sql
      .prepare(
        `SELECT id FROM Incident WHERE searchText = ''
           OR (title || ' ' || summary || ' ' || coalesce(placeText, '') GLOB '*[%_]*' AND searchText NOT GLOB '*[%_]*')`,
      )
      .all() as { id: number }[]
  ).map((r) => r.id);
  // Start-up's SQLite maintenance (lib/cli/start-store.ts), on the raw connection.
  const read = sql.prepare(readParts('sqlite'));
  const write = sql.prepare(WRITE);
  sql
    .transaction(() => {
      for (const id of ids) {
        const row = read.get(id) as SearchParts | undefined;
        if (row) write.run(folded(row), id);
      }
    })
    .immediate();
  return ids.length;
}
