/**
 * npm run db:migrate               apply committed migrations to the configured database
 * npm run db:migration -- <name>   write prisma/migrations/<timestamp>_<name>/migration.sql
 *                                  from the difference between the migrations and schema.prisma
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareStoreForDeploy } from '../lib/cli/start-store';
import { databaseFile, settings } from '../lib/env';
import { restrictUmask } from '../lib/store/file-modes';
import { diffSchemaAgainstMigrations, MIGRATIONS_DIR } from './engine';

/**
 * Once per deploy when the servers do not migrate (MIGRATE_ON_START=off), and the first step of
 * `npm run dev`: the store is checked before anything writes to it, created when there is none
 * (without sample reports), migrated, and given the gazetteer's new places and the search text
 * (lib/cli/start-store.ts). Safe to run again: it applies and adds nothing the second time.
 */
async function deploy(): Promise<void> {
  restrictUmask(); // the store's files are the owner's alone
  const file = databaseFile(settings().DATABASE_URL);
  const applied = await prepareStoreForDeploy(file);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${file}: ${applied.join(', ')}`
      : `Database ${file} is up to date.`,
  );
}

async function create(name: string | undefined): Promise<void> {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error('Give the migration a name in snake_case: npm run db:migration -- add_x');
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'haiti-migration-'));
  try {
    const sql = await diffSchemaAgainstMigrations(path.join(scratch, 'scratch.db'));
    if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
      console.log('schema.prisma matches the migrations: nothing to do.');
      return;
    }
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit.`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const [command, arg] = process.argv.slice(2);
const run = command === 'create' ? create(arg) : command === 'deploy' ? deploy() : undefined;
if (!run) {
  console.error('usage: tsx prisma/migrate.ts deploy | create <name>');
  process.exit(2);
}
run.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
