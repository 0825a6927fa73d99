/**
 * Incident.searchText: title, summary, the place as written and the names of the place and all
 * that contain it, folded (no accents, no case, no punctuation), so "petion ville", "Pétion-Ville"
 * and "PETION-VILLE" all find the same incidents, and searching a commune finds events placed
 * in its neighbourhoods. Recomputed whenever one of those changes, in the same transaction.
 */
import { normalizeSearchText } from '../locations/normalize';
import type { SqlConnection } from '../store/write-connection';

export function foldForSearch(text: string): string {
  // As place names compare, but "%" and "_" are kept: they are part of "50%" or "km_12", and the
  // filter matches a word literally (lib/stats/filter-sql.ts), so a search for them finds them.
  return normalizeSearchText(text);
}

export function refreshSearchText(sql: SqlConnection, incidentIds: readonly number[]): void {
  const read = sql.prepare(
    `SELECT i.title, i.summary, coalesce(i.placeText, '') AS placeText,
            coalesce((SELECT group_concat(p.name, ' ') FROM Location p
                      WHERE l.path LIKE p.path || '%'), '') AS placeNames
     FROM Incident i LEFT JOIN Location l ON l.id = i.locationId WHERE i.id = ?`,
  );
  const write = sql.prepare('UPDATE Incident SET searchText = ? WHERE id = ?');
  for (const id of incidentIds) {
    const row = read.get(id) as
      | { title: string; summary: string; placeText: string; placeNames: string }
      | undefined;
    if (row) write.run(foldForSearch(`${row.title} ${row.summary} ${row.placeText} ${row.placeNames}`), id);
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
  if (ids.length) sql.transaction(() => refreshSearchText(sql, ids)).immediate();
  return ids.length;
}
