/**
 * The page cache's version on PostgreSQL (prisma/postgres/migrations/…_page_version and
 * lib/store/store-sql.ts): StoreVersion's "pages" row moves once as a transaction that wrote what a
 * reading page shows commits, so another connection sees the new number only with the data; what no
 * reading page shows (sessions, sign-in attempts) does not move it; every table but those has the
 * trigger, so a table added without one fails here.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStoreSql } from '@/lib/store/store-sql';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { connect, releaseAll, serverUrl } from './helpers/databases';

/** What no reading page shows: writing it must not empty the page cache. */
const NOT_COUNTED = [
  'Session',
  'LoginAttempt',
  'SecurityEvent',
  'RecoveryCode',
  'SavedSearch',
  'Feed',
  'StoreVersion',
  '_prisma_migrations',
];

describe.skipIf(!serverUrl)('the page cache’s version on PostgreSQL', () => {
  let url: string;
  let reader: pg.Client;
  const pages = async () =>
    Number(
      (
        await reader.query<{ version: number }>(
          `SELECT "version" FROM "StoreVersion" WHERE "scope" = 'pages'`,
        )
      ).rows[0]?.version,
    );

  beforeAll(async () => {
    url = await migratedPostgresDatabase();
    reader = await connect(url);
  });
  afterAll(releaseAll);

  it('has the trigger on every table a reading page may show, and only there', async () => {
    const { rows } = await reader.query<{ table: string; counted: boolean }>(
      `SELECT t.tablename AS "table",
              EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
                       WHERE c.relname = t.tablename AND g.tgname = t.tablename || '_pages_version') AS counted
         FROM pg_tables t WHERE t.schemaname = current_schema() ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(NOT_COUNTED.length);
    for (const { table, counted } of rows)
      expect([table, counted]).toEqual([table, !NOT_COUNTED.includes(table)]);
  });

  it('moves as a write through the store commits, never before, and not for a session', async () => {
    const sql = await openStoreSql(url);
    try {
      const before = await pages();
      const during = await sql.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO "Location" ("key", "name", "normName", "kind", "lat", "lng")
           VALUES ('page-version-test', 'Page version test', 'page version test', 'neighbourhood', 18.5, -72.3)`,
        );
        // Uncommitted: another connection still reads the number the data it sees goes with.
        return pages();
      });
      expect(during).toBe(before);
      const after = await pages();
      expect(after).toBe(before + 1);
      // A write outside a transaction is made one, and counted the same way.
      await sql.run(`UPDATE "Location" SET "name" = 'Page version test 2' WHERE "key" = 'page-version-test'`);
      expect(await pages()).toBe(after + 1);
      // What no reading page shows moves nothing.
      await sql.run(`INSERT INTO "LoginAttempt" ("key", "at") VALUES ('address:127.0.0.1', now())`);
      await sql.transaction(async (tx) => {
        await tx.run(`INSERT INTO "LoginAttempt" ("key", "at") VALUES ('address:127.0.0.2', now())`);
      });
      expect(await pages()).toBe(after + 1);
    } finally {
      await sql.close();
    }
  });
});
