/**
 * npm run actors:backfill
 * Reads again the stored reports that have no actor claims (stored before the reader read who
 * did it) and adds each incident's perpetrators and targets as those reports name them, per
 * source. Nothing else changes. Safe to run again; one transaction per report, so it can be
 * stopped and restarted. Exit code 0, or 2 on bad usage or settings.
 */
import { settings } from '../env';
import { backfillActorClaims } from '../ingest/backfill-actors';
import { loadGazetteer } from '../ingest/gazetteer';
import { restrictUmask } from '../store/file-modes';
import { openStoreUrlForWriting } from '../store/open-store';
import { openStoreSql } from '../store/store-sql';
import { loadDotEnv } from './dot-env';
import { runCommand } from './run-command';

async function main(): Promise<number> {
  if (process.argv.slice(2).some((a) => a !== '--')) {
    console.error('usage: npm run actors:backfill');
    return 2;
  }
  restrictUmask();
  loadDotEnv();
  const url = settings().DATABASE_URL;
  await openStoreUrlForWriting(url);
  const sql = await openStoreSql(url);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof backfillActorClaims>>;
  try {
    result = await backfillActorClaims(sql, {
      gazetteer: await loadGazetteer(sql),
      onReport: (done, total) => {
        if (done % 100 === 0 || done === total) console.log(`  read ${done} / ${total} reports`);
      },
    });
  } finally {
    await sql.close();
  }
  console.log(
    `Read ${result.reports} report(s) again in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${result.claims} actor claim(s) added to ${result.incidents} incident(s).`,
  );
  return 0;
}

runCommand('actors:backfill', main);
