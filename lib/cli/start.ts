/**
 * `npm start`: everything a fresh machine needs to serve the product, in order —
 * settings checked, database migrated, sample data loaded into an empty store, the app built
 * when its sources changed since the last build, then served.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { applyMigrations } from '../../prisma/engine';
import { seedDatabase } from '../../prisma/seed';
import { createDb } from '../db';
import { databaseFile, SettingsError, settings } from '../env';
import { backfillSearchText } from '../incidents/search-text';
import { closeSqlConnection, openSqlConnection } from '../store/write-connection';
import { buildIfNeeded } from './build-if-needed';
import { loadDotEnv } from './dot-env';
import { serveNext } from './serve-next';
import { ensureSessionSecret } from './session-secret';

async function main(): Promise<void> {
  loadDotEnv();
  const config = settings();
  const file = databaseFile(config.DATABASE_URL);
  await mkdir(path.dirname(file), { recursive: true });

  const applied = await applyMigrations(file);
  console.log(applied.length ? `Database: applied ${applied.join(', ')}` : `Database: ${file} up to date`);

  const db = createDb(config.DATABASE_URL);
  try {
    const sql = openSqlConnection(file);
    const seeded = await seedDatabase(db, sql);
    const backfilled = backfillSearchText(sql);
    if (backfilled) console.log(`Search: indexed ${backfilled} incidents`);
    if (seeded.placesAdded || seeded.reportsAdded) {
      console.log(`Sample data: ${seeded.placesAdded} places, ${seeded.reportsAdded} reports loaded`);
    }
  } finally {
    await db.$disconnect();
    closeSqlConnection(file);
  }

  const secret = await ensureSessionSecret(file, config.SESSION_SECRET);
  buildIfNeeded();

  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  if (!existsSync(nextBin)) throw new Error('Next.js is not installed: run npm install first.');
  serveNext({
    nextBin,
    port: config.PORT,
    workers: config.WEB_CONCURRENCY,
    env: {
      ...process.env,
      SESSION_SECRET: secret,
      DATABASE_URL: `file:${file}`,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof SettingsError ? error.message : error);
  process.exit(1);
});
