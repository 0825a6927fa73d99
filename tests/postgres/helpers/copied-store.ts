/**
 * A SQLite store as the app leaves it (migrated by the project's code, the sample data, an
 * account with a saved search, an audit entry, a feed, a session) and its copy in a PostgreSQL
 * database made by `npm run db:copy`'s code: the same data on both stores, for tests that compare
 * what the two give back. Released by `releaseAll` (tests/postgres/helpers/databases.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createDb, type Db } from '@/lib/db';
import { copyToPostgres, type TableCopied } from '@/lib/store/copy-to-postgres';
import { openStoreSql } from '@/lib/store/store-sql';
import { closeSqlConnection } from '@/lib/store/write-connection';
import { applyMigrations } from '@/prisma/engine';
import { seedDatabase } from '@/prisma/seed';
import { atRelease, createDatabase } from './databases';

let counter = 0;

/** Rows of every kind the sample reports do not make: users' own data, with JSON, flags and dates. */
async function addAccountData(db: Db): Promise<void> {
  const user = await db.user.create({
    data: {
      email: 'editor@example.org',
      name: 'Éditrice',
      role: 'editor',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
      mustChangePassword: true,
      totpLastStep: 58_000_000,
      lastVisitAt: new Date('2026-03-01T14:30:12.345Z'),
    },
  });
  await db.savedSearch.create({
    data: { userId: user.id, name: 'Kenscoff', query: 'place=kenscoff&type=attack', feedToken: 'tok-1' },
  });
  const incident = await db.incident.findFirstOrThrow({ orderBy: { id: 'asc' } });
  await db.auditEntry.create({
    data: {
      userId: user.id,
      entity: 'Incident',
      entityId: incident.id,
      action: 'update',
      before: { title: incident.title, tags: ['a', 'é'], nested: { n: 1.5, ok: true, none: null } },
      after: { title: 'Corrected' },
    },
  });
  const feed = await db.feed.create({
    data: { url: 'https://example.org/feed.xml', name: 'Example', keywords: ['Haïti', 'MSS'], active: false },
  });
  await db.feedItem.create({ data: { feedId: feed.id, key: 'guid-1', title: 'Item', outcome: 'skipped' } });
  await db.securityEvent.create({
    data: { kind: 'sign_in', outcome: 'success', userId: user.id, address: '127.0.0.1' },
  });
  await db.session.create({
    data: { id: 'a'.repeat(64), userId: user.id, expiresAt: new Date('2026-04-01T00:00:00Z') },
  });
  await db.loginAttempt.create({ data: { key: 'address:127.0.0.1' } });
}

export interface SeededSqliteStore {
  file: string;
  /** The SQLite Prisma client on it (disconnected by releaseAll). */
  db: Db;
}

/** A migrated SQLite store in tests/.tmp with the sample data and addAccountData's rows. */
export async function seededSqliteStore(): Promise<SeededSqliteStore> {
  const dir = path.resolve(__dirname, '..', '..', '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `pg-copy-${process.pid}-${++counter}-${Date.now()}.db`);
  await applyMigrations(file);
  const db = createDb(`file:${file}`);
  atRelease(async () => {
    await db.$disconnect();
    closeSqlConnection(file);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
  });
  const sql = await openStoreSql(`file:${file}`);
  await seedDatabase(db, sql);
  await sql.close();
  await addAccountData(db);
  return { file, db };
}

/** A new PostgreSQL database migrated by the project's code; its URL. */
export async function migratedPostgresDatabase(): Promise<string> {
  const url = await createDatabase();
  await applyMigrations(url);
  return url;
}

export interface CopiedStore {
  sqlite: SeededSqliteStore;
  /** The PostgreSQL copy: its URL, and createDb(url) on it (disconnected by releaseAll). */
  pgUrl: string;
  pg: Db;
  tables: TableCopied[];
}

/**
 * The seeded SQLite store (made once per test file) copied into a new migrated PostgreSQL
 * database. Every call gives a database of its own; the SQLite store is shared, so do not write
 * to it (write to `pg`, or take `seededSqliteStore()` for a store of your own).
 */
let shared: Promise<SeededSqliteStore> | undefined;
export async function copiedStore(): Promise<CopiedStore> {
  shared ??= seededSqliteStore();
  const sqlite = await shared;
  atRelease(() => {
    shared = undefined; // released with the SQLite store it names
  });
  const pgUrl = await migratedPostgresDatabase();
  const tables = await copyToPostgres({ source: sqlite.file, target: pgUrl });
  const pg = createDb(pgUrl);
  atRelease(() => pg.$disconnect());
  return { sqlite, pgUrl, pg, tables };
}
