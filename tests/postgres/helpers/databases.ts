/**
 * Databases on the project's throwaway PostgreSQL server (tests/postgres/global-setup.ts):
 * each call makes a new, empty one, dropped after the test file.
 */
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { postgresPoolConfig } from '@/lib/store/postgres-config';

/** The server's URL; null when PostgreSQL is not installed (then `describe.skipIf(!serverUrl)`). */
export const serverUrl = inject('postgresUrl');

let counter = 0;

/** Runs statements on the server's maintenance database. */
async function onServer(sql: string): Promise<void> {
  if (!serverUrl) throw new Error('no PostgreSQL server');
  const client = new pg.Client(postgresPoolConfig(serverUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database; its URL. Dropped (with its connections) after the test file. */
export async function createDatabase(): Promise<string> {
  if (!serverUrl) throw new Error('no PostgreSQL server');
  const name = `t_${process.pid}_${++counter}_${Date.now()}`;
  await onServer(`CREATE DATABASE "${name}"`);
  afterAll(() => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A client on the database at `url`, in UTC like every connection of the store; ended after the file. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(postgresPoolConfig(url));
  await client.connect();
  afterAll(() => client.end());
  return client;
}
