/** The store's Sql on PostgreSQL (the contract: tests/helpers/store-sql-contract.ts). */
import { afterAll, describe } from 'vitest';
import { storeSqlContract } from '../helpers/store-sql-contract';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)("the store's Sql on PostgreSQL", () => {
  afterAll(releaseAll);
  storeSqlContract(migratedPostgresDatabase);
});
