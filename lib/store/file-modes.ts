/**
 * The store's files are the owner's alone: the database and its -wal, -shm and -journal, the
 * backups and the session secret hold password hashes and session keys. Files 0600, the
 * database's folder 0700.
 *
 * SQLite creates -wal, -shm and -journal with the database file's own mode (minus the umask), so
 * a database kept 0600 keeps them 0600 whichever process opens it later (the app, `next dev`).
 * The commands set the umask to 077 (`restrictUmask`), so SQLite creates the database 0600; the
 * 0700 folder covers the moment before a caller with a wider umask narrows a new file.
 */
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_FOLDER = 0o700;
const SIDECARS = ['-wal', '-shm', '-journal'] as const;

type Log = (line: string) => void;

const octal = (mode: number) => (mode & 0o7777).toString(8).padStart(4, '0');

/** New files and folders of this process, and of the servers it starts, are the owner's alone. */
export function restrictUmask(): void {
  process.umask(0o077);
}

const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Narrows each existing file that others may read or write to 0600, saying so. A -wal or -shm
 * that SQLite removes while this runs (the last connection of a server closing) is simply gone.
 */
export function makeFilesPrivate(files: readonly string[], log: Log): void {
  for (const file of files) {
    try {
      const stat = statSync(file);
      if (!stat.isFile() || (stat.mode & 0o077) === 0) continue;
      chmodSync(file, PRIVATE_FILE);
      log(`Permissions: ${file} was open to other users (mode ${octal(stat.mode)}); now 0600.`);
    } catch (error) {
      if (!gone(error)) throw error;
    }
  }
}

/**
 * Creates the folder 0700, or narrows an existing one that is the owner's own. A folder shared on
 * purpose — sticky like /tmp, or someone else's — is left as it is: the files in it are 0600.
 */
export function makeFolderPrivate(dir: string, log: Log): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER });
    chmodSync(dir, PRIVATE_FOLDER); // mkdir's mode is narrowed by the umask, never widened
    return;
  }
  const stat = statSync(dir);
  if ((stat.mode & 0o077) === 0) return;
  const ours = typeof process.getuid !== 'function' || stat.uid === process.getuid();
  if ((stat.mode & 0o1000) !== 0 || !ours) {
    log(
      `Permissions: ${dir} is shared with other users (mode ${octal(stat.mode)}), so it is left as it is; ` +
        'the store’s files in it are 0600. A folder of its own for the database is safer.',
    );
    return;
  }
  chmodSync(dir, PRIVATE_FOLDER);
  log(`Permissions: ${dir} was open to other users (mode ${octal(stat.mode)}); now 0700.`);
}

/** The database file and the files SQLite keeps beside it. */
export function databaseFiles(file: string): string[] {
  return [file, ...SIDECARS.map((suffix) => file + suffix)];
}
