import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { type BackupProgress, backupDatabase } from '@/lib/store/backup';
import { closeSqlConnection, openSqlConnection } from '@/lib/store/write-connection';
import { applyMigrations, pendingMigrations, readMigrationsList } from '@/prisma/engine';
import { draft, incident, killed } from './helpers/drafts';
import { createSqliteTestDb } from './helpers/test-db';

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const FILLER = ' Police and MSS officers patrolled the area after the exchange of fire.'.repeat(30);

const folders: string[] = [];
function tempFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'haiti-backup-'));
  folders.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A migrated store as `npm start` leaves it (WAL mode), holding `reports` stored reports. */
async function liveStore(reports: number) {
  const { db, file, sql: store } = await createSqliteTestDb();
  await installGazetteer(db, GAZETTEER);
  const sql = openSqlConnection(file);
  const gazetteer = await loadGazetteer(store);
  let n = 0;
  const add = async (count: number) => {
    for (let i = 0; i < count; i++, n++) {
      await storeDraft(store, {
        input: { text: `Report ${n}.${FILLER}`, publishedAt: '2025-02-24' },
        draft: draft({
          incidents: [
            incident({
              date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
              title: `Incident ${n}`,
              casualties: [killed(1 + (n % 2)), killed(2, 'gang', null)],
            }),
          ],
        }),
        gazetteer,
      });
    }
  };
  await add(reports);
  return { db, file, sql, add };
}

function backupCli(dbFile: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [TSX, 'lib/cli/backup.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
    encoding: 'utf8',
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

function counts(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        'SELECT (SELECT count(*) FROM Report) AS reports, (SELECT count(*) FROM Incident) AS incidents',
      )
      .get() as { reports: number; incidents: number };
  } finally {
    db.close();
  }
}

/**
 * What a torn copy would break. In these stores every report carries one incident with two
 * claims, an audit entry per report and per created incident, and a casualty summary that must
 * agree with the claims it summarises.
 */
function consistencyProblems(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const problems: string[] = [];
  const expectNone = (what: string, query: string) => {
    const rows = db.prepare(query).all();
    if (rows.length) problems.push(`${what}: ${JSON.stringify(rows.slice(0, 3))}`);
  };
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.some((r) => r.integrity_check !== 'ok'))
      problems.push(JSON.stringify(integrity.slice(0, 3)));
    expectNone('foreign keys', 'PRAGMA foreign_key_check');
    expectNone(
      'reports without their one source and two claims',
      `SELECT r.id FROM Report r
       WHERE (SELECT count(*) FROM IncidentSource s WHERE s.reportId = r.id) <> 1
          OR (SELECT count(*) FROM CasualtyClaim c WHERE c.reportId = r.id) <> 2`,
    );
    expectNone(
      'incidents without a source',
      'SELECT i.id FROM Incident i WHERE NOT EXISTS (SELECT 1 FROM IncidentSource s WHERE s.incidentId = i.id)',
    );
    expectNone(
      'reports and audit entries that disagree',
      `SELECT r.id FROM Report r WHERE NOT EXISTS
         (SELECT 1 FROM AuditEntry a WHERE a.entity = 'Report' AND a.action = 'create' AND a.entityId = r.id)
       UNION ALL
       SELECT a.entityId FROM AuditEntry a WHERE a.entity = 'Report' AND a.action = 'create'
         AND NOT EXISTS (SELECT 1 FROM Report r WHERE r.id = a.entityId)`,
    );
    expectNone(
      'incident count unlike the audit trail',
      `SELECT n FROM (SELECT (SELECT count(*) FROM Incident)
         - (SELECT count(*) FROM AuditEntry WHERE entity = 'Incident' AND action = 'create') AS n) WHERE n <> 0`,
    );
    expectNone(
      'casualty summaries unlike the claims',
      `WITH expected AS (
         SELECT incidentId, kind, affiliation, coalesce(country, '') AS country,
                count(DISTINCT reportId) AS sources, max(count) AS high
         FROM CasualtyClaim GROUP BY 1, 2, 3, 4),
       stored AS (SELECT incidentId, kind, affiliation, country, sources, high FROM IncidentCasualty)
       SELECT 'stored', * FROM (SELECT * FROM stored EXCEPT SELECT * FROM expected)
       UNION ALL
       SELECT 'expected', * FROM (SELECT * FROM expected EXCEPT SELECT * FROM stored)`,
    );
    return problems;
  } finally {
    db.close();
  }
}

