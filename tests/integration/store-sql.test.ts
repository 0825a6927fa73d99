/** The store's Sql on SQLite (the contract: tests/helpers/store-sql-contract.ts). */
import { describe } from 'vitest';
import { storeSqlContract } from '../helpers/store-sql-contract';
import { createSqliteTestDb } from './helpers/test-db';

describe("the store's Sql on SQLite", () => {
  storeSqlContract(async () => `file:${(await createSqliteTestDb()).file}`);
});
