/**
 * A PostgreSQL store has what a SQLite store has: each migrated by the project's own code from
 * its own history, they must have the same tables, columns (and which may be null) and indexes
 * (names and columns, in order). Only the store-specific extras differ: SQLite's FTS5 search
 * table, PostgreSQL's trigram index, and primary keys (an index SQLite does not name).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/prisma/engine';
import { connect, createDatabase, migratedSqliteStore, releaseAll, serverUrl } from './helpers/databases';

type Shape = {
  columns: Record<string, string[]>;
  indexes: Record<string, string[]>;
};

async function sqliteShape(): Promise<Shape> {
  const db = await migratedSqliteStore();
  const tables = (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table'
         AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'IncidentSearch%' ORDER BY name`,
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  const columns: Shape['columns'] = {};
  for (const table of tables) {
    const info = db.prepare(`SELECT name, "notnull" AS nn, pk FROM pragma_table_info(?)`).all(table) as {
      name: string;
      nn: number;
      pk: number;
    }[];
    // SQLite lets a non-INTEGER primary key column be null unless declared NOT NULL; Prisma declares it.
    columns[table] = info.map((c) => `${c.name}${c.nn || c.pk ? '' : ' NULL'}`).sort();
  }
  const indexes: Shape['indexes'] = {};
  const named = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name NOT LIKE 'IncidentSearch%'`,
    )
    .all() as { name: string }[];
  for (const { name } of named) {
    indexes[name] = (
      db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').all(name) as { name: string }[]
    ).map((c) => c.name);
  }
  return { columns, indexes };
}

async function postgresShape(): Promise<Shape> {
  const url = await createDatabase();
  await applyMigrations(url);
  const client = await connect(url);
  const columns: Shape['columns'] = {};
  const cols = await client.query<{ table: string; column: string; nullable: string }>(
    `SELECT table_name AS table, column_name AS column, is_nullable AS nullable
     FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  for (const c of cols.rows) {
    columns[c.table] ??= [];
    columns[c.table]?.push(`${c.column}${c.nullable === 'YES' ? ' NULL' : ''}`);
  }
  for (const list of Object.values(columns)) list.sort();
  const indexes: Shape['indexes'] = {};
  const defs = await client.query<{ name: string; columns: string[] }>(
    `SELECT i.relname AS name, array_agg(a.attname::text ORDER BY k.n) AS columns
     FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace s ON s.oid = i.relnamespace
     CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(attnum, n)
     JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
     WHERE s.nspname = 'public' AND NOT x.indisprimary GROUP BY i.relname`,
  );
  for (const d of defs.rows) indexes[d.name] = d.columns;
  return { columns, indexes };
}

describe.skipIf(!serverUrl)('the PostgreSQL schema against the SQLite one', () => {
  let sqlite: Shape;
  let postgres: Shape;
  afterAll(releaseAll);
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([sqliteShape(), postgresShape()]);
  });

  it('has the same tables and columns, each nullable on both or on neither', () => {
    expect(Object.keys(postgres.columns).length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(postgres.columns).sort()).toEqual(Object.keys(sqlite.columns).sort());
    expect(postgres.columns).toEqual(sqlite.columns);
  });

  it('has the same indexes on the same columns in the same order, plus the trigram index', () => {
    const { Incident_searchText_trgm_idx: trigram, ...shared } = postgres.indexes;
    expect(trigram).toEqual(['searchText']);
    expect(Object.keys(shared).length).toBeGreaterThanOrEqual(40);
    expect(shared).toEqual(sqlite.indexes);
  });
});
