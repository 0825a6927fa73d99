/**
 * The PL/pgSQL triggers (prisma/postgres/triggers.ts) against the SQLite triggers they replace:
 * the same names, events and watched columns, and the same effects, step by step, when one
 * scenario runs on a SQLite store and a PostgreSQL store, each migrated by the project's code.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '@/prisma/engine';
import { TRIGGERS } from '@/prisma/postgres/triggers';
import { connect, createDatabase, migratedSqliteStore, releaseAll, serverUrl } from './helpers/databases';
import { SCENARIO, snapshotQueries } from './helpers/trigger-scenario';

type Row = Record<string, unknown>;
interface Store {
  exec(sql: string): Promise<void>;
  rows(sql: string): Promise<Row[]>;
}

async function sqliteStore(): Promise<{ store: Store; triggers: { name: string; sql: string }[] }> {
  const db = await migratedSqliteStore();
  // The FTS5 search triggers (lib/store/search-index.ts) come from outside the migrations and
  // have no PostgreSQL twin: a trigram index replaces them.
  const triggers = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'Incident\\_search\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as { name: string; sql: string }[];
  const store: Store = {
    exec: async (sql) => void db.prepare(sql).run(),
    rows: async (sql) => db.prepare(sql).all() as Row[],
  };
  return { store, triggers };
}

function postgresStore(client: pg.Client): Store {
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async (sql) => (await client.query(sql)).rows,
  };
}

/** What a SQLite trigger's text says it fires on. */
function sqliteTriggerShape(sql: string) {
  const head = sql.match(/\b(AFTER|BEFORE)\s+(INSERT|UPDATE|DELETE)(?:\s+OF\s+(.+?))?\s+ON\s+"(\w+)"/);
  if (!head) throw new Error(`unreadable trigger: ${sql}`);
  const columns = (text: string | undefined) => [...(text ?? '').matchAll(/"(\w+)"/g)].map((m) => m[1]);
  const changed = [...sql.matchAll(/OLD\."(\w+)" IS NOT NEW\."\1"/g)].map((m) => m[1]);
  const scopes = sql.match(/"scope" (?:= '(\w+)'|IN \(([^)]*)\))/);
  return {
    table: head[4],
    event: head[2],
    updateOf: head[3] ? columns(head[3]) : undefined,
    changed: changed.length > 0 ? changed : undefined,
    scopes: scopes
      ? scopes[1]
        ? [scopes[1]]
        : [...(scopes[2] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1])
      : [],
  };
}

describe.skipIf(!serverUrl)('PostgreSQL triggers against the SQLite ones', () => {
  let sqlite: Awaited<ReturnType<typeof sqliteStore>>;
  let postgres: Store;
  let client: pg.Client;

  afterAll(releaseAll);
  beforeAll(async () => {
    sqlite = await sqliteStore();
    const url = await createDatabase();
    await applyMigrations(url);
    client = await connect(url);
    postgres = postgresStore(client);
  });

  it('has every live SQLite trigger, by name, on the same table, event and column changes', async () => {
    const pgTriggers = (
      await client.query<{ name: string }>(
        // The page cache's version triggers have no SQLite twin (PRAGMA data_version): page-version.test.ts.
        `SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgname NOT LIKE '%\\_pages\\_version' ORDER BY 1`,
      )
    ).rows.map((r) => r.name);
    expect(sqlite.triggers).toHaveLength(48);
    expect(pgTriggers.sort()).toEqual(sqlite.triggers.map((t) => t.name).sort());
    for (const { name, sql } of sqlite.triggers) {
      const spec = TRIGGERS.find((t) => t.name === name);
      const shape = sqliteTriggerShape(sql);
      expect({ name, ...shape, scopes: shape.scopes.sort() }).toEqual({
        name,
        table: spec?.table,
        event: spec?.event,
        updateOf: spec?.updateOf,
        changed: spec?.changed,
        scopes: spec?.fn === 'store_version_bump' ? [...(spec.args ?? [])].sort() : shape.scopes.sort(),
      });
    }
  });

  it('keeps the same counters, grade queue and dateLast as SQLite after every step of one scenario', async () => {
    const snapshot = async (store: Store, dateKey: (c: string) => string) => {
      const state: Record<string, Row[]> = {};
      for (const [key, sql] of Object.entries(snapshotQueries(dateKey))) state[key] = await store.rows(sql);
      return state;
    };
    const sqliteDay = (c: string) => `substr(${c}, 1, 10)`;
    const postgresDay = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;
    const states: { sqlite: unknown[]; postgres: unknown[] } = { sqlite: [], postgres: [] };
    for (const { step, sql } of [{ step: 'migrated', sql: [] }, ...SCENARIO]) {
      for (const statement of sql) {
        await sqlite.store.exec(statement);
        await postgres.exec(statement);
      }
      states.sqlite.push({ step, ...(await snapshot(sqlite.store, sqliteDay)) });
      states.postgres.push({ step, ...(await snapshot(postgres, postgresDay)) });
    }
    expect(states.postgres).toEqual(states.sqlite);

    // And the values themselves are the right ones (not only the same wrong ones).
    const after = (step: string) => states.postgres.find((s) => (s as { step: string }).step === step);
    expect(after('an incident with an end date')).toMatchObject({
      dateLast: [
        { id: 1, dateLast: '2025-02-28' },
        { id: 2, dateLast: '2025-04-05' },
        { id: 3, dateLast: '2024-12-31' },
        { id: 4, dateLast: '2025-01-12' },
      ],
    });
    expect(after('redated to another month at day precision')).toMatchObject({
      monthVersion: expect.arrayContaining([
        { month: '2025-02', data: 2, text: 1 },
        { month: '2025-03', data: 2, text: 1 },
      ]),
    });
    expect(after('a report deleted')).toMatchObject({
      storeVersion: expect.arrayContaining([{ scope: 'places', version: 5 }]),
    });
  });
});
