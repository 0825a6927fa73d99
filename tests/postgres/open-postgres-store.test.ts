/**
 * `npm start` and `npm run db:migrate` on a PostgreSQL DATABASE_URL (lib/store/open-postgres-store.ts):
 * an empty database is migrated and said to be new (so it gets the sample reports), a second opening
 * applies nothing and is not new; with MIGRATE_ON_START=off a database that is not current is refused
 * in words that name no password, and a current one passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrationNames } from '@/lib/store/migrations';
import {
  checkPostgresStoreIsCurrent,
  openPostgresStoreForWriting,
  storeLabel,
} from '@/lib/store/open-postgres-store';
import { StoreNotCurrentError } from '@/lib/store/store-not-current';
import { POSTGRES_MIGRATIONS_DIR } from '@/prisma/postgres/paths';
import { createDatabase, releaseAll, serverUrl } from './helpers/databases';

const committed = listMigrationNames(POSTGRES_MIGRATIONS_DIR);

describe.skipIf(!serverUrl)('opening a PostgreSQL store at start-up', () => {
  afterAll(releaseAll);

  it('migrates an empty database and says it is new; a second opening applies nothing', async () => {
    const url = await createDatabase();
    expect(await openPostgresStoreForWriting(url)).toEqual({ created: true, applied: committed });
    expect(await openPostgresStoreForWriting(url)).toEqual({ created: false, applied: [] });
    await expect(checkPostgresStoreIsCurrent(url)).resolves.toBeUndefined();
  });

  it('refuses, without writing, a database not migrated yet when the deploy migrates', async () => {
    const url = await createDatabase();
    const error = await checkPostgresStoreIsCurrent(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreNotCurrentError);
    expect((error as StoreNotCurrentError).state?.pending).toEqual(committed);
    expect((error as Error).message).toContain('npm run db:migrate');
    // Still empty: the check wrote nothing, so the deploy's migration sees a new database.
    expect(await openPostgresStoreForWriting(url)).toEqual({ created: true, applied: committed });
  });

  it('names the database without its credentials', () => {
    expect(storeLabel('postgresql://haiti:s3cret@db.example.org:5432/haiti?sslmode=require')).toBe(
      'postgresql://db.example.org:5432/haiti',
    );
  });
});
