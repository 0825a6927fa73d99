import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresPoolConfig } from '@/lib/store/postgres-config';
import { applyMigrations } from '@/prisma/engine';
import { POSTGRES_MIGRATIONS_DIR } from '@/prisma/postgres/paths';
import {
  applyPostgresMigrations,
  diffPostgresSchemaAgainstMigrations,
  readPostgresMigrations,
} from '@/prisma/postgres-engine';
import { atRelease, connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';

const committed = async () => (await readPostgresMigrations()).migrationDirectories.map((d) => d.path);

describe.skipIf(!serverUrl)('PostgreSQL migrations through the project migration code', () => {
  afterAll(releaseAll);

  it('applies every committed migration once, chosen by the URL, and records each as finished', async () => {
    const url = await createDatabase();
    expect(await applyMigrations(url)).toEqual(await committed());
    const client = await connect(url);
    const { rows } = await client.query<{ name: string; finished: boolean; steps: number }>(
      `SELECT migration_name AS name, finished_at IS NOT NULL AS finished, applied_steps_count AS steps
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual((await committed()).map((name) => ({ name, finished: true, steps: 1 })));
    expect(await applyMigrations(url)).toEqual([]);
  });

  it('leaves nothing of a failing migration behind, and refuses to go on until it is resolved', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-migrations-'));
    atRelease(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(POSTGRES_MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, '20991231000000_broken');
    mkdirSync(broken);
    // A table, a function whose body has semicolons, a row, then an error.
    writeFileSync(
      path.join(broken, 'migration.sql'),
      `CREATE TABLE "Half" ("id" integer);
       CREATE FUNCTION half() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
       UPDATE "StoreVersion" SET "version" = 99;
       SELECT 1 / 0;`,
    );
    const url = await createDatabase();
    await expect(applyPostgresMigrations(url, dir)).rejects.toThrow();
    const client = await connect(url);
    const count = async (sql: string) => (await client.query<{ n: number }>(sql)).rows[0]?.n;
    expect(await count(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'Half'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'half'`)).toBe(0);
    expect(await count(`SELECT max("version")::int AS n FROM "StoreVersion"`)).toBe(0);
    const { rows } = await client.query(
      `SELECT migration_name AS name, finished_at IS NOT NULL AS finished FROM _prisma_migrations
       WHERE migration_name = '20991231000000_broken'`,
    );
    expect(rows).toEqual([{ name: '20991231000000_broken', finished: false }]);
    await expect(applyPostgresMigrations(url, dir)).rejects.toThrow();
  });

  it('gives a migrated database exactly the PostgreSQL schema (no drift, the trigram index included)', async () => {
    // Applies the history to a new database, introspects it and diffs against the schema file.
    const diff = await diffPostgresSchemaAgainstMigrations(await createDatabase());
    expect(diff.trim()).toMatch(/^-- This is an empty migration\.$/);
  });

  it('runs every store session in UTC, whatever the database or server says', async () => {
    const url = await createDatabase();
    const name = new URL(url).pathname.slice(1);
    const admin = await connect(url);
    await admin.query(`ALTER DATABASE "${name}" SET timezone = 'America/Port-au-Prince'`);
    const local = await connect(`${url}?options=${encodeURIComponent('-c TimeZone=Asia/Tokyo')}`);
    const pinned = await connect(url);
    expect((await pinned.query('SHOW TimeZone')).rows[0].TimeZone).toBe('UTC');
    // The URL's own options are kept beside the pin (node-postgres would let them replace it).
    expect(postgresPoolConfig(`${url}?options=-c%20statement_timeout%3D5000`).options).toBe(
      '-c statement_timeout=5000 -c TimeZone=UTC',
    );
    expect((await local.query('SHOW TimeZone')).rows[0].TimeZone).toBe('UTC');
  });
});
