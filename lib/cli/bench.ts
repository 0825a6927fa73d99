/**
 * npm run bench [-- --n 100000 | --sizes 1000,5000,20000,100000,1000000] [--duration 10]
 *               [--port 3400] [--store sqlite|postgres|both] [--postgres-url URL] [--reuse]
 *               [--skip-tools]
 * For each size: generates a synthetic store (tests/.tmp/bench/), builds and starts the app
 * against it, measures every page and API with one client (latency, bytes sent and unpacked),
 * the first request after a write and for a new filter set, 50 clients over everything with a
 * writer (and again without the editors' pages), server memory after that run, and a ~50,000-row
 * CSV export; then stops the server.
 * --store postgres copies the generated store into PostgreSQL (lib/bench/bench-store.ts: a
 * throwaway server, or the empty database --postgres-url names) and runs exactly the same
 * measurements with the app's DATABASE_URL set to it; `both` runs SQLite, then PostgreSQL (never
 * both at once) and puts them side by side.
 * The reader and ingest are measured once, before any server runs. Each size's table goes to
 * tests/.tmp/bench/latest-<n>.md (latest-<n>-postgres.md on PostgreSQL; latest-<n>-stores.md the
 * two side by side), and every size side by side to tests/.tmp/bench/latest.md.
 * A script, not a test: budgets are reported, never asserted. The server and the throwaway
 * PostgreSQL are always stopped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureAfterWrite, measureNewFilters } from '../bench/after-write';
import { type BenchStore, openBenchStore } from '../bench/bench-store';
import { benchSecret, editorCookie } from '../bench/editor-session';
import { endpoints } from '../bench/endpoints';
import { generateStore } from '../bench/generate';
import { measureEndpoint, measureExport, measureMixed } from '../bench/measure';
import { BENCH_USAGE, type BenchOptions, BenchUsageError, parseBenchOptions } from '../bench/options';
import { STORE_LABEL } from '../bench/reads-report';
import {
  type BenchRow,
  machine,
  renderSizes,
  renderStores,
  renderTable,
  type SizeResult,
} from '../bench/report';
import {
  type AppServer,
  processRssMiB,
  servingPids,
  startApp,
  waitForApp,
  waitForWarm,
} from '../bench/server';
import { type BenchTargets, findTargets } from '../bench/targets';
import { ingestSeconds, readerPerSecond } from '../bench/tools';

/** The mixed run's p95 budget: 300 ms up to 20,000 incidents, 500 ms at 100,000; none above. */
const mixedBudget = (n: number) => (n <= 20_000 ? 300 : n <= 100_000 ? 500 : null);
/** Server memory after the mixed run, per process: ≤ 300 MB up to 100,000 incidents. */
const memoryBudget = (n: number) => (n <= 100_000 ? 300 : null);

const DIR = path.join(process.cwd(), 'tests', '.tmp', 'bench');
let server: AppServer | undefined;
let store: BenchStore | undefined;

async function prepareStore(n: number, reuse: boolean): Promise<string> {
  const file = path.join(DIR, `bench-${n}.db`);
  const stamp = `${file}.done`;
  if (reuse && existsSync(stamp)) {
    console.log(`Reusing ${file}: ${readFileSync(stamp, 'utf8')}`);
  } else {
    console.log(`Generating ${n.toLocaleString('en')} incidents into ${file}…`);
    const counts = await generateStore(file, n, console.log);
    writeFileSync(stamp, JSON.stringify(counts));
    console.log(`Generated in ${counts.seconds.toFixed(1)} s: ${JSON.stringify(counts)}`);
  }
  return file;
}

/**
 * One size on one store. `targets` come from the generated SQLite file, which the PostgreSQL
 * store is a copy of (the same ids and dates).
 */
