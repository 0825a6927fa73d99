/**
 * GET /api/health, as a load balancer sees it: 200 while the store answers and has applied
 * exactly the committed migrations; 503 naming what is wrong when a migration is pending, when a
 * newer code migrated the store, or when the store does not answer — never a crash, never a file
 * path, never kept by a cache, and no session needed.
 */
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHealth, committedMigrations } from '@/lib/store/health';
import { listMigrationNames, postgresMigrationsDir } from '@/lib/store/migrations';
import type { Sql } from '@/lib/store/sql';
import { readMigrationsList } from '@/prisma/engine';
import { tempFolder } from './helpers/store-files';
import { createTestDb, onPostgres } from './helpers/test-db';

type Handler = (request: Request) => Promise<Response>;
let file: string | undefined;
let sql: Sql;
/** Where the store is, which no answer may give: its folder, or its server. */
let location: string;
let GET: Handler;
/** The store's own migration history: PostgreSQL has its own (prisma/postgres/migrations). */
let committed: string[];

beforeAll(async () => {
  const store = await createTestDb();
  ({ file, sql } = store);
  location = file ? path.dirname(file) : new URL(store.url).host;
  process.env.DATABASE_URL = store.url;
  // Reading needs a session here; the health check still answers without one.
  process.env.PUBLIC_READ = 'false';
  ({ GET } = (await import('@/app/api/health/route')) as { GET: Handler });
  committed = onPostgres
    ? [...listMigrationNames(postgresMigrationsDir())]
    : (await readMigrationsList()).migrationDirectories.map((d) => d.path);
});

async function write(statement: string, ...params: string[]): Promise<void> {
  await sql.run(statement, params);
}

async function health(method = 'GET') {
  const response = await GET(new Request('http://localhost/api/health', { method }));
  return { response, body: method === 'HEAD' ? null : await response.json() };
}

describe('GET /api/health', () => {
  // SQLite's list; PostgreSQL's is read by lib/store/migrations.ts (tests/postgres/health).
  it.skipIf(onPostgres)('reads the committed migrations the migration command reads', () => {
    expect(committed.length).toBeGreaterThan(10);
    expect(committedMigrations()).toEqual(committed);
  });

  it('answers 200 ok on a current store, to anyone, and no cache keeps it', async () => {
    const { response, body } = await health();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toMatch(/\bno-store\b/);
    expect(body).toEqual({
      status: 'ok',
      store: 'reachable',
      migrations: 'current',
      expected: committed.at(-1),
    });
    expect((await health('HEAD')).response.status).toBe(200);
  });

  it('answers 503 naming a pending migration, then 200 once it is applied', async () => {
    const last = committed.at(-1) as string;
    const row = (await sql.get('SELECT * FROM _prisma_migrations WHERE migration_name = ?', [
      last,
    ])) as Record<string, string | number | null>;
    await write('DELETE FROM _prisma_migrations WHERE migration_name = ?', last);

    const { response, body } = await health();
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toMatch(/\bno-store\b/);
    expect(body).toMatchObject({
      status: 'unavailable',
      store: 'reachable',
      migrations: 'pending',
      pending: [last],
      error: { code: 'service_unavailable', message: expect.stringMatching(/npm run db:migrate/) },
    });
    expect(JSON.stringify(body)).not.toContain(location);

    const columns = Object.keys(row);
    await sql.run(
      `INSERT INTO _prisma_migrations (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      Object.values(row),
    );
    expect((await health()).response.status).toBe(200);
  });

  it('serves on, saying so, when a newer version has migrated the store (a rolling deploy)', async () => {
    const newer = '20991231000000_from_a_newer_version';
    await write(
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES (?, 'x', CURRENT_TIMESTAMP, ?, CURRENT_TIMESTAMP, 1)`,
      'newer-id',
      newer,
    );
    const { response, body } = await health();
    expect(response.status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', migrations: 'ahead', unknown: [newer] });
    expect(body.pending).toBeUndefined();
    await write('DELETE FROM _prisma_migrations WHERE migration_name = ?', newer);
    expect((await health()).response.status).toBe(200);
  });

  it('answers 503 when a migration started and did not finish', async () => {
    const last = committed.at(-1) as string;
    await write('UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ?', last);
    const { response, body } = await health();
    expect(response.status).toBe(503);
    expect(body).toMatchObject({ migrations: 'failed', failed: [last] });
    await write(
      'UPDATE _prisma_migrations SET finished_at = CURRENT_TIMESTAMP WHERE migration_name = ?',
      last,
    );
    expect((await health()).response.status).toBe(200);
  });
});

// A SQLite file that is missing or not a database (PostgreSQL's server down: tests/postgres/health).
describe.skipIf(onPostgres)('the health check on a store that does not answer', () => {
  it('says unreachable for a missing file or one that is not a database, and sees it come back', async () => {
    const dir = tempFolder('haiti-health-');
    const store = path.join(dir, 'haiti.db');
    const unreachable = {
      status: 'unavailable',
      store: 'unreachable',
      migrations: 'unchecked',
      expected: committed.at(-1),
      message: 'The store does not answer.',
    };
    expect(checkHealth(store)).toEqual(unreachable);

    writeFileSync(store, '<!DOCTYPE html><html><body>404 Not Found</body></html>\n'.repeat(100));
    expect(checkHealth(store)).toEqual(unreachable);
    expect(checkHealth(store)).toEqual(unreachable);

    // Restored: the next check opens the file again instead of keeping a broken connection.
    rmSync(store);
    const raw = new Database(file);
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    copyFileSync(file as string, store);
    expect(checkHealth(store)).toMatchObject({ status: 'ok', store: 'reachable', migrations: 'current' });

    // Removed, then another file put in its place: that file is the one checked.
    rmSync(store);
    expect(checkHealth(store)).toEqual(unreachable);
    writeFileSync(store, 'not a database either'.repeat(100));
    expect(checkHealth(store)).toEqual(unreachable);
  });
});
