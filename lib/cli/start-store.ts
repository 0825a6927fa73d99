/**
 * The store half of `npm start`: check the file and migrate it (lib/store/open-store.ts), load the
 * gazetteer, load the sample reports into a store this start created (never into one that was
 * there before: an existing store without reports is someone's, not a fresh install), index the
 * search text. Kept apart from serving so that tests can run exactly what start-up does to a file.
 */
import { seedDatabase } from '../../prisma/seed';
import { createDb } from '../db';
import { backfillSearchText } from '../incidents/search-text';
import { openStoreForWriting } from '../store/open-store';
import { closeSqlConnection, openSqlConnection } from '../store/write-connection';

export async function prepareStoreForStart(
  file: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  const { created, applied } = await openStoreForWriting(file, { log, verbose: true });
  log(applied.length ? `Database: applied ${applied.join(', ')}` : `Database: ${file} up to date`);

  const db = createDb(`file:${file}`);
  try {
    const sql = openSqlConnection(file);
    const seeded = await seedDatabase(db, sql, { sampleReports: created });
    const backfilled = backfillSearchText(sql);
    if (backfilled) log(`Search: indexed ${backfilled} incidents`);
    if (seeded.placesAdded) log(`Gazetteer: ${seeded.placesAdded} places added`);
    if (seeded.reportsAdded) log(`Sample data: ${seeded.reportsAdded} reports loaded into the new store`);
  } finally {
    await db.$disconnect();
    closeSqlConnection(file);
  }
}