interface WriterResult {
  committed: number[];
  failures: { code: string; message: string }[];
}

/** The app's stand-in: another process committing reports until it is stopped. */
function startWriter(file: string) {
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    [TSX, 'tests/integration/helpers/backup-writer.ts', file],
    { cwd: ROOT },
  );
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    running: () => child.exitCode === null,
    kill: () => child.kill(),
    async stop(): Promise<WriterResult> {
      child.stdin.end();
      const code = await closed;
      if (code !== 0) throw new Error(`the writer exited with ${code}: ${err}`);
      return JSON.parse(out.trim().split('\n').at(-1) ?? '') as WriterResult;
    },
  };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 3000; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up waiting for ${what}`);
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Blocks (as the synchronous backup step does) until the live store holds more than `after` reports. */
function waitForCommit(reports: () => number, after: number): number {
  for (let i = 0; i < 10_000; i++) {
    const now = reports();
    if (now > after) return now;
    Atomics.wait(pause, 0, 0, 2);
  }
  throw new Error('the writer process stopped committing');
}

describe('npm run backup', () => {
  it('copies the live store, WAL included, into one verified file that needs nothing beside it', async () => {
    const live = await liveStore(20);
    // The app's last commits stay in the -wal: a plain copy of the database file would miss them.
    live.sql.pragma('wal_autocheckpoint = 0');
    await live.add(5);
    const plainCopy = path.join(tempFolder(), 'plain-copy.db');
    copyFileSync(live.file, plainCopy);
    expect(counts(plainCopy).reports).toBeLessThan(25);
    const expected = counts(live.file);
    expect(expected.reports).toBe(25);

    const dir = tempFolder();
    const target = path.join(dir, 'haiti-backup.db');
    const { code, out } = backupCli(live.file, target);
    expect(code, out).toBe(0);
    expect(out).toContain(`Backup written: ${target}`);
    expect(out).toMatch(/\d+(\.\d)? KiB, \d+ pages, in \d+\.\d+ s; integrity_check ok\./);
    expect(out).toContain(`Holds ${expected.incidents} incidents and ${expected.reports} reports.`);
    expect(readdirSync(dir)).toEqual(['haiti-backup.db']);

    // Only the one file travels: moved elsewhere alone, it opens complete.
    const elsewhere = path.join(tempFolder(), 'moved.db');
    copyFileSync(target, elsewhere);
    const moved = new Database(elsewhere, { readonly: true, fileMustExist: true });
    expect(moved.pragma('journal_mode', { simple: true })).toBe('delete');
    moved.close();
    expect(counts(elsewhere)).toEqual(expected);
    expect(consistencyProblems(elsewhere)).toEqual([]);
  }, 60_000);

  it('refuses clearly, exit code 2 and no stack trace, and writes nothing', async () => {
    const live = await liveStore(2);
    const dir = tempFolder();
    const refused = (result: { code: number | null; out: string }, message: RegExp) => {
      expect(result.code, result.out).toBe(2);
      expect(result.out).toMatch(message);
      expect(result.out).not.toMatch(/^\s+at /m);
    };

    refused(backupCli(live.file), /usage: npm run backup -- <file> \[--force\]/);
    refused(backupCli(live.file, '--frce', path.join(dir, 'x.db')), /unknown option --frce/);

    const kept = path.join(dir, 'existing.db');
    writeFileSync(kept, 'an older backup');
    refused(backupCli(live.file, kept), /existing\.db already exists: .* add --force to replace it/);
    expect(readFileSync(kept, 'utf8')).toBe('an older backup');

    refused(
      backupCli(live.file, path.join(dir, 'no-such-folder', 'x.db')),
      /The folder .*no-such-folder does not exist: create it first\./,
    );

    const link = path.join(dir, 'link-to-live.db');
    symlinkSync(live.file, link);
    refused(backupCli(live.file, live.file, '--force'), /is the live database/);
    refused(backupCli(live.file, link, '--force'), /is the live database/);
    refused(
      backupCli(live.file, `${live.file}-wal`, '--force'),
      /is the live database \(or one of its files\)/,
    );

    const missing = path.join(dir, 'absent.db');
    refused(
      backupCli(missing, path.join(dir, 'x.db')),
      /The database .*absent\.db does not exist: check DATABASE_URL\./,
    );
    expect(existsSync(missing)).toBe(false);
    const notes = path.join(dir, 'notes.txt');
    writeFileSync(notes, 'not a database, but long enough to have a header. '.repeat(10));
    refused(backupCli(notes, path.join(dir, 'x.db')), /notes\.txt is not a SQLite database/);
    expect(readdirSync(dir).sort()).toEqual(['existing.db', 'link-to-live.db', 'notes.txt']);

    // --force replaces the older file with a real backup.
    const forced = backupCli(live.file, kept, '--force');
    expect(forced.code, forced.out).toBe(0);
    expect(counts(kept)).toEqual(counts(live.file));
  }, 120_000);

  it('never gives an unfinished copy the final name, nor harms the file it would replace', async () => {
    const live = await liveStore(30);
    const dir = tempFolder();
    const target = path.join(dir, 'nightly.db');
    writeFileSync(target, 'last night’s backup');
    const interrupted = new AbortController();
    const steps: BackupProgress[] = [];

    await expect(
      backupDatabase({
        source: live.file,
        target,
        force: true,
        pagesPerStep: 4,
        signal: interrupted.signal,
        onProgress: (p) => {
          steps.push(p);
          if (p.step === 3) interrupted.abort();
        },
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(steps.length).toBe(3);
    expect(steps[2]?.copiedPages).toBeLessThan(steps[2]?.totalPages ?? 0);
    expect(readdirSync(dir)).toEqual(['nightly.db']);
    expect(readFileSync(target, 'utf8')).toBe('last night’s backup');
    expect(consistencyProblems(live.file)).toEqual([]);
  });

  it('copies a store that is not in WAL mode in one step, so writers wait as briefly as possible', async () => {
    const { file } = await createSqliteTestDb();
    const rollbackMode = new Database(file);
    rollbackMode.pragma('journal_mode = DELETE');
    rollbackMode.close();
    const steps: BackupProgress[] = [];
    const summary = await backupDatabase({
      source: file,
      target: path.join(tempFolder(), 'from-rollback-mode.db'),
      onProgress: (p) => steps.push(p),
    });
    expect(summary.sourceJournalMode).toBe('delete');
    expect(steps).toEqual([{ copiedPages: summary.pages, totalPages: summary.pages, step: 1, steps: 1 }]);
  });

  it('keeps no copy that fails integrity_check, and says so with exit code 1', () => {
    const dir = tempFolder();
    const damaged = path.join(dir, 'damaged.db');
    const db = new Database(damaged);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, a INT, b INT); CREATE INDEX t_a ON t (a);');
    const insert = db.prepare('INSERT INTO t (a, b) VALUES (?, ?)');
    for (let i = 0; i < 50; i++) insert.run(i, 100 - i);
    // Make the index disagree with its table, as a damaged file would.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_master SET sql = 'CREATE INDEX t_a ON t (b)' WHERE name = 't_a'").run();
    db.close();

    const target = path.join(dir, 'copy.db');
    const { code, out } = backupCli(damaged, target);
    expect(code, out).toBe(1);
    expect(out).toMatch(
      /The copy failed PRAGMA integrity_check, so it was not kept:\n {2}row \d+ missing from index t_a/,
    );
    expect(out).toMatch(/check the live database itself/);
    expect(readdirSync(dir)).toEqual(['damaged.db']);
  }, 60_000);
});

describe('backup while the app is writing', () => {
  it('copies one consistent moment while another process commits between every step, and the writer never fails', async () => {
    const live = await liveStore(150);
    const reader = new Database(live.file, { readonly: true, fileMustExist: true });
    const reports = () => (reader.prepare('SELECT count(*) AS n FROM Report').get() as { n: number }).n;
    const prefilled = reports();
    const writer = startWriter(live.file);
    try {
      await until(() => reports() > prefilled + 2 || !writer.running(), 'the writer to start committing');
      const target = path.join(tempFolder(), 'during-writes.db');
      const steps: BackupProgress[] = [];
      let seen = reports();
      const summary = await backupDatabase({
        source: live.file,
        target,
        pagesPerStep: 8,
        onProgress: (p) => {
          const previous = steps.at(-1);
          if (previous && p.copiedPages <= previous.copiedPages) {
            throw new Error('the copy started over after a commit: it does not read from one snapshot');
          }
          steps.push(p);
          // The copy goes on only once the writer has committed again since the last step.
          if (p.copiedPages < p.totalPages) seen = waitForCommit(reports, seen);
        },
      });
      const result = await writer.stop();

      expect(result.failures).toEqual([]);
      expect(steps.length).toBeGreaterThanOrEqual(10);
      // Commits landed between the steps, yet the copy never started over: one snapshot throughout.
      expect(new Set(steps.map((s) => s.totalPages)).size).toBe(1);
      expect(steps.map((s) => s.copiedPages)).toEqual(
        steps.map((s, i) => Math.min((i + 1) * 8, s.totalPages)),
      );

      expect(consistencyProblems(target)).toEqual([]);
      const copy = new Database(target, { readonly: true });
      const copied = (
        copy.prepare("SELECT id FROM Report WHERE text LIKE 'Writer report %' ORDER BY id").all() as {
          id: number;
        }[]
      ).map((r) => r.id);
      const copiedReports = (copy.prepare('SELECT count(*) AS n FROM Report').get() as { n: number }).n;
      copy.close();
      expect(summary.reports).toBe(copiedReports);
      // A moment in the writer's history: some of its reports, all of those before, none after.
      expect(copied.length).toBeGreaterThan(0);
      expect(copied).toEqual(result.committed.slice(0, copied.length));
      expect(result.committed.length - copied.length).toBeGreaterThanOrEqual(steps.length - 1);

      // The live store kept every report the writer was told was stored, whole.
      const kept = (
        reader.prepare("SELECT id FROM Report WHERE text LIKE 'Writer report %' ORDER BY id").all() as {
          id: number;
        }[]
      ).map((r) => r.id);
      expect(kept).toEqual(result.committed);
      expect(consistencyProblems(live.file)).toEqual([]);
    } finally {
      if (writer.running()) writer.kill();
      reader.close();
    }
  }, 180_000);
});

async function visibleState(db: Db) {
  return {
    reports: await db.report.findMany({ select: { id: true, title: true }, orderBy: { id: 'asc' } }),
    incidents: await db.incident.findMany({
      select: { id: true, title: true, deletedAt: true },
      orderBy: { id: 'asc' },
    }),
    claims: await db.casualtyClaim.count(),
  };
}

describe('restoring a backup as the README says', () => {
  it('brings back the backed-up state, with its migration history, in WAL mode', async () => {
    const live = await liveStore(12);
    const backup = path.join(tempFolder(), 'haiti-backup.db');
    await backupDatabase({ source: live.file, target: backup });
    const backedUp = await visibleState(live.db);

    // Work goes on after the backup, then something goes wrong.
    await live.add(4);
    const first = backedUp.incidents[0]?.id ?? 0;
    await live.db.incident.update({ where: { id: first }, data: { deletedAt: new Date() } });
    expect(await visibleState(live.db)).not.toEqual(backedUp);

    // 1. Stop the app.
    await live.db.$disconnect();
    closeSqlConnection(live.file);
    // 2. Move the database aside, with its -wal and -shm when they are there.
    mkdirSync(`${live.file}.before-restore`);
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(live.file + suffix)) {
        renameSync(live.file + suffix, path.join(`${live.file}.before-restore`, `haiti.db${suffix}`));
      }
    }
    // 3. Copy the backup to DATABASE_URL's path.
    copyFileSync(backup, live.file);
    // 4. Start: `npm start` applies newer migrations (none here) and opens the store in WAL mode.
    const committed = (await readMigrationsList()).migrationDirectories.map((d) => d.path);
    expect(pendingMigrations(live.file, committed)).toEqual([]);
    expect(await applyMigrations(live.file)).toEqual([]);
    expect(openSqlConnection(live.file).pragma('journal_mode', { simple: true })).toBe('wal');
    const restored = createDb(`file:${live.file}`);
    try {
      expect(await visibleState(restored)).toEqual(backedUp);
    } finally {
      await restored.$disconnect();
      closeSqlConnection(live.file);
      rmSync(`${live.file}.before-restore`, { recursive: true, force: true });
    }
    expect(consistencyProblems(live.file)).toEqual([]);
  }, 60_000);
});

describe('the store the backup copies from', () => {
  it('runs in WAL mode with a 5 s busy timeout once the start path has opened it', async () => {
    const { db, file } = await createSqliteTestDb();
    const sql = openSqlConnection(file); // what `npm start` does right after migrating
    expect(sql.pragma('busy_timeout', { simple: true })).toBe(5000);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    expect(await db.$queryRawUnsafe('PRAGMA busy_timeout')).toEqual([{ timeout: 5000n }]);
  });
});
