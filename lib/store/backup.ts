/**
 * Online backup of the store while the app keeps serving: SQLite's backup API, copying a few
 * pages per step, from one read snapshot held for the whole copy.
 *
 * Why the held snapshot: the backup API restarts from page 1 whenever another connection commits
 * between two steps, so against a busy app it could copy forever. In WAL mode a read transaction
 * never blocks writers, so holding one for the copy only delays checkpoints (the -wal grows for
 * its length). Outside WAL mode the same snapshot holds writers back (they wait up to their busy
 * timeout), so there the copy is made in one step.
 *
 * The copy is written beside the target under a temporary name, switched to rollback-journal
 * mode (a single self-contained file: nothing beside it is needed, even read-only), checked with
 * `PRAGMA integrity_check`, and only then renamed to the target. It is created 0600 (it holds
 * password hashes) before the first page is copied into it, so no reader ever finds it open.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PRIVATE_FILE } from './file-modes';

const SIDECARS = ['-wal', '-shm', '-journal'] as const;

export type BackupRefusal =
  | 'source-missing'
  | 'source-not-database'
  | 'target-is-source'
  | 'target-directory-missing'
  | 'target-exists'
  | 'target-in-use';

/** The command was asked something it will not do; nothing was written. */
export class BackupRefusedError extends Error {
  constructor(
    readonly reason: BackupRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'BackupRefusedError';
  }
}

/** The copy was made but failed its check; it was deleted, the target left as it was. */
export class BackupVerificationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The copy failed PRAGMA integrity_check, so it was not kept:\n${problems
        .slice(0, 10)
        .map((p) => `  ${p}`)
        .join('\n')}\nThe copy is page for page the live database: check the live database itself.`,
    );
    this.name = 'BackupVerificationError';
  }
}

export interface BackupProgress {
  copiedPages: number;
  totalPages: number;
  /** 1-based; `steps` is how many the copy takes at the chosen pages per step. */
  step: number;
  steps: number;
}

export interface BackupOptions {
  source: string;
  target: string;
  /** Replace an existing target file. */
  force?: boolean;
  /** Pages per step (default: about 2% of the database, at least 100; all of it outside WAL mode). */
  pagesPerStep?: number;
  /** Called after every step; may throw to abandon the copy. */
  onProgress?: (progress: BackupProgress) => void;
  signal?: AbortSignal;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  pages: number;
  incidents: number | null;
  deletedIncidents: number | null;
  reports: number | null;
  /** The live database's journal mode; anything but "wal" means writers waited during the copy. */
  sourceJournalMode: string;
  /** Rows that break a foreign key, copied as they are in the live database. */
  foreignKeyProblems: number;
}

function refuse(reason: BackupRefusal, message: string): never {
  throw new BackupRefusedError(reason, message);
}

/** Everything that makes the command refuse, checked before anything is written. */
export function checkBackupTarget(source: string, target: string, force = false): void {
  if (!existsSync(source) || !statSync(source).isFile()) {
    refuse('source-missing', `The database ${source} does not exist: check DATABASE_URL.`);
  }
  const dir = path.dirname(target);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    refuse('target-directory-missing', `The folder ${dir} does not exist: create it first.`);
  }
  const existing = existsSync(target) ? statSync(target) : undefined;
  const live = statSync(source);
  const sameFile = existing?.ino === live.ino && existing.dev === live.dev;
  const liveFiles = ['', ...SIDECARS].map((s) => realpathSync(source) + s);
  if (sameFile || liveFiles.includes(path.join(realpathSync(dir), path.basename(target)))) {
    refuse('target-is-source', `${target} is the live database (or one of its files): choose another file.`);
  }
  if (existing?.isDirectory()) {
    refuse(
      'target-exists',
      `${target} is a folder: give a file name, e.g. ${path.join(target, 'haiti.db')}.`,
    );
  }
  if (existing && !force) {
    refuse('target-exists', `${target} already exists: choose another name, or add --force to replace it.`);
  }
  const busy = SIDECARS.map((s) => target + s).filter((f) => existsSync(f));
  if (busy.length) {
    refuse(
      'target-in-use',
      `${busy.join(', ')} exist: ${target} is open somewhere or was not closed cleanly. Choose another name.`,
    );
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', ...SIDECARS]) rmSync(file + suffix, { force: true });
}

function count(db: Database.Database, table: string, where = '1 = 1'): number | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return null;
  return (db.prepare(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`).get() as { n: number }).n;
}

