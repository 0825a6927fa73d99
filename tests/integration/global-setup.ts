/**
 * Integration databases live in tests/.tmp; each test file removes its own when done. A crashed
 * or interrupted run can leave some, so stale ones (over an hour old) are removed before and
 * after every run — never fresh ones, which may belong to another run going on at the same time.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

const TMP = path.resolve(__dirname, '..', '.tmp');
const STALE_MS = 60 * 60 * 1000;

function removeStaleIntegrationDatabases(): void {
  mkdirSync(TMP, { recursive: true });
  const now = Date.now();
  for (const name of readdirSync(TMP)) {
    if (!name.startsWith('int-')) continue;
    const file = path.join(TMP, name);
    try {
      if (now - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true, recursive: true });
    } catch {
      // Removed meanwhile by its own run.
    }
  }
}

export default function setup(): () => void {
  removeStaleIntegrationDatabases();
  return removeStaleIntegrationDatabases;
}
