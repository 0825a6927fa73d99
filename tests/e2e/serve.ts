/**
 * The app as the end-to-end tests see it: the production build (built when needed), served
 * by `npm start`'s own start-up path, against a database of its own created fresh each run,
 * with one account per role (tests/e2e/accounts.ts) and the sample reports. The store exists
 * before `npm start`'s path runs, so that path (rightly) loads no sample data: it is loaded here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROLES } from '../../lib/auth/roles';
import { totpCode } from '../../lib/auth/totp';
import { ensureSessionSecret } from '../../lib/cli/session-secret';
import { createDb } from '../../lib/db';
import { secretHome } from '../../lib/env';
import { openStoreSql } from '../../lib/store/store-sql';

import { createUser } from '../../lib/users/mutations';
import { confirmTotpEnrolment, startTotpEnrolment } from '../../lib/users/totp-mutations';
import { applyMigrations } from '../../prisma/engine';
import { seedDatabase } from '../../prisma/seed';
import { ACCOUNTS, adminTotpSecretFile, SECOND_EDITOR, TWO_FACTOR_USER } from './accounts';

const port = process.env.PORT ?? '3100';
const dbFile = path.resolve(__dirname, '..', '.tmp', `e2e-${port}`, 'haiti-e2e.db');
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
/** E2E_DATABASE_URL: an empty PostgreSQL database to run against instead of a new SQLite file. */
const storeUrl = process.env.E2E_DATABASE_URL || `file:${dbFile}`;
process.env.DATABASE_URL = storeUrl;
process.env.MAP_TILE_URL = 'off';

async function main() {
  mkdirSync(path.dirname(dbFile), { recursive: true });
  await applyMigrations(storeUrl.startsWith('file:') ? dbFile : storeUrl);
  const accounts = await openStoreSql(storeUrl);
  for (const role of ROLES) await createUser(accounts, { input: { ...ACCOUNTS[role], role }, actorId: null });
  await createUser(accounts, { input: { ...SECOND_EDITOR, role: 'editor' }, actorId: null });
  await createUser(accounts, { input: { ...TWO_FACTOR_USER, role: 'editor' }, actorId: null });
  // Admins must sign in with a second factor: set it up with the secret the server will use, and
  // leave the key where the sign-in helper computes codes from.
  const sessionSecret = await ensureSessionSecret(secretHome(storeUrl), process.env.SESSION_SECRET, () => {});
  const admin = (await accounts.get('SELECT "id" FROM "User" WHERE "email" = ?', [ACCOUNTS.admin.email])) as {
    id: number;
  };
  const context = { address: 'e2e' };
  const secret = await startTotpEnrolment(accounts, { userId: admin.id, sessionSecret, context });
  await confirmTotpEnrolment(accounts, {
    userId: admin.id,
    sessionSecret,
    context,
    code: totpCode(secret, new Date()),
  });
  writeFileSync(adminTotpSecretFile(port), secret, { mode: 0o600 });
  await accounts.close();
  const sql = await openStoreSql(storeUrl);
  const db = createDb(storeUrl);
  await seedDatabase(db, sql);
  await db.$disconnect();
  await sql.close();
  await import('../../lib/cli/start');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
