/** Accounts, sessions, throttling, two-factor sign-in and the security log on PostgreSQL. */
import { afterAll, describe } from 'vitest';
import { accountsContract } from '../helpers/accounts-contract';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('accounts on PostgreSQL', () => {
  afterAll(releaseAll);
  accountsContract(migratedPostgresDatabase);
});
