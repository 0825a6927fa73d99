/**
 * One `npm run bench:reads` run (lib/cli/bench-reads.ts): the generated store (made, or reused
 * like `npm run bench -- --reuse`), its PostgreSQL copy when asked for, every read of reads.ts
 * timed on each store in turn (SQLite first, then PostgreSQL, never both at once), and the table.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDb, type Db } from '../db';
import { generateStore } from './generate';
import { findReadTargets, readSpecs, timeReads } from './reads';
import { type BenchPostgres, preparePostgres } from './reads-postgres';
import {
  type ReadResult,
  type ReadsOptions,
  renderReadsTable,
  STORE_LABEL,
  type StoreName,
} from './reads-report';

export interface ReadsRun {
  table: string;
  results: ReadResult[];
  /** Where the table was written: <dir>/reads-<n>.md */
  file: string;
}

async function prepareStore(dir: string, n: number, reuse: boolean, log: (line: string) => void) {
  const file = path.join(dir, `bench-${n}.db`);
  const stamp = `${file}.done`;
  if (reuse && existsSync(stamp)) {
    log(`Reusing ${file}: ${readFileSync(stamp, 'utf8')}`);
  } else {
    log(`Generating ${n.toLocaleString('en-US')} incidents into ${file}…`);
    const counts = await generateStore(file, n, log);
    writeFileSync(stamp, JSON.stringify(counts));
    log(`Generated in ${counts.seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
  return file;
}

export async function runReadsBench(
  options: ReadsOptions,
  dir: string,
  log: (line: string) => void = console.log,
): Promise<ReadsRun> {
  mkdirSync(dir, { recursive: true });
  const file = await prepareStore(dir, options.n, options.reuse, log);
  const targets = findReadTargets(file);
  const specs = readSpecs(targets);
  const notes = [
    `Machine: ${os.cpus().length} cores, load average ${(os.loadavg()[0] ?? 0).toFixed(1)} at the start, Node ${process.version}.`,
    `Targets: as of ${targets.asOf}; commune ${targets.commune}; search "${targets.word}"; actor ${targets.actor}; month ${targets.month.from} – ${targets.month.to}.`,
  ];
  let postgres: BenchPostgres | undefined;
  const results: ReadResult[] = [];
  try {
    if (options.stores.includes('postgres')) {
      postgres = await preparePostgres(file, { url: options.postgresUrl, reuse: options.reuse }, log);
      const copy =
        postgres.copySeconds === null ? 'an existing copy' : `copied in ${postgres.copySeconds.toFixed(0)} s`;
      notes.push(`${postgres.label}: ${copy}, then ANALYZE; default settings otherwise.`);
    }
    for (const store of options.stores) {
      const url = store === 'sqlite' ? `file:${file}` : (postgres as BenchPostgres).url;
      const db: Db = createDb(url);
      log(
        `Timing ${specs.length} reads on ${STORE_LABEL[store as StoreName]} (cold, then ${options.runs} runs each)…`,
      );
      try {
        await timeReads(store, db, specs, options.runs, results, log);
      } finally {
        await db.$disconnect();
      }
    }
  } finally {
    postgres?.stop();
  }
  const table = renderReadsTable({ n: options.n, runs: options.runs, notes }, results);
  const out = path.join(dir, `reads-${options.n}.md`);
  writeFileSync(out, table);
  return { table, results, file: out };
}
