/**
 * The INSERT both implementations of lib/store/sql.ts send for `insert(table, row)`, apart from
 * sql.ts so the implementations do not import the module that imports them.
 */
import type { SqlParam } from './sql';

/** INSERT of one row's defined columns, returning its id (both stores support RETURNING). */
export function insertStatement(table: string, row: object): { text: string; params: SqlParam[] } {
  const entries = Object.entries(row).filter(([, v]) => v !== undefined);
  const columns = entries.map(([k]) => `"${k}"`).join(', ');
  const values = entries.map(() => '?').join(', ');
  const text = entries.length
    ? `INSERT INTO "${table}" (${columns}) VALUES (${values}) RETURNING "id"`
    : `INSERT INTO "${table}" DEFAULT VALUES RETURNING "id"`;
  return { text, params: entries.map(([, v]) => v as SqlParam) };
}

/** The id an `insertStatement` returned (a table without an "id" column is a caller's bug). */
export function insertedId(table: string, row: { id?: unknown } | undefined): number {
  const id = Number(row?.id);
  if (!Number.isSafeInteger(id)) throw new Error(`INSERT INTO "${table}" returned no id`);
  return id;
}
