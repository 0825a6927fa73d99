/**
 * Who may read the store's files (issue 14, defect 8). The database, its -wal and -shm, the
 * backups and the session secret hold password hashes and session keys: they are the owner's
 * alone (0600) in a folder that is the owner's alone (0700), whatever the umask of the shell that
 * started the command; files found with wider modes are narrowed, and the log says so.
 */
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureSessionSecret } from '@/lib/cli/session-secret';
import { prepareStoreForStart } from '@/lib/cli/start-store';
import { backupDatabase } from '@/lib/store/backup';
import { closeSqlConnection, openSqlConnection } from '@/lib/store/write-connection';
import { realStore, runCli, tempFolder } from './helpers/store-files';

const mode = (file: string) => (statSync(file).mode & 0o7777).toString(8).padStart(4, '0');

/** What a shell usually has: new files readable by every local user unless told otherwise. */
let umaskBefore: number;
beforeEach(() => {
  umaskBefore = process.umask(0o022);
});
afterEach(() => {
  process.umask(umaskBefore);
});

/** Opens the store as the app does, so that its -wal and -shm exist, and returns their modes. */
function modesWhileOpen(file: string) {
  const sql = openSqlConnection(file);
  sql.prepare('UPDATE Location SET name = name WHERE id = (SELECT min(id) FROM Location)').run();
  const modes = {
    folder: mode(path.dirname(file)),
    database: mode(file),
    wal: mode(`${file}-wal`),
    shm: mode(`${file}-shm`),
  };
  closeSqlConnection(file);
  return modes;
}

const PRIVATE = { folder: '0700', database: '0600', wal: '0600', shm: '0600' };

describe('a new store', () => {
  it('is created 0600, with its -wal and -shm, in a folder created 0700', async () => {
    const file = path.join(tempFolder('haiti-modes-'), 'data', 'haiti.db');
    await prepareStoreForStart(file, () => {});
    expect(modesWhileOpen(file)).toEqual(PRIVATE);
    expect(mode(await sessionSecretFile(file))).toBe('0600');
  });

  it('is created so by npm run dev / db:migrate too, in its own process', async () => {
    const file = path.join(tempFolder('haiti-modes-'), 'data', 'haiti.db');
    const result = await runCli('prisma/migrate.ts', ['deploy'], { env: { DATABASE_URL: `file:${file}` } });
    expect(result.code, result.out).toBe(0);
    expect(modesWhileOpen(file)).toEqual(PRIVATE);
  });
});

async function sessionSecretFile(file: string) {
  await ensureSessionSecret(file);
  return path.join(path.dirname(file), '.session-secret');
}

describe('a store found with wider modes', () => {
  it('is narrowed to 0600 and its folder to 0700 at start, each change logged', async () => {
    const dir = path.join(tempFolder('haiti-modes-'), 'data');
    mkdirSync(dir);
    const file = await realStore(path.join(dir, 'haiti.db'));
    const sql = new Database(file);
    sql.prepare('UPDATE Location SET name = name WHERE id = (SELECT min(id) FROM Location)').run();
    // Left open so that -wal and -shm exist, as beside a running app.
    const secret = path.join(dir, '.session-secret');
    writeFileSync(secret, `${'s'.repeat(43)}\n`);
    for (const f of [file, `${file}-wal`, `${file}-shm`, secret]) chmodSync(f, 0o644);
    chmodSync(dir, 0o755);

    const log: string[] = [];
    await prepareStoreForStart(file, (line) => log.push(line));
    sql.close();
    expect(mode(dir)).toBe('0700');
    expect(mode(file)).toBe('0600');
    expect(mode(secret)).toBe('0600');
    expect(modesWhileOpen(file)).toEqual(PRIVATE);
    for (const f of [dir, file, `${file}-wal`, `${file}-shm`, secret]) {
      expect(log).toContainEqual(expect.stringContaining(`Permissions: ${f} was open to other users`));
    }
  });

  it('narrows a session secret kept with mode 0644 and keeps its value', async () => {
    const dir = tempFolder('haiti-modes-');
    const secretFile = path.join(dir, '.session-secret');
    const kept = 'k'.repeat(43);
    writeFileSync(secretFile, `${kept}\n`, { mode: 0o644 });
    chmodSync(secretFile, 0o644);
    const log: string[] = [];
    expect(await ensureSessionSecret(path.join(dir, 'haiti.db'), undefined, (line) => log.push(line))).toBe(
      kept,
    );
    expect(mode(secretFile)).toBe('0600');
    expect(log).toEqual([
      expect.stringContaining(`Permissions: ${secretFile} was open to other users (mode 0644)`),
    ]);
  });

  it('leaves a shared folder such as /tmp alone, and says so', async () => {
    const shared = tempFolder('haiti-modes-');
    chmodSync(shared, 0o1777);
    const file = path.join(shared, 'haiti.db');
    const log: string[] = [];
    await prepareStoreForStart(file, (line) => log.push(line));
    expect(mode(shared)).toBe('1777');
    expect(mode(file)).toBe('0600');
    expect(log).toContainEqual(expect.stringMatching(/is shared with other users .*left as it is/));
  });
});

describe('a backup', () => {
  it('is written 0600, by the function and by npm run backup', async () => {
    const live = await realStore(path.join(tempFolder('haiti-modes-'), 'haiti.db'));
    const dir = tempFolder('haiti-modes-');
    chmodSync(dir, 0o755);
    const summary = await backupDatabase({ source: live, target: path.join(dir, 'one.db') });
    expect(mode(summary.file)).toBe('0600');

    const result = await runCli('lib/cli/backup.ts', [path.join(dir, 'two.db')], {
      env: { DATABASE_URL: `file:${live}` },
    });
    expect(result.code, result.out).toBe(0);
    expect(mode(path.join(dir, 'two.db'))).toBe('0600');
    expect(existsSync(path.join(dir, 'two.db-journal'))).toBe(false);
    // The folder is the user's choice: named, not changed.
    expect(result.out).toContain(`but ${dir} is open to other users (mode 0755)`);
    expect(mode(dir)).toBe('0755');
  });
});
