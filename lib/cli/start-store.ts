/**
 * The store half of `npm start`: check the file and migrate it (lib/store/open-store.ts), load the
 * gazetteer, load the sample reports into a store this start created (never into one that was
 * there before: an existing store without reports is someone's, not a fresh install), index the
 * search text. Kept apart from serving so that tests can run exactly what start-up does to a file.
 *
 * With MIGRATE_ON_START=off (several app servers on one store) the deploy does the writing, once:
 * `npm run db:migrate` creates the store when there is none, migrates it, adds the gazetteer's new
 * places and indexes the search text (`prepareStoreForDeploy`), and loads no sample report — a
 * store made for a deployment starts empty, and a demo is `npm start` with the setting on. Each
 * server's start then only checks (`checkStoreForStart`) and writes nothing, so servers starting
 * together never race: two of them adding the same missing place would both try to insert it.
 */
import { seedDatabase } from '../../prisma/seed';
import { createDb } from '../db';
import { databaseFile } from '../env';
import { backfillSearchText } from '../incidents/search-text';
import {
  checkPostgresStoreIsCurrent,
  openPostgresStoreForWriting,
  storeLabel,
} from '../store/open-postgres-store';
import { checkStoreIsCurrent, openStoreForWriting } from '../store/open-store';
import { isPostgresUrl } from '../store/postgres-config';
import { openStoreSql } from '../store/store-sql';
import { closeSqlConnection, openSqlConnection } from '../store/write-connection';

type Log = (line: string) => void;

export async function prepareStoreForStart(file: string, log: Log = console.log): Promise<void> {
  const { created, applied } = await openStoreForWriting(file, { log, verbose: true });
  log(applied.length ? `Database: applied ${applied.join(', ')}` : `Database: ${file} up to date`);
  await loadStoreData(`file:${file}`, { sampleReports: created, log });
}

/** `npm run db:migrate`: create or migrate the store, and what start-up would load, but no sample data. */
export async function prepareStoreForDeploy(file: string, log: Log = console.log): Promise<string[]> {
  const { applied } = await openStoreForWriting(file, { log, verbose: true });
  await loadStoreData(`file:${file}`, { sampleReports: false, log });
  return applied;
}

/** MIGRATE_ON_START=off: refuses (StoreNotCurrentError) a missing store or one that is not current. */
export async function checkStoreForStart(file: string, log: Log = console.log): Promise<void> {
  await checkStoreIsCurrent(file, { log, verbose: true });
  log(`Database: ${file} is current (MIGRATE_ON_START=off: migrations are the deploy's step)`);
}

/** Each step adds only what is missing, so it is safe to repeat. `url`: the store's DATABASE_URL. */
async function loadStoreData(url: string, options: { sampleReports: boolean; log: Log }): Promise<void> {
  const { log } = options;
  const db = createDb(url);
  const store = await openStoreSql(url);
  const file = isPostgresUrl(url) ? null : databaseFile(url);
  try {
    const seeded = await seedDatabase(db, store, { sampleReports: options.sampleReports });
    // The search text's back-fill is SQLite's own maintenance (lib/incidents/search-text.ts); a
    // PostgreSQL store was copied from a current SQLite one or filled by the app, which writes it.
    const backfilled = file ? backfillSearchText(openSqlConnection(file)) : 0;
    if (backfilled) log(`Search: indexed ${backfilled} incidents`);
    if (seeded.placesAdded) log(`Gazetteer: ${seeded.placesAdded} places added`);
    if (seeded.reportsAdded) log(`Sample data: ${seeded.reportsAdded} reports loaded into the new store`);
  } finally {
    await db.$disconnect();
    await store.close();
    if (file) closeSqlConnection(file);
  }
}

/**
 * The same three steps for the store at DATABASE_URL, a SQLite file or a PostgreSQL database
 * (lib/store/open-postgres-store.ts: migrated with its own history; nothing to check on disk).
 */
export async function prepareStoreUrlForStart(url: string, log: Log = console.log): Promise<void> {
  if (!isPostgresUrl(url)) return prepareStoreForStart(databaseFile(url), log);
  const { created, applied } = await openPostgresStoreForWriting(url);
  const label = storeLabel(url);
  log(
    applied.length ? `Database: applied ${applied.join(', ')} to ${label}` : `Database: ${label} up to date`,
  );
  await loadStoreData(url, { sampleReports: created, log });
}

export async function prepareStoreUrlForDeploy(url: string, log: Log = console.log): Promise<string[]> {
  if (!isPostgresUrl(url)) return prepareStoreForDeploy(databaseFile(url), log);
  const { applied } = await openPostgresStoreForWriting(url);
  await loadStoreData(url, { sampleReports: false, log });
  return applied;
}

export async function checkStoreUrlForStart(url: string, log: Log = console.log): Promise<void> {
  if (!isPostgresUrl(url)) return checkStoreForStart(databaseFile(url), log);
  await checkPostgresStoreIsCurrent(url);
  log(`Database: ${storeLabel(url)} is current (MIGRATE_ON_START=off: migrations are the deploy's step)`);
}
