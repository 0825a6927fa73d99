/**
 * GET /api/health's check on a PostgreSQL store (lib/store/health.ts, checkStoreHealth): reachable
 * and current against the store's own history (prisma/postgres/migrations); pending on a database
 * never migrated; failed while a migration is half-way; "ahead" (served on) when a newer version
 * migrated it; unreachable when the server does not answer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkStoreHealth } from '@/lib/store/health';
import { listMigrationNames } from '@/lib/store/migrations';
import { POSTGRES_MIGRATIONS_DIR } from '@/prisma/postgres/paths';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';

const committed = listMigrationNames(POSTGRES_MIGRATIONS_DIR);
const expected = committed.at(-1);

const recordMigration = async (url: string, name: string, finished: boolean) => {
  const client = await connect(url);
  await client.query(
    `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
     VALUES ($1, 'x', $1, now(), ${finished ? 'now()' : 'NULL'}, ${finished ? 1 : 0})`,
    [name],
  );
};

describe.skipIf(!serverUrl)('the health check on PostgreSQL', () => {
  afterAll(releaseAll);

  it('is ok when the store has applied exactly its committed PostgreSQL migrations', async () => {
    expect(await checkStoreHealth(await migratedPostgresDatabase())).toEqual({
      status: 'ok',
      store: 'reachable',
      migrations: 'current',
      expected,
    });
  });

  it('is unavailable, naming every migration, for a database never migrated', async () => {
    expect(await checkStoreHealth(await createDatabase())).toMatchObject({
      status: 'unavailable',
      store: 'reachable',
      migrations: 'pending',
      pending: committed,
    });
  });

  it('says a migration failed half-way, and serves on a store a newer version migrated', async () => {
    const failed = await migratedPostgresDatabase();
    await recordMigration(failed, '20991231000000_half_way', false);
    expect(await checkStoreHealth(failed)).toMatchObject({
      status: 'unavailable',
      migrations: 'failed',
      failed: ['20991231000000_half_way'],
    });
    const newer = await migratedPostgresDatabase();
    await recordMigration(newer, '20991231000000_newer', true);
    expect(await checkStoreHealth(newer)).toMatchObject({
      status: 'ok',
      migrations: 'ahead',
      unknown: ['20991231000000_newer'],
    });
  });

  it('is unreachable when the server does not answer', async () => {
    const gone = new URL(serverUrl as string);
    gone.port = '1';
    expect(await checkStoreHealth(gone.toString())).toEqual({
      status: 'unavailable',
      store: 'unreachable',
      migrations: 'unchecked',
      expected,
      message: 'The store does not answer.',
    });
  });
});
