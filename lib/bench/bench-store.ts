/**
 * The store `npm run bench` serves from: the generated SQLite file itself, or its copy in
 * PostgreSQL made as `npm run bench:reads` makes it (reads-postgres.ts: a throwaway server started
 * for the run, or the given empty database, migrated with prisma/postgres/migrations, filled by
 * `npm run db:copy`'s code, ANALYZEd). The app is then started with DATABASE_URL = `url`, and the
 * bench's own writes (the editor's session, the writer, the after-write flips) go through the
 * app's Sql interface to the same URL. Only the raw floor (raw-floor.ts, better-sqlite3) stays on
 * the SQLite file: PostgreSQL has none.
 */
import { type BenchPostgres, preparePostgres } from './reads-postgres';
import type { StoreName } from './reads-report';

export interface BenchStore {
  name: StoreName;
  /** The app's DATABASE_URL. */
  url: string;
  /** "SQLite (tests/.tmp/bench/bench-1000.db)", "PostgreSQL 15.18 (throwaway server, fsync off), copied in 40 s" */
  label: string;
  /** The file the raw floor reads; null on PostgreSQL. */
  rawFile: string | null;
  /** Stops the throwaway server, if one was started; safe to call twice. */
  stop(): void;
}

export async function openBenchStore(
  name: StoreName,
  file: string,
  options: { postgresUrl: string | null; reuse: boolean },
  log: (line: string) => void = console.log,
): Promise<BenchStore> {
  if (name === 'sqlite')
    return {
      name,
      url: `file:${file}`,
      label: `SQLite (${file.replace(`${process.cwd()}/`, '')})`,
      rawFile: file,
      stop: () => {},
    };
  const postgres: BenchPostgres = await preparePostgres(
    file,
    { url: options.postgresUrl, reuse: options.reuse },
    log,
  );
  const copy =
    postgres.copySeconds === null
      ? 'an earlier copy of the same store'
      : `copied from the same SQLite store in ${postgres.copySeconds.toFixed(0)} s`;
  let stopped = false;
  return {
    name,
    url: postgres.url,
    label: `${postgres.label}, ${copy}, then ANALYZE`,
    rawFile: null,
    stop: () => {
      if (stopped) return;
      stopped = true;
      postgres.stop();
    },
  };
}
