/**
 * npm run bench [-- --n 100000 | --sizes 1000,5000,20000,100000,1000000] [--duration 10]
 *               [--port 3400] [--reuse] [--skip-tools]
 * For each size: generates a synthetic store (tests/.tmp/bench/), builds and starts the app
 * against it, measures every page and API with one client (latency, bytes sent and unpacked),
 * the first request after a write and for a new filter set, 50 clients over everything with a
 * writer (and again without the editors' pages), server memory after that run, and a ~50,000-row
 * CSV export; then stops the server.
 * The reader and ingest are measured once, before any server runs. Each size's table goes to
 * tests/.tmp/bench/latest-<n>.md, and every size side by side to tests/.tmp/bench/latest.md.
 * A script, not a test: budgets are reported, never asserted. The server is always stopped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureAfterWrite, measureNewFilters } from '../bench/after-write';
import { benchSecret, editorCookie } from '../bench/editor-session';
import { endpoints } from '../bench/endpoints';
import { generateStore } from '../bench/generate';
import { measureEndpoint, measureExport, measureMixed } from '../bench/measure';
import { type BenchRow, renderSizes, renderTable, type SizeResult } from '../bench/report';
import {
  type AppServer,
  processRssMiB,
  servingPids,
  startApp,
  waitForApp,
  waitForWarm,
} from '../bench/server';
import { findTargets } from '../bench/targets';
import { ingestSeconds, readerPerSecond } from '../bench/tools';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number`);
  return value;
}

function sizes(): number[] {
  const i = process.argv.indexOf('--sizes');
  if (i < 0) return [option('n', 100_000)];
  const list = (process.argv[i + 1] ?? '').split(',').map(Number);
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes must be a comma-separated list of positive whole numbers');
  return list;
}

/** The mixed run's p95 budget: 300 ms up to 20,000 incidents, 500 ms at 100,000; none above. */
const mixedBudget = (n: number) => (n <= 20_000 ? 300 : n <= 100_000 ? 500 : null);
/** Server memory after the mixed run, per process: ≤ 300 MB up to 100,000 incidents. */
const memoryBudget = (n: number) => (n <= 100_000 ? 300 : null);

const DIR = path.join(process.cwd(), 'tests', '.tmp', 'bench');
let server: AppServer | undefined;

