/**
 * What start-up does to the store file it finds (issue 14, defect 7): a damaged, empty or foreign
 * file is refused before anything is written to it, with a message that names the file and says
 * how to restore; a healthy store starts as it is, and sample reports go only into a store that
 * this start created.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { prepareStoreForStart } from '@/lib/cli/start-store';
import { openStoreForWriting } from '@/lib/store/open-store';
import { checkStore, StoreRefusedError } from '@/lib/store/store-check';
import { createUser } from '@/lib/users/mutations';
import { damagePage, fingerprint, ROOT, realStore, runCli, tempFolder } from './helpers/store-files';
import { createSqliteTestDb } from './helpers/test-db';

const SAMPLE_REPORT = path.join(ROOT, 'prisma', 'seed', 'reports', '003_fc2d50c79dbd4e70.txt');
const PASSWORD = 'correct horse battery staple';

type Maker = (file: string) => unknown;
const BAD_STORES: [string, Maker, RegExp][] = [
  ['one damaged page', async (file) => damagePage(await realStore(file)), /is damaged/],
  ['a 0-byte file', (file) => writeFileSync(file, ''), /is empty \(0 bytes\)/],
  [
    'a file that is not an SQLite database',
    (file) => writeFileSync(file, '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>\n'),
    /is not an SQLite database/,
  ],
];

/** The tools that open the store for writing, each run as a user runs it. */
const WRITERS: [string, string, string[], string?][] = [
  ['npm start', 'lib/cli/start.ts', []],
  ['npm run dev and npm run db:migrate', 'prisma/migrate.ts', ['deploy']],
  ['npm run ingest', 'lib/cli/ingest.ts', [SAMPLE_REPORT]],
  [
    'npm run user:create',
    'lib/cli/user-create.ts',
    ['--email', 'ana@example.org', '--name', 'Ana', '--role', 'admin'],
    `${PASSWORD}\n`,
  ],
];

async function badStore(make: Maker) {
  const dir = tempFolder('haiti-start-');
  const file = path.join(dir, 'haiti.db');
  await make(file);
  return { dir, file, before: fingerprint(file) };
}

function expectRefusal(result: { code: number | null; out: string; timedOut: boolean }, file: string) {
  expect(result.timedOut, `still running after the time limit:\n${result.out}`).toBe(false);
  expect(result.code, result.out).toBe(1);
  expect(result.out).toContain(file);
  // The way back: the backups `npm run backup` makes, and the restore steps with this file's names.
  expect(result.out).toMatch(/npm run backup/);
  expect(result.out).toContain(`mv ${file}* ${path.dirname(file)}/before-restore/`);
  expect(result.out).toContain(`cp <backup file> ${file}`);
  // One paragraph, no stack trace.
  expect(result.out.trim()).not.toMatch(/\n\s*\n/);
  expect(result.out).not.toMatch(/^\s+at /m);
}

describe('npm start with a store it cannot trust', () => {
  it.each(BAD_STORES)(
    'refuses %s, writes nothing to it and says how to restore',
    async (_, make, reason) => {
      const { dir, file, before } = await badStore(make);
      const result = await runCli('lib/cli/start.ts', [], {
        env: { DATABASE_URL: `file:${file}`, PORT: '3239', SESSION_SECRET: 'x'.repeat(40) },
      });
      expectRefusal(result, file);
      expect(result.out).toMatch(reason);
      // Not migrated, not seeded, no secret made: the file is exactly as it was found.
      expect(fingerprint(file)).toBe(before);
      expect(readdirSync(dir)).toEqual(['haiti.db']);
    },
    90_000,
  );
});

describe('every tool that writes to the store', () => {
  it.each(WRITERS)(
    '%s refuses a damaged store and an empty file alike',
    async (_, script, args, input) => {
      for (const [, make] of BAD_STORES.slice(0, 2)) {
        const { file, before } = await badStore(make);
        const result = await runCli(script, args, {
          env: { DATABASE_URL: `file:${file}`, PORT: '3239', SESSION_SECRET: 'x'.repeat(40) },
          input,
        });
        expectRefusal(result, file);
        expect(fingerprint(file)).toBe(before);
      }
    },
    120_000,
  );
});

describe('npm start with a healthy store', () => {
  it('loads the sample reports into a store it creates', async () => {
    const file = path.join(tempFolder('haiti-start-'), 'data', 'haiti.db');
    const log: string[] = [];
    await prepareStoreForStart(file, (line) => log.push(line));
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM Report').get()).toEqual({ n: 5 });
    db.close();
    expect(log.join('\n')).toMatch(/Sample data: 5 reports loaded into the new store/);
  });

  it('starts on a store that existed before, with no report yet, and loads no sample report into it', async () => {
    // As `npm run user:create` before the first `npm start` leaves it: migrated, one account.
    const { db, file, sql } = await createSqliteTestDb();
    await createUser(sql, {
      input: { email: 'ana@example.org', name: 'Ana', role: 'admin', password: PASSWORD },
      actorId: null,
    });
    const log: string[] = [];
    await prepareStoreForStart(file, (line) => log.push(line));
    expect(await db.report.count()).toBe(0);
    expect(await db.user.count()).toBe(1);
    expect(log.join('\n')).not.toMatch(/Sample data/);
  });

  it('starts on a store holding data and leaves every row as it was', async () => {
    const file = await realStore(path.join(tempFolder('haiti-start-'), 'haiti.db'));
    const rows = () => {
      const db = new Database(file, { readonly: true });
      try {
        return db
          .prepare(
            `SELECT (SELECT count(*) FROM Report) AS reports, (SELECT count(*) FROM Incident) AS incidents,
                    (SELECT count(*) FROM Location) AS places, (SELECT count(*) FROM AuditEntry) AS audit`,
          )
          .get();
      } finally {
        db.close();
      }
    };
    const before = rows();
    await prepareStoreForStart(file, () => {});
    expect(rows()).toEqual(before);

    const migrate = await runCli('prisma/migrate.ts', ['deploy'], { env: { DATABASE_URL: `file:${file}` } });
    expect(migrate.code, migrate.out).toBe(0);
    expect(migrate.out).toMatch(/is up to date/);
    expect(rows()).toEqual(before);
    expect(existsSync(file)).toBe(true);
  }, 60_000);
});

describe('the check on a store too big for its time budget', () => {
  it('lets the command go on, says so, and gives the verdict when the check is done', async () => {
    const healthy = await realStore(path.join(tempFolder('haiti-start-'), 'haiti.db'));
    const pending = await checkStore(healthy, { budgetMs: 0 });
    expect(pending.state).toBe('unfinished');
    if (pending.state === 'unfinished') expect(await pending.later).toBeNull();

    const damagedFile = path.join(tempFolder('haiti-start-'), 'haiti.db');
    damagePage(await realStore(damagedFile));
    const late = await checkStore(damagedFile, { budgetMs: 0 });
    expect(late.state).toBe('unfinished');
    if (late.state === 'unfinished')
      expect(await late.later).toMatch(/haiti\.db is damaged: PRAGMA quick_check found/);

    // With a budget it can meet, the same file is refused.
    await expect(checkStore(damagedFile)).rejects.toThrow(StoreRefusedError);

    const log: string[] = [];
    await openStoreForWriting(healthy, { log: (line) => log.push(line), budgetMs: 0 });
    expect(log[0]).toMatch(
      /Warning: PRAGMA quick_check of .*haiti\.db \(.* MB\) did not finish in 0 s; going on/,
    );
  });
});
