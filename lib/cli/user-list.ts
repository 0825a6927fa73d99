/** npm run user:list — every account with its role and state (no secrets). */
import { databaseFile, SettingsError, settings } from '../env';
import { openSqlConnection } from '../store/write-connection';
import { loadDotEnv } from './dot-env';

function main(): number {
  loadDotEnv();
  const sql = openSqlConnection(databaseFile(settings().DATABASE_URL));
  const users = sql.prepare('SELECT id, email, name, role, disabledAt FROM "User" ORDER BY id').all() as {
    id: number;
    email: string;
    name: string;
    role: string;
    disabledAt: string | null;
  }[];
  if (users.length === 0) console.log('No accounts yet. Create the first admin with npm run user:create.');
  for (const u of users) {
    console.log(`${u.id}\t${u.role}\t${u.email}\t${u.name}${u.disabledAt ? '\t(disabled)' : ''}`);
  }
  sql.close();
  return 0;
}

try {
  process.exit(main());
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : (error as Error).message);
  process.exit(1);
}
