/**
 * A real SQLite file per test file, migrated with the project's own migration command path
 * (prisma/engine.ts), so the integration tests exercise the same schema production gets.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll } from 'vitest';
import { createDb, type Db } from '@/lib/db';
import type { Sql } from '@/lib/store/sql';
import { openStoreSql } from '@/lib/store/store-sql';
import { closeSqlConnection } from '@/lib/store/write-connection';
import { applyMigrations } from '@/prisma/engine';

const TMP = path.resolve(__dirname, '..', '..', '.tmp');
let counter = 0;

export interface TestDb {
  db: Db;
  file: string;
  /** The store's Sql (lib/store/store-sql.ts), as the app opens it. */
  sql: Sql;
}

/**
 * The store's Sql, opened on first use: a test that never uses it keeps the file to itself
 * (switching the journal mode needs that).
 */
function lazySql(url: string): Sql {
  let opened: Promise<Sql> | null = null;
  const sql = () => {
    opened ??= openStoreSql(url);
    return opened;
  };
  return {
    dialect: 'sqlite',
    all: async (text, params) => (await sql()).all(text, params),
    get: async (text, params) => (await sql()).get(text, params),
    run: async (text, params) => (await sql()).run(text, params),
    insert: async (table, row) => (await sql()).insert(table, row),
    transaction: async (work, options) => (await sql()).transaction(work, options),
    close: async () => {
      const open = opened;
      opened = null;
      if (open) await (await open).close();
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  mkdirSync(TMP, { recursive: true });
  const worker = process.env.VITEST_POOL_ID ?? '0';
  const file = path.join(TMP, `int-${worker}-${process.pid}-${++counter}-${Date.now()}.db`);
  await applyMigrations(file);
  const db = createDb(`file:${file}`);
  const sql = lazySql(`file:${file}`);
  // Called from a hook, this closes with the file; called inside a test, vitest ignores the
  // hook and the global setup removes the file at the end of the run instead.
  afterAll(async () => {
    await db.$disconnect();
    await sql.close();
    closeSqlConnection(file);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  });
  return { db, file, sql };
}
