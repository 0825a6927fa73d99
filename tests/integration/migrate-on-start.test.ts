/**
 * MIGRATE_ON_START=off, for several app servers on one store: the deploy runs `npm run db:migrate`
 * once (it creates the store when there is none, loads no sample report, and applies nothing the
 * second time); each `npm start` then only checks. A store that is missing, behind or ahead of
 * the code is refused in one paragraph that says what to run; a current one is left untouched.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkStoreForStart, prepareStoreForStart } from '@/lib/cli/start-store';
import { StoreNotCurrentError } from '@/lib/store/store-not-current';
import { readMigrationsList } from '@/prisma/engine';
import { fingerprint, runCli, tempFolder } from './helpers/store-files';
import { createSqliteTestDb } from './helpers/test-db';

const SERVER_ENV = { MIGRATE_ON_START: 'off', PORT: '3241', SESSION_SECRET: 'x'.repeat(40) };

async function committed(): Promise<string[]> {
  return (await readMigrationsList()).migrationDirectories.map((d) => d.path);
}

/** A migrated store in one file (no -wal), in rollback mode as a restored backup is. */
async function settledStore(): Promise<string> {
  const { file } = await createSqliteTestDb();
  const raw = new Database(file);
  raw.pragma('journal_mode = DELETE');
  raw.close();
  return file;
}

function applied(file: string): string[] {
  const raw = new Database(file, { readonly: true });
  try {
    return (
      raw.prepare('SELECT migration_name AS name FROM _prisma_migrations ORDER BY migration_name').all() as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    raw.close();
  }
}

function expectOneParagraph(out: string) {
  expect(out.trim()).not.toMatch(/\n\s*\n/);
  expect(out).not.toMatch(/^\s+at /m);
}

describe('npm start with MIGRATE_ON_START=off', () => {
  it('refuses a store behind the code, says to run db:migrate, and applies nothing', async () => {
    const file = await settledStore();
    const last = (await committed()).at(-1) as string;
    const raw = new Database(file);
    raw.prepare('DELETE FROM _prisma_migrations WHERE migration_name = ?').run(last);
    raw.close();
    const before = fingerprint(file);

    const result = await runCli('lib/cli/start.ts', [], {
      env: { ...SERVER_ENV, DATABASE_URL: `file:${file}` },
    });
    expect(result.timedOut, result.out).toBe(false);
    expect(result.code, result.out).toBe(1);
    expect(result.out).toContain(file);
    expect(result.out).toContain(last);
    expect(result.out).toMatch(/MIGRATE_ON_START=off/);
    expect(result.out).toMatch(/run `npm run db:migrate` once for this deploy/);
    expectOneParagraph(result.out);
    expect(applied(file)).not.toContain(last);
    expect(fingerprint(file)).toBe(before);
  }, 60_000);

  it('refuses when there is no store, and creates none', async () => {
    const dir = tempFolder('haiti-off-');
    const file = path.join(dir, 'haiti.db');
    const result = await runCli('lib/cli/start.ts', [], {
      env: { ...SERVER_ENV, DATABASE_URL: `file:${file}` },
    });
    expect(result.code, result.out).toBe(1);
    expect(result.out).toContain(`There is no database at ${file}`);
    expect(result.out).toMatch(/npm run db:migrate/);
    expectOneParagraph(result.out);
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);

  it('refuses a store migrated by a newer version of the code', async () => {
    const file = await settledStore();
    const raw = new Database(file);
    raw
      .prepare(
        `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES ('newer', 'x', datetime('now'), '20991231000000_newer', datetime('now'), 1)`,
      )
      .run();
    raw.close();
    const refusal = await checkStoreForStart(file, () => {}).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StoreNotCurrentError);
    expect((refusal as Error).message).toMatch(/migrated by a newer version.*20991231000000_newer/);
  });

  it('starts on a current store without writing to it', async () => {
    const file = await settledStore();
    const before = { bytes: fingerprint(file), applied: applied(file) };
    const log: string[] = [];
    await checkStoreForStart(file, (line) => log.push(line));
    expect(log.join('\n')).toMatch(/is current \(MIGRATE_ON_START=off/);
    expect(applied(file)).toEqual(before.applied);
    expect(fingerprint(file)).toBe(before.bytes);

    // Where the setting is on, start-up writes to the same store (WAL mode, the gazetteer): the
    // fingerprint above would have seen it.
    await prepareStoreForStart(file, () => {});
    expect(fingerprint(file)).not.toBe(before.bytes);
  });
});

describe('npm run db:migrate, once per deploy', () => {
  it('creates and migrates a new store without sample reports, applies nothing the second time, and the servers start on it', async () => {
    const file = path.join(tempFolder('haiti-deploy-'), 'data', 'haiti.db');
    const env = { DATABASE_URL: `file:${file}` };
    const first = await runCli('prisma/migrate.ts', ['deploy'], { env, timeoutMs: 120_000 });
    expect(first.code, first.out).toBe(0);
    const names = await committed();
    expect(first.out).toContain(`Applied ${names.length} migration(s) to ${file}: ${names.join(', ')}`);
    expect(first.out).toMatch(/Gazetteer: \d+ places added/);
    expect(applied(file)).toEqual(names);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM Report').get()).toEqual({ n: 0 });
    raw.close();

    const again = await runCli('prisma/migrate.ts', ['deploy'], { env });
    expect(again.code, again.out).toBe(0);
    expect(again.out).toContain(`Database ${file} is up to date.`);
    expect(again.out).not.toMatch(/Applied|Gazetteer/);
    expect(applied(file)).toEqual(names);

    await expect(checkStoreForStart(file, () => {})).resolves.toBeUndefined();
    expect(existsSync(file)).toBe(true);
  }, 180_000);
});
