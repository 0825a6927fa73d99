/**
 * Whether a store file can be trusted before anything writes to it (`npm start`, `npm run dev`,
 * `db:migrate`, `ingest`, `user:create`).
 *
 * Refused: a path that is not a file, a 0-byte file (what a copy that stopped half-way leaves —
 * migrating and seeding it would make a failed restore look like a fresh install), a file that
 * is not an SQLite database, and a database that fails `PRAGMA quick_check`. Nothing is written
 * to a refused file.
 *
 * Why quick_check and not integrity_check: quick_check reads every page once and checks each
 * b-tree's structure, which is what a damaged page breaks; integrity_check also matches every
 * index against its table. On the 1,000,000-incident store (2.3 GB, in the page cache, 2 shared
 * cores) quick_check took 10-12 s and integrity_check 52 s. `npm run backup` runs the full
 * integrity_check on every copy it makes.
 *
 * Cost: linear in the file's size (CHECK_BUDGET_MS). It runs in a worker thread so that it can be
 * given a time budget: past it, the command goes on with a warning and the check finishes in the
 * background, then says its verdict.
 */
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** quick_check stops after this many problems: the first few tell the story. */
const MAX_PROBLEMS = 10;
/**
 * How long a command waits for the check before going on without its verdict. The check reads
 * the whole file once, so its cost grows with the file's size (10-12 s at 1,000,000 incidents,
 * README "Deployment"); a minute leaves room for five times that store, or a slow disk.
 */
export const CHECK_BUDGET_MS = 60_000;

export type StoreRefusal = 'not-a-file' | 'empty' | 'not-database' | 'damaged';

export type StoreCheck =
  | { state: 'absent' }
  | { state: 'ok'; seconds: number; bytes: number }
  /** Ran past its budget; `later` resolves with the refusal message when the check fails, else null. */
  | { state: 'unfinished'; seconds: number; bytes: number; later: Promise<string | null> };

/** The store cannot be trusted; nothing was written to it. The message is for the user as it is. */
export class StoreRefusedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: StoreRefusal,
    detail: string,
  ) {
    super(refusalMessage(file, reason, detail));
    this.name = 'StoreRefusedError';
  }
}

function refusalMessage(file: string, reason: StoreRefusal, detail: string): string {
  const dir = path.dirname(file);
  const what: Record<StoreRefusal, string> = {
    'not-a-file': `is not a file (${detail})`,
    empty:
      'is empty (0 bytes): that is what a copy that stopped half-way leaves, and starting on it would ' +
      'look like a fresh install with every record gone',
    'not-database': `is not an SQLite database (${detail})`,
    damaged: `is damaged: PRAGMA quick_check found ${detail}`,
  };
  const otherwise =
    reason === 'damaged'
      ? `Without a backup, keep the damaged file: \`sqlite3 ${file} .recover\` can often save what is still readable.`
      : 'If you meant to begin with a new, empty store, move this file away instead: one is created at start.';
  return (
    `The database ${file} ${what[reason]}. It was not opened for writing and is left as it was. ` +
    'To restore the latest copy made by `npm run backup`: stop the app, move the database and its -wal and ' +
    `-shm files aside (\`mkdir -p ${dir}/before-restore && mv ${file}* ${dir}/before-restore/\`), copy the ` +
    `backup into place (\`cp <backup file> ${file}\`), and start again (README, "Backup and restore"). ${otherwise}`
  );
}

function firstBytes(file: string, length: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } finally {
    closeSync(fd);
  }
}

/** What a foreign file begins with, in words, so the user can tell what was copied there. */
function describeStart(bytes: Buffer): string {
  const text = bytes.subarray(0, 24).toString('latin1');
  const printable = /^[\x20-\x7e\t\r\n]+$/.test(text);
  return printable
    ? `it begins with ${JSON.stringify(text.replace(/\s+/g, ' '))}`
    : `it begins with the bytes ${bytes.subarray(0, 8).toString('hex').replace(/(..)/g, '$1 ').trim()}`;
}

/**
 * Runs `PRAGMA quick_check` in a worker thread. Not a read-only connection: on a store in WAL
 * mode that would leave an empty -wal and an -shm behind; a read-write one only reads here, and
 * as the last connection to close it removes them again.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true, timeout: 5000 });
  const rows = db.pragma('quick_check(' + workerData.maxProblems + ')');
  parentPort.postMessage({ problems: rows.map((r) => r.quick_check).filter((r) => r !== 'ok') });
} catch (error) {
  parentPort.postMessage({ error: { code: String(error && error.code), message: String(error && error.message) } });
} finally {
  if (db) db.close();
}
`;

type QuickCheckResult = { problems: string[] } | { error: { code: string; message: string } };

function quickCheckInWorker(file: string): Promise<QuickCheckResult> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file, driver, maxProblems: MAX_PROBLEMS },
    });
    // A check that runs past its budget must not keep a finished command alive.
    worker.unref();
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function verdict(file: string, result: QuickCheckResult): string[] {
  if ('problems' in result) return result.problems;
  const { code, message } = result.error;
  if (code === 'SQLITE_NOTADB') throw new StoreRefusedError(file, 'not-database', message);
  if (code.startsWith('SQLITE_CORRUPT')) return [message];
  throw new Error(`Could not check the database ${file}: ${message} (${code}).`);
}

function damaged(file: string, problems: string[]): StoreRefusedError {
  const count =
    problems.length >= MAX_PROBLEMS ? `${MAX_PROBLEMS} or more problems` : `${problems.length} problem(s)`;
  return new StoreRefusedError(file, 'damaged', `${count}, the first: "${problems[0]}"`);
}

/**
 * Checks the store at `file` before it is opened for writing. Resolves when it may be used
 * (absent: it will be created); throws StoreRefusedError when it must not be.
 */
export async function checkStore(file: string, options: { budgetMs?: number } = {}): Promise<StoreCheck> {
  if (!existsSync(file)) return { state: 'absent' };
  const stat = statSync(file);
  if (!stat.isFile()) throw new StoreRefusedError(file, 'not-a-file', 'it is a folder or a device');
  if (stat.size === 0) throw new StoreRefusedError(file, 'empty', '');
  const head = firstBytes(file, 100);
  if (head.length < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
    const detail =
      head.length < 100 ? `it is only ${head.length} bytes; ${describeStart(head)}` : describeStart(head);
    throw new StoreRefusedError(file, 'not-database', detail);
  }

  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const running = quickCheckInWorker(file).then((result) => verdict(file, result));
  const budget = options.budgetMs ?? CHECK_BUDGET_MS;
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<'unfinished'>((resolve) => {
    timer = setTimeout(() => resolve('unfinished'), budget);
    timer.unref();
  });
  const first = await Promise.race([running, outOfTime]);
  clearTimeout(timer);
  if (first === 'unfinished') {
    const later = running.then(
      (problems) => (problems.length ? damaged(file, problems).message : null),
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    return { state: 'unfinished', seconds: seconds(), bytes: stat.size, later };
  }
  if (first.length) throw damaged(file, first);
  return { state: 'ok', seconds: seconds(), bytes: stat.size };
}
