/** Accounts, sessions, throttling, two-factor sign-in and the security log on SQLite (tests/helpers/accounts-contract.ts). */
import { describe } from 'vitest';
import { accountsContract } from '../helpers/accounts-contract';
import { createSqliteTestDb } from './helpers/test-db';

describe('accounts on SQLite', () => {
  accountsContract(async () => `file:${(await createSqliteTestDb()).file}`);
});
