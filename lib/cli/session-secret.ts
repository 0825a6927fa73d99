import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeFilesPrivate, PRIVATE_FILE } from '../store/file-modes';

/**
 * The secret that signs session cookies. When none is configured, one is generated on first
 * start and kept beside the database (mode 0600, narrowed when found wider), so sessions survive
 * restarts and no default secret exists anywhere.
 */
export async function ensureSessionSecret(
  databaseFile: string,
  configured?: string,
  log: (line: string) => void = console.log,
): Promise<string> {
  const file = path.join(path.dirname(databaseFile), '.session-secret');
  // Even when SESSION_SECRET is set: a secret file kept from before still signs old cookies.
  makeFilesPrivate([file], log);
  if (configured) return configured;
  const stored = await readFile(file, 'utf8').then(
    (s) => s.trim(),
    () => '',
  );
  if (stored.length >= 32) return stored;
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: PRIVATE_FILE });
  await chmod(file, PRIVATE_FILE); // writeFile's mode applies only to a file it creates
  return secret;
}
