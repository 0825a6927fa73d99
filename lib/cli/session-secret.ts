import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The secret that signs session cookies. When none is configured, one is generated on first
 * start and kept beside the database (mode 600), so sessions survive restarts and no default
 * secret exists anywhere.
 */
export async function ensureSessionSecret(databaseFile: string, configured?: string): Promise<string> {
  if (configured) return configured;
  const file = path.join(path.dirname(databaseFile), '.session-secret');
  const stored = await readFile(file, 'utf8').then(
    (s) => s.trim(),
    () => '',
  );
  if (stored.length >= 32) return stored;
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
