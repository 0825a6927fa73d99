/**
 * What a migrated PostgreSQL store's catalog says about its tables, for the copier
 * (lib/store/copy-to-postgres.ts): columns with their exact types, the order foreign keys impose,
 * serial columns, and which migrations are recorded.
 */
import type pg from 'pg';
import type { AppliedMigration } from './migrations';

export interface PgColumn {
  name: string;
  /** As PostgreSQL writes it in a cast: `integer`, `timestamp(3) without time zone`, `"Role"`. */
  type: string;
  /** 'b' base, 'e' enum (pg_type.typtype). */
  kind: string;
}

export interface PgTable {
  name: string;
  columns: PgColumn[];
  /** Tables this one's foreign keys reference (itself excluded). */
  references: string[];
  /** A column referencing this same table's column (Location.parentId → Location.id). */
  selfReference: { column: string; referenced: string } | null;
  /** Columns whose default takes the next value of a sequence (SERIAL ids). */
  serialColumns: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export { quote as quoteIdent };

/** The tables of the store (current schema), Prisma's `_prisma_migrations` left out. */
export async function readPgTables(client: pg.ClientBase): Promise<PgTable[]> {
  const { rows: columns } = await client.query<{ table: string; name: string; type: string; kind: string }>(
    `SELECT c.relname AS "table", a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            t.typtype AS kind
     FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
     JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     JOIN pg_type t ON t.oid = a.atttypid
     WHERE c.relkind = 'r' AND c.relname <> '_prisma_migrations'
     ORDER BY c.relname, a.attnum`,
  );
  const { rows: keys } = await client.query<{
    table: string;
    column: string;
    target: string;
    targetColumn: string;
  }>(
    `SELECT c.relname AS "table", a.attname AS "column", r.relname AS target, ra.attname AS "targetColumn"
     FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
     JOIN pg_class r ON r.oid = k.confrelid
     JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
     JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1]
     WHERE k.contype = 'f'`,
  );
  const { rows: serials } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  const tables = new Map<string, PgTable>();
  for (const c of columns) {
    let table = tables.get(c.table);
    if (!table) {
      table = { name: c.table, columns: [], references: [], selfReference: null, serialColumns: [] };
      tables.set(c.table, table);
    }
    table.columns.push({ name: c.name, type: c.type, kind: c.kind });
  }
  for (const k of keys) {
    const table = tables.get(k.table);
    if (!table) continue;
    if (k.target === k.table) table.selfReference = { column: k.column, referenced: k.targetColumn };
    else if (!table.references.includes(k.target)) table.references.push(k.target);
  }
  for (const s of serials) tables.get(s.table)?.serialColumns.push(s.column);
  return foreignKeyOrder([...tables.values()]);
}

/** Referenced tables before the tables referencing them; otherwise by name, so runs agree. */
export function foreignKeyOrder(tables: PgTable[]): PgTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: PgTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: PgTable, path: string[]) => {
    if (state.get(table.name) === 'done') return;
    if (state.get(table.name) === 'visiting') {
      throw new Error(`foreign keys form a cycle: ${[...path, table.name].join(' → ')}`);
    }
    state.set(table.name, 'visiting');
    for (const name of [...table.references].sort()) {
      const referenced = byName.get(name);
      if (referenced) visit(referenced, [...path, table.name]);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, []);
  return ordered;
}

/** The rows of `_prisma_migrations`, or null when the database has no such table. */
export async function readPgAppliedMigrations(client: pg.ClientBase): Promise<AppliedMigration[] | null> {
  const { rows: found } = await client.query(
    `SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = '_prisma_migrations'`,
  );
  if (!found.length) return null;
  const { rows } = await client.query<AppliedMigration>(
    `SELECT migration_name AS name, finished_at IS NOT NULL AS finished,
            rolled_back_at IS NOT NULL AS "rolledBack" FROM _prisma_migrations`,
  );
  return rows;
}
