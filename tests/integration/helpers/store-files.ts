/**
 * Store files as they are found on disk: a real store made by the project's own path, copied
 * into a folder of the test's own, and the ways such a file goes wrong. And the command-line
 * tools run as a user runs them, in their own process.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { closeSqlConnection, openSqlConnection } from '@/lib/store/write-connection';
import { seedDatabase } from '@/prisma/seed';
import { draft, incident, killed } from './drafts';
import { createSqliteTestDb } from './test-db';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const FILLER = ' Police and MSS officers patrolled the area after the exchange of fire.'.repeat(20);

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

export function tempFolder(prefix = 'haiti-store-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

let template: Promise<string> | undefined;

/**
 * A store as the app leaves it: migrated, the sample data loaded, then `extra` more reports with
 * an incident each (so the tables span many pages), checkpointed so the one file holds it all.
 * Made once per test file; each caller gets its own copy at `file`.
 */
export async function realStore(file: string, extra = 60): Promise<string> {
  template ??= (async () => {
    const { db, file: made, sql: store } = await createSqliteTestDb();
    await seedDatabase(db, store);
    const gazetteer = await loadGazetteer(store);
    for (let n = 0; n < extra; n++) {
      await storeDraft(store, {
        input: { text: `Report ${n}.${FILLER}`, publishedAt: '2025-02-24' },
        draft: draft({
          incidents: [
            incident({
              date: `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
              title: `Incident ${n}`,
              casualties: [killed(1 + (n % 2))],
            }),
          ],
        }),
        gazetteer,
      });
    }
    await store.close();
    openSqlConnection(made).pragma('wal_checkpoint(TRUNCATE)');
    await db.$disconnect();
    closeSqlConnection(made);
    return made;
  })();
  copyFileSync(await template, file);
  return file;
}

/** Overwrites one leaf page of `table`'s b-tree, past the first pages, as a bad disk sector would. */
export function damagePage(file: string, table = 'Incident'): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db
    .prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno")
    .all(table) as { pageno: number }[];
  db.close();
  const victim = leaves[Math.floor(leaves.length / 2)]?.pageno;
  if (!victim || leaves.length < 3) throw new Error(`${table} has too few pages to damage one`);
  const garbage = Buffer.alloc(pageSize);
  for (let i = 0; i < pageSize; i++) garbage[i] = (i * 131 + 17) % 251;
  // Rewritten in place, as the disk would: same size, same inode.
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, garbage, 0, pageSize, (victim - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
  return victim;
}

export function fingerprint(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export interface CliResult {
  code: number | null;
  out: string;
  timedOut: boolean;
}

/**
 * Runs `tsx <script> ...args` from the project folder. The whole process group is killed after
 * `timeoutMs`, so a tool that wrongly goes on (to build and serve, say) leaves nothing running.
 */
export function runCli(
  script: string,
  args: string[],
  options: { env: Record<string, string>; input?: string; timeoutMs?: number },
): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      detached: true,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stdin.end(options.input ?? '');
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, timedOut });
    });
  });
}
