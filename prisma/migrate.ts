/**
 * npm run db:migrate               apply committed migrations to the configured database
 * npm run db:migration -- <name>   write the next migration of both histories, SQLite's and
 *                                  PostgreSQL's, from schema.prisma (prisma/migration-create.ts)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { prepareStoreUrlForDeploy } from '../lib/cli/start-store';
import { databaseFile, settings } from '../lib/env';
import { restrictUmask } from '../lib/store/file-modes';
import { storeLabel } from '../lib/store/open-postgres-store';
import { isPostgresUrl } from '../lib/store/postgres-config';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../lib/store/throwaway-postgres';
import { createMigration } from './migration-create';

/**
 * Once per deploy when the servers do not migrate (MIGRATE_ON_START=off), and the first step of
 * `npm run dev`: the store is checked before anything writes to it, created when there is none
 * (without sample reports), migrated, and given the gazetteer's new places and the search text
 * (lib/cli/start-store.ts). Safe to run again: it applies and adds nothing the second time.
 */
async function deploy(): Promise<void> {
  restrictUmask(); // the store's files are the owner's alone
  const url = settings().DATABASE_URL;
  const store = isPostgresUrl(url) ? storeLabel(url) : databaseFile(url);
  const applied = await prepareStoreUrlForDeploy(url);
  console.log(
    applied.length
      ? `Applied ${applied.length} migration(s) to ${store}: ${applied.join(', ')}`
      : `Database ${store} is up to date.`,
  );
}

async function create(name: string | undefined): Promise<void> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'haiti-migration-'));
  let server: ThrowawayPostgres | undefined;
  try {
    // The PostgreSQL history is diffed on a throwaway server (Debian's postgresql package).
    server = await startThrowawayPostgres();
    const { name: folder, written } = await createMigration({
      name: name ?? '',
      scratchFile: path.join(scratch, 'scratch.db'),
      scratchPostgresUrl: server.url,
    });
    if (!folder) {
      console.log('schema.prisma matches both migration histories: nothing to do.');
      return;
    }
    for (const dir of written) console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
    console.log(
      'Review them, restate by hand any trigger of a changed table (in both), then commit with prisma/postgres/schema.prisma.',
    );
  } finally {
    server?.stop();
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