/** Makes the copy self-contained, checks it, and reads what the summary shows. */
function finishCopy(file: string): Omit<BackupSummary, 'file' | 'bytes' | 'sourceJournalMode'> {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((r) => r !== 'ok');
    if (problems.length) throw new BackupVerificationError(problems);
    return {
      pages: db.pragma('page_count', { simple: true }) as number,
      incidents: count(db, 'Incident', '"deletedAt" IS NULL'),
      deletedIncidents: count(db, 'Incident', '"deletedAt" IS NOT NULL'),
      reports: count(db, 'Report'),
      foreignKeyProblems: (db.pragma('foreign_key_check') as unknown[]).length,
    };
  } finally {
    db.close();
  }
}

function openSnapshot(source: string): { db: Database.Database; journalMode: string } {
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    const journalMode = String(db.pragma('journal_mode', { simple: true }));
    db.prepare('BEGIN').run();
    db.prepare('SELECT count(*) FROM sqlite_master').get(); // the read that fixes the snapshot
    return { db, journalMode };
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_NOTADB') {
      refuse('source-not-database', `${source} is not a SQLite database: check DATABASE_URL.`);
    }
    throw error;
  }
}

export async function backupDatabase(options: BackupOptions): Promise<BackupSummary> {
  const source = path.resolve(options.source);
  const target = path.resolve(options.target);
  checkBackupTarget(source, target, options.force);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  removeWithSidecars(temporary);
  // SQLite gives the copy's journal this file's mode too.
  closeSync(openSync(temporary, 'wx', PRIVATE_FILE));

  let snapshot: ReturnType<typeof openSnapshot>;
  try {
    snapshot = openSnapshot(source);
  } catch (error) {
    removeWithSidecars(temporary);
    throw error;
  }
  try {
    let perStep = options.pagesPerStep ?? 0;
    let step = 0;
    const report = (copiedPages: number, totalPages: number) => {
      options.signal?.throwIfAborted();
      // Outside WAL mode the snapshot's lock holds writers back: copy in one go, then let go.
      perStep ||= snapshot.journalMode === 'wal' ? Math.max(100, Math.ceil(totalPages / 50)) : totalPages;
      if (copiedPages === 0) return; // better-sqlite3's first call only opens the copy
      const steps = Math.max(1, Math.ceil(totalPages / perStep));
      options.onProgress?.({ copiedPages, totalPages, step: ++step, steps });
    };
    const done = await snapshot.db.backup(temporary, {
      progress: ({ totalPages, remainingPages }) => {
        report(totalPages - remainingPages, totalPages);
        return perStep;
      },
    });
    report(done.totalPages, done.totalPages);
  } catch (error) {
    removeWithSidecars(temporary);
    throw error;
  } finally {
    snapshot.db.prepare('COMMIT').run();
    snapshot.db.close();
  }

  try {
    const checked = finishCopy(temporary);
    options.signal?.throwIfAborted();
    renameSync(temporary, target);
    syncFolder(path.dirname(target));
    return {
      file: target,
      bytes: statSync(target).size,
      sourceJournalMode: snapshot.journalMode,
      ...checked,
    };
  } catch (error) {
    removeWithSidecars(temporary);
    throw error;
  }
}

/** So that the rename survives a power cut, not only the file's contents. */
function syncFolder(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
