/**
 * The SQL interface (lib/store/sql.ts) on SQLite: the shared contract (tests/helpers/
 * sql-contract.ts) on a store migrated by the project. The lock a transaction waits for is
 * SQLite's write lock, held here by another connection's BEGIN IMMEDIATE.
 */
import Database from 'better-sqlite3';
import { describe } from 'vitest';
import { sqlContract } from '../helpers/sql-contract';
import { createSqliteTestDb } from './helpers/test-db';

describe('the SQL interface on SQLite', () => {
  sqlContract(async () => {
    const { file } = await createSqliteTestDb();
    return {
      url: `file:${file}`,
      holdLock: async () => {
        const other = new Database(file, { timeout: 0 });
        other.exec('BEGIN IMMEDIATE');
        return async () => {
          other.exec('ROLLBACK');
          other.close();
        };
      },
    };
  });
});
