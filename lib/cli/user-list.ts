/** npm run user:list — every account with its role and state (no secrets). */
import { SettingsError, settings } from '../env';
import { openStoreSql } from '../store/store-sql';
import { loadDotEnv } from './dot-env';

async function main(): Promise<number> {
  loadDotEnv();
  const sql = await openStoreSql(settings().DATABASE_URL);
  try {
    const users = await sql.all<{
      id: number;
      email: string;
      name: string;
      role: string;
      disabledAt: string | null;
    }>('SELECT "id", "email", "name", "role", "disabledAt" FROM "User" ORDER BY "id"');
    if (users.length === 0) console.log('No accounts yet. Create the first admin with npm run user:create.');
    for (const u of users) {
      console.log(`${u.id}\t${u.role}\t${u.email}\t${u.name}${u.disabledAt ? '\t(disabled)' : ''}`);
    }
    return 0;
  } finally {
    await sql.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof SettingsError ? error.message : (error as Error).message);
    process.exit(1);
  },
);
