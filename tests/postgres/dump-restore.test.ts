/**
 * The README's backup and restore for a PostgreSQL store, run as written: `pg_dump --format=custom`
 * of a store while it is open, `pg_restore --no-owner` into a new database, then the restored store
 * is current (health), holds every row, and takes new writes (its triggers move the counters, its
 * sequences continue after the highest id).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStoreHealth } from '@/lib/store/health';
import { openStoreSql } from '@/lib/store/store-sql';
import { findPostgresBin } from '@/lib/store/throwaway-postgres';
import { copiedStore } from './helpers/copied-store';
import { atRelease, connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';

const counts = async (url: string) => {
  const client = await connect(url);
  const { rows } = await client.query<{ table: string }>(
    `SELECT tablename AS "table" FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const out: Record<string, number> = {};
  for (const { table } of rows) {
    out[table] =
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]?.n ?? 0;
  }
  return out;
};

describe.skipIf(!serverUrl)('backup and restore of a PostgreSQL store with pg_dump', () => {
  afterAll(releaseAll);

  it('restores every row into a new database that is current and takes new writes', async () => {
    const bin = findPostgresBin() as string;
    const { pgUrl } = await copiedStore();
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-dump-'));
    atRelease(() => rmSync(dir, { recursive: true, force: true }));
    const dump = path.join(dir, 'haiti.dump');
    // The store stays open meanwhile: pg_dump reads one snapshot.
    const live = await openStoreSql(pgUrl);
    atRelease(() => live.close());
    await live.get('SELECT 1 AS "one"');
    execFileSync(path.join(bin, 'pg_dump'), ['--format=custom', '--file', dump, pgUrl]);
    const restored = await createDatabase();
    execFileSync(path.join(bin, 'pg_restore'), ['--no-owner', '--dbname', restored, dump]);

    expect(await counts(restored)).toEqual(await counts(pgUrl));
    expect(await checkStoreHealth(restored)).toMatchObject({ status: 'ok', migrations: 'current' });

    const sql = await openStoreSql(restored);
    atRelease(() => sql.close());
    const version = async () =>
      (await sql.get<{ version: number }>(`SELECT "version" FROM "StoreVersion" WHERE "scope" = 'data'`))
        ?.version;
    const before = await version();
    const highest = (await sql.get<{ id: number }>('SELECT max("id") AS "id" FROM "Deployment"'))?.id ?? 0;
    const id = await sql.transaction((tx) =>
      tx.insert('Deployment', {
        country: 'Kenya',
        date: '2025-03-04T00:00:00.000+00:00',
        kind: 'arrival',
        personnel: 200,
      }),
    );
    expect(id).toBeGreaterThan(highest);
    expect(await version()).toBe((before as number) + 1);
  });
});
