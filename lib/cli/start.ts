/**
 * `npm start`: everything a fresh machine needs to serve the product, in order —
 * settings checked, the store checked (a damaged, empty or foreign file is refused) and
 * migrated, sample data loaded into a store this start created, the app built
 * when its sources changed since the last build, then served.
 * With MIGRATE_ON_START=off the store is only checked: it must exist and be current, because the
 * deploy migrates it once (`npm run db:migrate`) for every server (lib/cli/start-store.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { databaseFile, SettingsError, secretHome, settings } from '../env';
import { restrictUmask } from '../store/file-modes';
import { isPostgresUrl } from '../store/postgres-config';
import { StoreRefusedError } from '../store/store-check';
import { StoreNotCurrentError } from '../store/store-not-current';
import { buildIfNeeded } from './build-if-needed';
import { loadDotEnv } from './dot-env';
import { serveNext } from './serve-next';
import { ensureSessionSecret } from './session-secret';
import { checkStoreUrlForStart, prepareStoreUrlForStart } from './start-store';

async function main(): Promise<void> {
  restrictUmask(); // the store's files and what the servers create are the owner's alone
  loadDotEnv();
  const config = settings();
  const url = config.DATABASE_URL;
  if (config.MIGRATE_ON_START) await prepareStoreUrlForStart(url);
  else await checkStoreUrlForStart(url);

  const home = secretHome(url);
  await mkdir(path.dirname(home), { recursive: true, mode: 0o700 });
  const secret = await ensureSessionSecret(home, config.SESSION_SECRET);
  buildIfNeeded();

  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  if (!existsSync(nextBin)) throw new Error('Next.js is not installed: run npm install first.');
  serveNext({
    nextBin,
    port: config.PORT,
    workers: config.WEB_CONCURRENCY,
    heapGrowthPercent: config.HEAP_GROWTH_PERCENT,
    env: {
      ...process.env,
      SESSION_SECRET: secret,
      // A SQLite file as an absolute path, so every server process finds the same one.
      DATABASE_URL: isPostgresUrl(url) ? url : `file:${databaseFile(url)}`,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
}

main().catch((error: unknown) => {
  // A refusal is a message for the user, not a crash: no stack trace.
  const told =
    error instanceof SettingsError ||
    error instanceof StoreRefusedError ||
    error instanceof StoreNotCurrentError;
  console.error(told ? error.message : error);
  process.exit(1);
});
