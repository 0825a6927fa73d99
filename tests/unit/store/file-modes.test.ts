/**
 * Narrowing the store's files to 0600 (file-modes.ts): a -wal or -shm that SQLite removes while the
 * command runs (a server's last connection closing) is simply gone, never an error that stops a
 * deploy. The race is made certain here by a file system that still says the file exists.
 */
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  // A sidecar listed a moment ago: "exists", then gone by the time it is read.
  return { ...fs, existsSync: (p: string) => String(p).endsWith('-wal') || fs.existsSync(p) };
});

const { makeFilesPrivate } = await import('@/lib/store/file-modes');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('makeFilesPrivate', () => {
  it('skips a -wal that vanished after it was listed, and still narrows the database file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'modes-'));
    dirs.push(dir);
    const db = path.join(dir, 'haiti.db');
    writeFileSync(db, '');
    chmodSync(db, 0o644);
    const lines: string[] = [];
    expect(() => makeFilesPrivate([db, `${db}-wal`], (line) => lines.push(line))).not.toThrow();
    expect(statSync(db).mode & 0o777).toBe(0o600);
    expect(lines).toEqual([`Permissions: ${db} was open to other users (mode 0644); now 0600.`]);
  });
});
