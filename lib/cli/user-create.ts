/**
 * npm run user:create -- --email a@b.org --name "Ana B" --role admin
 * Creates an account (the first admin, or anyone later). The password is typed at a prompt, or
 * piped on stdin; there is no default password. Exit 2 on bad usage or invalid input.
 */
import { parseArgs } from 'node:util';
import { userSchema } from '../auth/schema';
import { SettingsError, settings } from '../env';
import { restrictUmask } from '../store/file-modes';
import { openStoreUrlForWriting } from '../store/open-store';
import { StoreRefusedError } from '../store/store-check';
import { openStoreSql } from '../store/store-sql';
import { createUser, UserExistsError } from '../users/mutations';
import { loadDotEnv } from './dot-env';
import { readPassword } from './read-password';

const USAGE =
  'usage: npm run user:create -- --email <address> --name <name> --role <viewer|editor|admin>\n' +
  '       (the password is asked for, or read from the first line of stdin when piped)';

async function main(): Promise<number> {
  let values: { email?: string; name?: string; role?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2).filter((a) => a !== '--'),
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help || !values.email || !values.role) {
    console.error(USAGE);
    return 2;
  }
  restrictUmask(); // the store's files and what the servers create are the owner's alone
  loadDotEnv();
  const url = settings().DATABASE_URL;
  let password: string;
  try {
    password = await readPassword();
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const parsed = userSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email.split('@')[0],
    role: values.role,
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${String(issue.path[0])}: ${issue.message}`);
    return 2;
  }
  await openStoreUrlForWriting(url);
  const sql = await openStoreSql(url);
  try {
    const id = await createUser(sql, { input: parsed.data, actorId: null });
    console.log(`Created ${parsed.data.role} ${parsed.data.email} (user ${id}).`);
    return 0;
  } catch (error) {
    if (error instanceof UserExistsError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await sql.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    const told = error instanceof SettingsError || error instanceof StoreRefusedError;
    console.error(told ? error.message : error);
    process.exit(1);
  },
);