async function prepareStore(n: number): Promise<string> {
  const file = path.join(DIR, `bench-${n}.db`);
  const stamp = `${file}.done`;
  if (process.argv.includes('--reuse') && existsSync(stamp)) {
    console.log(`Reusing ${file}: ${readFileSync(stamp, 'utf8')}`);
  } else {
    console.log(`Generating ${n.toLocaleString('en')} incidents into ${file}…`);
    const counts = await generateStore(file, n, console.log);
    writeFileSync(stamp, JSON.stringify(counts));
    console.log(`Generated in ${counts.seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
  return file;
}

async function runSize(
  n: number,
  options: { duration: number; port: number; tools: string[] },
): Promise<SizeResult> {
  const { duration, port } = options;
  const file = await prepareStore(n);
  const targets = findTargets(file);
  const secret = benchSecret();

  server = startApp({ file, port, secret });
  await waitForApp(server, 20 * 60_000);
  // After start-up: the store is migrated by then, and no connection of ours holds it meanwhile.
  const cookie = await editorCookie(file, secret);
  await waitForWarm(server, 10 * 60_000);
  const warmed = server.warmedSeconds;
  console.log(`Aggregates warmed at start: ${warmed.map((x) => `${x} s`).join(', ')} (per process).`);
  const base = `http://127.0.0.1:${port}`;
  const pids = servingPids(server.child.pid as number);
  console.log(`App up on ${base} (serving pid ${pids.join(', ')}); measuring ${duration} s per endpoint…`);

  const loadBefore = os.loadavg()[0] ?? 0;
  const list = endpoints(targets, cookie, n);
  const rows: BenchRow[] = [];
  for (const e of list) {
    const row = await measureEndpoint(base, file, e, duration);
    const size = row.bytes ? `, ${(row.bytes.wire / 1024).toFixed(1)} KB sent` : '';
    console.log(`  ${e.name}: p50 ${row.p50} p95 ${row.p95} ms${size}`);
    rows.push(row);
  }

  console.log('First request after a write, for each endpoint…');
  const afterWrite = await measureAfterWrite(base, file, list, targets.incidentId);
  console.log('First request for a filter set not asked before, for each endpoint that takes filters…');
  const newFilters = await measureNewFilters(base, list);

  console.log('Mixed run: 50 clients for 30 s over every endpoint, one writer once a second…');
  const mixed = await measureMixed(base, file, list, targets.incidentId);
  const memory = processRssMiB(pids);
  const mixedProblems = [
    ...(mixed.result.errors ? [`${mixed.result.errors} HTTP errors`] : []),
    ...(mixed.writeErrors ? [`${mixed.writeErrors} failed writes`] : []),
  ];
  rows.push({
    name: 'mixed: 50 clients × every endpoint above, 30 s',
    note: `${mixed.writes} writes meanwhile, ${mixed.result.requests} requests`,
    ...mixed.result,
    rawMs: null,
    budgetMs: mixedBudget(n),
    problems: mixedProblems,
  });
  // The same run without the editors' pages: what visitors who are not signed in meet (every
  // reading page and API, the writer still saving once a second). Told beside the full mix so
  // that a miss there shows whether the personal renders or the reading side cause it.
  console.log("Mixed run without the editors' pages (visitors only)…");
  const readers = await measureMixed(
    base,
    file,
    list.filter((e) => !e.headers),
    targets.incidentId,
  );
  rows.push({
    name: 'mixed, visitors only: 50 clients × every reading page and API above, 30 s',
    note: `${readers.writes} writes meanwhile, ${readers.result.requests} requests`,
    ...readers.result,
    rawMs: null,
    budgetMs: mixedBudget(n),
    problems: [
      ...(readers.result.errors ? [`${readers.result.errors} HTTP errors`] : []),
      ...(readers.writeErrors ? [`${readers.writeErrors} failed writes`] : []),
    ],
  });
  const largest = Math.max(...memory);
  const memoryLimit = memoryBudget(n);
  const memoryRow: BenchRow = {
    name: 'server memory after the mixed run (largest process, MiB RSS)',
    note: `each: ${memory.map((m) => m.toFixed(0)).join(', ')} MiB`,
    p50: largest,
    p95: largest,
    p99: largest,
    rps: 0,
    rawMs: null,
    // Not a latency: the figure sits in the latency columns, checked against its own budget.
    budgetMs: memoryLimit,
    unit: 'MiB',
  };

  console.log(`CSV export from ${targets.exportFrom} (~${targets.exportRows} rows)…`);
  const csv = await measureExport(base, file, pids, targets.exportFrom);
  const exportRow: BenchRow = {
    name: '/api/export/incidents.csv (~50,000 rows)',
    note: `from ${targets.exportFrom}: ${csv.lines - 1} rows, ${csv.mib.toFixed(1)} MiB, one request`,
    p50: csv.seconds * 1000,
    p95: csv.seconds * 1000,
    p99: csv.seconds * 1000,
    rps: 1 / csv.seconds,
    rawMs: csv.rawMs,
    budgetMs: null,
  };
  await server.stop();
  server = undefined;

  const extra = [
    `- Server memory after the mixed run: ${memory.map((m) => `${m.toFixed(0)} MiB`).join(' and ')} RSS per serving process (budget ≤ ${memoryLimit ?? '—'} MiB).`,
    `- CSV export: ${csv.seconds.toFixed(2)} s for ${csv.lines - 1} rows; server RSS ${csv.beforeMiB.toFixed(0)} MiB before (all serving processes), peak ${csv.peakMiB.toFixed(0)} MiB during (the largest process) (${csv.resetOk ? 'VmHWM after clear_refs' : 'VmRSS sampled every 50 ms'}).`,
    `- Start-up: each server process computed the default pages' aggregates in ${warmed.map((x) => `${x} s`).join(' and ')} after it started (in the background; WARM_AGGREGATES).`,
    ...options.tools,
  ];
  const load = `${loadBefore.toFixed(2)} → ${(os.loadavg()[0] ?? 0).toFixed(2)}`;
  const all = [...rows, memoryRow, ...afterWrite, ...newFilters, exportRow];
  const table = renderTable(all, { incidents: n, duration, extra, load });
  writeFileSync(path.join(DIR, `latest-${n}.md`), table);
  console.log(`\n${table}\nWritten to ${path.join(DIR, `latest-${n}.md`)}`);
  const worst = (label: string, group: BenchRow[]): BenchRow => {
    const slowest = group.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    return { ...slowest, name: label, note: undefined, bytes: undefined, problems: [] };
  };
  return {
    incidents: n,
    rows: [
      ...rows,
      memoryRow,
      worst('after a write: the slowest endpoint', afterWrite),
      worst('new filter set: the slowest endpoint', newFilters),
      { ...exportRow, note: undefined },
    ],
  };
}

async function main(): Promise<void> {
  const list = sizes();
  const duration = option('duration', list.length > 1 ? 3 : 10);
  const port = option('port', 3400);
  mkdirSync(DIR, { recursive: true });

  const tools: string[] = [];
  if (!process.argv.includes('--skip-tools')) {
    console.log('Reader and ingest benchmarks (before any server starts, so they have the CPU)…');
    const reader = readerPerSecond();
    const ingest = ingestSeconds(1000);
    tools.push(
      `- Reader: ${reader.perSecond} reports/s (target ≥ 500: ${reader.perSecond >= 500 ? 'pass' : '**FAIL**'}).`,
      `- Ingest: 1,000 reports in ${ingest.seconds.toFixed(2)} s (${ingest.perSecond} reports/s).`,
    );
  }
  const results: SizeResult[] = [];
  for (const n of list) results.push(await runSize(n, { duration, port, tools }));
  if (results.length > 1) {
    const table = [
      `Every size side by side: p95 in ms (one client, rendered: not answered from the page cache; the mixed run: 50 clients, as they come), · KB sent (compressed as a browser accepts it). Machine: ${os.cpus().length} cores, ${process.version}. Each size's full table: tests/.tmp/bench/latest-<n>.md.`,
      '',
      renderSizes(results),
      ...tools,
    ].join('\n');
    writeFileSync(path.join(DIR, 'latest.md'), table);
    console.log(`\n${table}\nWritten to ${path.join(DIR, 'latest.md')}`);
  }
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
