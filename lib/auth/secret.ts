/**
 * The key that turns a session cookie into its stored id. `npm start` passes SESSION_SECRET to
 * the app; other ways of running it (next dev, tests) read or create the same file beside the
 * database that `npm start` keeps (prisma/data for a PostgreSQL store), so there is never a
 * default secret. Several app servers must share one SESSION_SECRET (README, several servers).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { secretHome, settings } from '../env';
import { PRIVATE_FOLDER } from '../store/file-modes';

let cached: string | undefined;

export function sessionSecret(): string {
  if (cached) return cached;
  const configured = settings().SESSION_SECRET;
  if (configured) {
    cached = configured;
    return cached;
  }
  // Beside the SQLite store; for a PostgreSQL store, in the project's data folder (prisma/data).
  const file = path.join(path.dirname(secretHome(settings().DATABASE_URL)), '.session-secret');
  let stored = '';
  try {
    stored = readFileSync(file, 'utf8').trim();
  } catch {
    // No file yet: make one below.
  }
  if (stored.length < 32) {
    stored = randomBytes(32).toString('base64url');
    // A PostgreSQL store leaves prisma/data to be made (npm start makes it, next dev does not).
    mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER });
    writeFileSync(file, `${stored}\n`, { mode: 0o600 });
  }
  cached = stored;
  return cached;
}
