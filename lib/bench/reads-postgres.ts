/**
 * The PostgreSQL store for `npm run bench:reads`: a throwaway server started for the run (or a
 * given empty database), migrated, filled by `npm run db:copy`'s code from the generated SQLite
 * store, then ANALYZEd as a deploy would. With `reuse`, a given database that already holds as
 * many incidents as the SQLite store is taken as its copy and only ANALYZEd.
 */
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import pg from 'pg';
import { applyMigrations } from '../../prisma/engine';
import { copyToPostgres } from '../store/copy-to-postgres';
import { postgresPoolConfig } from '../store/postgres-config';
import { startThrowawayPostgres } from '../store/throwaway-postgres';

export interface BenchPostgres {
  url: string;
  /** "PostgreSQL 15.18 (throwaway server)" */
  label: string;
  /** Seconds the copy took (null when an existing copy was reused). */
  copySeconds: number | null;
  stop(): void;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(postgresPoolConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function sqliteIncidents(file: string): number {
  const sql = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (sql.prepare('SELECT count(*) AS n FROM Incident').get() as { n: number }).n;
  } finally {
    sql.close();
  }
}

/** Incidents in the database, or null when it has no tables yet. */
async function state(url: string): Promise<{ tables: boolean; incidents: number | null; version: string }> {
  return withClient(url, async (client) => {
    const version =
      (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version.split(
        ' ',
      )[0] ?? '?';
    const tables = Boolean(
      (await client.query("SELECT 1 FROM pg_tables WHERE tablename = 'Incident'")).rowCount,
    );
    if (!tables) return { tables, incidents: null, version };
    const n = await client.query<{ n: string }>('SELECT count(*) AS n FROM "Incident"');
    return { tables, incidents: Number(n.rows[0]?.n ?? 0), version };
  });
}

export async function preparePostgres(
  file: string,
  options: { url: string | null; reuse: boolean },
  log: (line: string) => void,
): Promise<BenchPostgres> {
  const server = options.url ? null : await startThrowawayPostgres();
  const url = options.url ?? (server?.url as string);
  const stop = () => server?.stop();
  try {
    const before = await state(url);
    const label = `PostgreSQL ${before.version} (${server ? 'throwaway server, fsync off' : 'given database'})`;
    let copySeconds: number | null = null;
    if (options.reuse && before.incidents !== null && before.incidents === sqliteIncidents(file)) {
      log(`Reusing the copy in the given database (${before.incidents.toLocaleString('en-US')} incidents).`);
    } else {
      if (!before.tables) await applyMigrations(url);
      log('Copying the store into PostgreSQL (npm run db:copy)…');
      const started = performance.now();
      const tables = await copyToPostgres({ source: file, target: url });
      copySeconds = (performance.now() - started) / 1000;
      const copied = tables.reduce((sum, t) => sum + t.rows, 0);
      log(`Copied ${copied.toLocaleString('en-US')} rows in ${copySeconds.toFixed(1)} s.`);
    }
    await withClient(url, (client) => client.query('ANALYZE'));
    return { url, label, copySeconds, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
