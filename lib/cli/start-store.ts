/**
 * The store half of `npm start`: migrate, load the gazetteer and the sample reports, index the
 * search text. Kept apart from serving so that tests can run exactly what start-up does to a file.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { applyMigrations } from '../../prisma/engine';
import { seedDatabase } from '../../prisma/seed';
import { createDb } from '../db';
import { backfillSearchText } from '../incidents/search-text';
import { closeSqlConnection, openSqlConnection } from '../store/write-connection';

export async function prepareStoreForStart(
  file: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const applied = await applyMigrations(file);
  log(applied.length ? `Database: applied ${applied.join(', ')}` : `Database: ${file} up to date`);

  const db = createDb(`file:${file}`);
  try {
    const sql = openSqlConnection(file);
    const seeded = await seedDatabase(db, sql);
    const backfilled = backfillSearchText(sql);
    if (backfilled) log(`Search: indexed ${backfilled} incidents`);
    if (seeded.placesAdded || seeded.reportsAdded) {
      log(`Sample data: ${seeded.placesAdded} places, ${seeded.reportsAdded} reports loaded`);
    }
  } finally {
    await db.$disconnect();
    closeSqlConnection(file);
  }
}
