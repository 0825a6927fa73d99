/**
 * The SQL interface (lib/store/sql.ts) on PostgreSQL: the shared contract (tests/helpers/
 * sql-contract.ts) on a database migrated by the project. The lock a transaction waits for is
 * the advisory lock of its key, held here by another session.
 */
import { afterAll, describe } from 'vitest';
import { sqlContract } from '../helpers/sql-contract';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { connect, releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('the SQL interface on PostgreSQL', () => {
  afterAll(releaseAll);
  sqlContract(async () => {
    const url = await migratedPostgresDatabase();
    return {
      url,
      holdLock: async (key) => {
        const other = await connect(url);
        await other.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
        return async () => {
          await other.query('SELECT pg_advisory_unlock(hashtext($1))', [key]);
        };
      },
    };
  });
});
