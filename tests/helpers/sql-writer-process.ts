/**
 * A second writer in its own process, as a second app server is:
 * `sql-writer-process.ts <store url> <go-file> <month key> <count>` increments one counter row
 * `count` times through lib/store/sql.ts, each as read, yield, write in a transaction locked on
 * the key. It says it is loaded by creating <go-file>.<pid>.ready, waits for <go-file>, then
 * prints `{"done":count}`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { openSql } from '../../lib/store/sql';
import { incrementCounter } from './sql-contract-steps';

async function main(): Promise<void> {
  const [url, go, key, count] = process.argv.slice(2);
  if (!url || !go || !key || !count) throw new Error('usage: <store url> <go-file> <key> <count>');
  const sql = await openSql(url);
  writeFileSync(`${go}.${process.pid}.ready`, '');
  while (!existsSync(go)) await sleep(2);
  for (let i = 0; i < Number(count); i++) await incrementCounter(sql, key);
  await sql.close();
  process.stdout.write(`${JSON.stringify({ done: Number(count) })}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
