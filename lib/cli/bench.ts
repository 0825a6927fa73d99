/**
 * npm run bench [-- --n 100000] [--duration 10] [--port 3400] [--reuse]
 * Generates a synthetic store (tests/.tmp/bench/), measures the reader and ingest, builds and
 * starts the app against the store, loads every endpoint with autocannon, times the first request
 * after a write and for a new filter set, runs 50 clients with a writer, streams a ~50,000-row CSV
 * export, and writes the table to tests/.tmp/bench/latest.md.
 * A script, not a test: budgets are reported, never asserted. The server is always stopped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureAfterWrite, measureNewFilters } from '../bench/after-write';
import { endpoints } from '../bench/endpoints';
import { generateStore } from '../bench/generate';
import { measureEndpoint, measureExport, measureMixed } from '../bench/measure';
import { type BenchRow, renderTable } from '../bench/report';
import { type AppServer, servingPids, startApp, waitForApp, waitForWarm } from '../bench/server';
import { findTargets } from '../bench/targets';
import { ingestSeconds, readerPerSecond } from '../bench/tools';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

const DIR = path.join(process.cwd(), 'tests', '.tmp', 'bench');
let server: AppServer | undefined;

async function main(): Promise<void> {
  const n = option('n', 100_000);
  const duration = option('duration', 10);
  const port = option('port', 3400);
  const file = path.join(DIR, `bench-${n}.db`);
  const stamp = `${file}.done`;
  mkdirSync(DIR, { recursive: true });
  if (process.argv.includes('--reuse') && existsSync(stamp)) {
    console.log(`Reusing ${file}: ${readFileSync(stamp, 'utf8')}`);
  } else {
    console.log(`Generating ${n.toLocaleString('en')} incidents into ${file}…`);
    const counts = await generateStore(file, n, console.log);
    writeFileSync(stamp, JSON.stringify(counts));
    console.log(`Generated in ${counts.seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
  const targets = findTargets(file);

  console.log('Reader and ingest benchmarks (before the server starts, so they have the CPU)…');
  const reader = readerPerSecond();
  const ingest = ingestSeconds(1000);

  server = startApp({ file, port });
  await waitForApp(server, 20 * 60_000);
  await waitForWarm(server, 10 * 60_000);
  console.log(
    `Aggregates warmed at start: ${server.warmedSeconds.map((x) => `${x} s`).join(', ')} (per process).`,
  );
  const base = `http://127.0.0.1:${port}`;
  const pids = servingPids(server.child.pid as number);
  console.log(`App up on ${base} (serving pid ${pids.join(', ')}); measuring ${duration} s per endpoint…`);

  const loadBefore = os.loadavg()[0] ?? 0;
  const list = endpoints(targets);
  const rows: BenchRow[] = [];
  for (const e of list) {
    const row = await measureEndpoint(base, file, e, duration);
    console.log(`  ${e.name}: p50 ${row.p50} p95 ${row.p95} ms, raw ${row.rawMs?.toFixed(2)} ms`);
    rows.push(row);
  }

  console.log('First request after a write, for each endpoint…');
  for (const row of await measureAfterWrite(base, file, list, targets.incidentId)) {
    console.log(`  ${row.name}: median ${row.p50.toFixed(1)}, slowest ${row.p95.toFixed(1)} ms`);
    rows.push(row);
  }

  console.log('First request for a filter set not asked before, for each endpoint that takes filters…');
  for (const row of await measureNewFilters(base, list)) {
    console.log(`  ${row.name}: median ${row.p50.toFixed(1)}, slowest ${row.p95.toFixed(1)} ms`);
    rows.push(row);
  }

  console.log('Mixed run: 50 clients for 30 s, one writer once a second…');
  const mixed = await measureMixed(
    base,
    file,
    list.map((e) => e.path),
    targets.incidentId,
  );
  const mixedProblems = [
    ...(mixed.result.errors ? [`${mixed.result.errors} HTTP errors`] : []),
    ...(mixed.writeErrors ? [`${mixed.writeErrors} failed writes`] : []),
  ];
  rows.push({
    name: 'mixed: 50 clients × all endpoints above, 30 s',
    note: `${mixed.writes} writes meanwhile`,
    ...mixed.result,
    rawMs: null,
    budgetMs: 500,
    problems: mixedProblems,
  });

  console.log(`CSV export from ${targets.exportFrom} (~${targets.exportRows} rows)…`);
  const csv = await measureExport(base, file, pids, targets.exportFrom);
  rows.push({
    name: `/api/export/incidents.csv?from=${targets.exportFrom}`,
    note: `${csv.lines - 1} rows, ${csv.mib.toFixed(1)} MiB, one request`,
    p50: csv.seconds * 1000,
    p95: csv.seconds * 1000,
    p99: csv.seconds * 1000,
    rps: 1 / csv.seconds,
    rawMs: csv.rawMs,
    budgetMs: null,
  });

  const extra = [
    `- CSV export: ${csv.seconds.toFixed(2)} s for ${csv.lines - 1} rows; server RSS ${csv.beforeMiB.toFixed(0)} MiB before (all serving processes), peak ${csv.peakMiB.toFixed(0)} MiB during (the largest process) (${csv.resetOk ? 'VmHWM after clear_refs' : 'VmRSS sampled every 50 ms'}).`,
    `- Start-up: each server process computed the default pages' aggregates in ${server.warmedSeconds.map((x) => `${x} s`).join(' and ')} after it started (in the background; WARM_AGGREGATES).`,
    `- Reader: ${reader.perSecond} reports/s (target ≥ 500: ${reader.perSecond >= 500 ? 'pass' : '**FAIL**'}).`,
    `- Ingest: 1,000 reports in ${ingest.seconds.toFixed(2)} s (${ingest.perSecond} reports/s).`,
  ];
  const load = `${loadBefore.toFixed(2)} → ${(os.loadavg()[0] ?? 0).toFixed(2)}`;
  const table = renderTable(rows, { incidents: n, duration, extra, load });
  writeFileSync(path.join(DIR, 'latest.md'), table);
  console.log(`\n${table}\nWritten to ${path.join(DIR, 'latest.md')}`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void (server?.stop() ?? Promise.resolve()).then(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await server?.stop();
    process.exit();
  });
