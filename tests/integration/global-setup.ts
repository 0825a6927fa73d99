/**
 * Integration databases live in tests/.tmp; a crashed or interrupted run can leave some, so the
 * folder is emptied of them before and after every run.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const TMP = path.resolve(__dirname, '..', '.tmp');

function removeIntegrationDatabases(): void {
  mkdirSync(TMP, { recursive: true });
  for (const name of readdirSync(TMP)) {
    if (name.startsWith('int-')) rmSync(path.join(TMP, name), { force: true });
  }
}

export default function setup(): () => void {
  removeIntegrationDatabases();
  return removeIntegrationDatabases;
}
