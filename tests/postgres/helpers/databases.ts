/**
 * Databases on the project's throwaway PostgreSQL server (tests/postgres/global-setup.ts), and
 * SQLite stores to compare them with. Everything made here is released by `releaseAll`, which
 * each test file runs in its own `afterAll` (vitest ignores hooks registered inside a test or
 * another hook, so the helpers cannot register their own).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { inject } from 'vitest';
import { postgresPoolConfig } from '@/lib/store/postgres-config';
import { applyMigrations } from '@/prisma/engine';
import { onServer as onServerOf } from '../../helpers/postgres-server';

/** The server's URL; null when PostgreSQL is not installed (then `describe.skipIf(!serverUrl)`). */
export const serverUrl = inject('postgresUrl');

const releases: (() => Promise<void> | void)[] = [];
let counter = 0;

/** Closes clients, drops databases and removes files made by this file's tests, newest first. */
export async function releaseAll(): Promise<void> {
  for (const release of releases.splice(0).reverse()) await release();
}

/** Registers something else for releaseAll to undo (a pool to end, a folder to remove). */
export function atRelease(release: () => Promise<void> | void): void {
  releases.push(release);
}

/** Runs a statement on the server's maintenance database. */
async function onServer(sql: string): Promise<void> {
  if (!serverUrl) throw new Error('no PostgreSQL server');
  await onServerOf(serverUrl, sql);
}

/** A new empty database; its URL. */
export async function createDatabase(): Promise<string> {
  if (!serverUrl) throw new Error('no PostgreSQL server');
  const name = `t_${process.pid}_${++counter}_${Date.now()}`;
  await onServer(`CREATE DATABASE "${name}"`);
  releases.push(() => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A client on the database at `url`, in UTC like every connection of the store. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(postgresPoolConfig(url));
  await client.connect();
  releases.push(() => client.end());
  return client;
}

/** A SQLite store in tests/.tmp, migrated by the project's own code, open for reading and writing. */
export async function migratedSqliteStore(): Promise<Database.Database> {
  const dir = path.resolve(__dirname, '..', '..', '.tmp');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `int-pg-compare-${process.pid}-${++counter}-${Date.now()}.db`);
  await applyMigrations(file);
  const db = new Database(file);
  releases.push(() => {
    db.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  });
  return db;
}
