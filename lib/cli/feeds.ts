/**
 * npm run feeds [-- --all]
 * Reads the registered news feeds that are due (every one with --all) once, stores the new
 * articles matching their keywords as reports with drafts for review, and says what each feed
 * gave: for a cron job when the server does not poll (FEEDS_POLL_MINUTES=0), or to catch up.
 * Exit code: 0 when every feed was read, 1 when some failed (their errors are on the feeds
 * page too), 2 on bad usage or settings.
 */
import { settings } from '../env';
import { pollDueFeeds, pollOptionsFrom } from '../feeds/poll';
import { describePoll } from '../feeds/poller-timer';
import { restrictUmask } from '../store/file-modes';
import { openStoreUrlForWriting } from '../store/open-store';
import { openStoreSql } from '../store/store-sql';
import { loadDotEnv } from './dot-env';
import { runCommand } from './run-command';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  if (args.some((a) => a !== '--all')) {
    console.error('usage: npm run feeds [-- --all]');
    return 2;
  }
  restrictUmask();
  loadDotEnv();
  const config = settings();
  await openStoreUrlForWriting(config.DATABASE_URL);
  const sql = await openStoreSql(config.DATABASE_URL);
  let results: Awaited<ReturnType<typeof pollDueFeeds>>;
  try {
    results = await pollDueFeeds(sql, {
      ...pollOptionsFrom(config),
      all: args.includes('--all'),
    });
  } finally {
    await sql.close();
  }
  if (results.length === 0)
    console.log('No feed is due (npm run feeds -- --all reads every active feed now).');
  for (const r of results) console.log(describePoll(r));
  return results.some((r) => r.status === 'failed') ? 1 : 0;
}

runCommand('feeds', main);