async function runStore(
  n: number,
  targets: BenchTargets,
  bench: BenchStore,
  options: { duration: number; port: number; tools: string[] },
): Promise<SizeResult> {
  const { duration, port } = options;
  const { url, rawFile } = bench;
  const secret = benchSecret();

  console.log(`Serving from ${bench.label}.`);
  server = startApp({ url, port, secret });
  await waitForApp(server, 20 * 60_000);
  // After start-up: the store is migrated by then, and no connection of ours holds it meanwhile.
  const cookie = await editorCookie(url, secret);
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
    const row = await measureEndpoint(base, rawFile, e, duration);
    const size = row.bytes ? `, ${(row.bytes.wire / 1024).toFixed(1)} KB sent` : '';
    console.log(`  ${e.name}: p50 ${row.p50} p95 ${row.p95} ms${size}`);
    rows.push(row);
  }

  console.log('First request after a write, for each endpoint…');
  const afterWrite = await measureAfterWrite(base, url, list, targets.incidentId);
  console.log('First request for a filter set not asked before, for each endpoint that takes filters…');
  const newFilters = await measureNewFilters(base, list);

  console.log('Mixed run: 50 clients for 30 s over every endpoint, one writer once a second…');
  const mixed = await measureMixed(base, url, list, targets.incidentId);
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
    url,
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
  const csv = await measureExport(base, rawFile, pids, targets.exportFrom);
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
    ...(bench.name === 'postgres'
      ? [
          "- PostgreSQL's own processes (on the same machine) are not in the memory figures: those are the app's server processes only.",
        ]
      : []),
    ...options.tools,
  ];
  const load = `${loadBefore.toFixed(2)} → ${(os.loadavg()[0] ?? 0).toFixed(2)}`;
  const all = [...rows, memoryRow, ...afterWrite, ...newFilters, exportRow];
  const table = renderTable(all, {
    incidents: n,
    duration,
    extra,
    load,
    store: { name: bench.name, label: bench.label },
  });
  const out = path.join(DIR, `latest-${n}${bench.name === 'postgres' ? '-postgres' : ''}.md`);
  writeFileSync(out, table);
  console.log(`\n${table}\nWritten to ${out}`);
  const worst = (label: string, group: BenchRow[]): BenchRow => {
    const slowest = group.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    return { ...slowest, name: label, note: undefined, bytes: undefined, problems: [] };
  };
  return {
    incidents: n,
    store: bench.name,
    rows: [
      ...rows,
      memoryRow,
      worst('after a write: the slowest endpoint', afterWrite),
      worst('new filter set: the slowest endpoint', newFilters),
      { ...exportRow, note: undefined },
    ],
  };
}

/** One size on each store asked for, in turn; each store is stopped before the next is made. */
async function runSize(n: number, options: BenchOptions, tools: string[]): Promise<SizeResult[]> {
  const file = await prepareStore(n, options.reuse);
  const targets = findTargets(file);
  const results: SizeResult[] = [];
  const loads: string[] = [];
  for (const name of options.stores) {
    loads.push(`${STORE_LABEL[name]} ${(os.loadavg()[0] ?? 0).toFixed(2)}`);
    store = await openBenchStore(name, file, options);
    try {
      results.push(await runStore(n, targets, store, { ...options, tools }));
    } finally {
      await server?.stop();
      server = undefined;
      store.stop();
      store = undefined;
    }
  }
  const [sqlite, postgres] = results;
  if (sqlite && postgres) {
    const table = [
      `${n.toLocaleString('en')} incidents on SQLite and on PostgreSQL, one after the other: p50 and p95 in ms (one client, rendered; the mixed runs: 50 clients; memory: MiB), KB sent (compressed as a browser accepts it). Machine: ${machine()}. Load average (1 min) before each: ${loads.join(', ')}. Each store's full table: tests/.tmp/bench/latest-${n}.md and latest-${n}-postgres.md.`,
      '',
      renderStores(sqlite, postgres),
      ...tools,
    ].join('\n');
    const out = path.join(DIR, `latest-${n}-stores.md`);
    writeFileSync(out, table);
    console.log(`\n${table}\nWritten to ${out}`);
  }
  return results;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(BENCH_USAGE);
    return;
  }
  const options = parseBenchOptions(argv);
  mkdirSync(DIR, { recursive: true });

  const tools: string[] = [];
  if (!options.skipTools) {
    console.log('Reader and ingest benchmarks (before any server starts, so they have the CPU)…');
    const reader = readerPerSecond();
    const ingest = ingestSeconds(1000);
    tools.push(
      `- Reader: ${reader.perSecond} reports/s (target ≥ 500: ${reader.perSecond >= 500 ? 'pass' : '**FAIL**'}).`,
      `- Ingest: 1,000 reports in ${ingest.seconds.toFixed(2)} s (${ingest.perSecond} reports/s).`,
    );
  }
  const results: SizeResult[] = [];
  for (const n of options.sizes) results.push(...(await runSize(n, options, tools)));
  if (options.sizes.length > 1) {
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

async function stopAll(): Promise<void> {
  await server?.stop();
  server = undefined;
  store?.stop();
  store = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void stopAll().then(() => process.exit(130));
  });
}

main()
  .catch((error: unknown) => {
    if (error instanceof BenchUsageError) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stopAll();
    process.exit();
  });
