/**
 * `npm run db:copy -- <sqlite file> <postgres url>` as a user runs it: a new, empty database is
 * migrated and filled, with a line per table; a second run refuses in a sentence (exit 2), as does
 * bad usage; nothing is written by a refusal.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../integration/helpers/store-files';
import { type SeededSqliteStore, seededSqliteStore } from './helpers/copied-store';
import { connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';

const CLI = 'lib/cli/db-copy.ts';

describe.skipIf(!serverUrl)('npm run db:copy', () => {
  let source: SeededSqliteStore;
  beforeAll(async () => {
    source = await seededSqliteStore();
  }, 120_000);
  afterAll(releaseAll);

  it('migrates a new database, copies the store into it table by table, then refuses to copy again', async () => {
    const target = await createDatabase();
    const first = await runCli(CLI, ['--', source.file, target], { env: {}, timeoutMs: 120_000 });
    expect(first.out).toMatch(/^Migrated the new database \(\d+ migrations\)\.$/m);
    expect(first.out).toMatch(/^ {2}Incident +\d+ rows$/m);
    expect(first.out).toMatch(/^ {2}Session +1 rows {2}not copied: everyone signs in again$/m);
    expect(first.out).toMatch(/^Copied [\d,]+ rows of 20 tables in [\d.]+ s\.$/m);
    expect(first.code).toBe(0);
    const client = await connect(target);
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Incident"');
    expect(rows[0]?.n).toBe(await source.db.incident.count());

    const again = await runCli(CLI, [source.file, target], { env: {}, timeoutMs: 120_000 });
    expect(again.code).toBe(2);
    expect(again.out.trim()).toMatch(
      /^The PostgreSQL database already holds data \(in Location, Incident, User and \d+ more tables\): copy only into an empty, migrated database\.$/,
    );
  }, 240_000);

  it('says how to use it when the arguments are wrong', async () => {
    const bad = await runCli(CLI, [source.file, 'file:./other.db'], { env: {}, timeoutMs: 60_000 });
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(
      /^not a PostgreSQL URL \(postgresql:\/\/…\): file:\.\/other\.db\nusage: npm run db:copy/,
    );
  }, 60_000);
});
