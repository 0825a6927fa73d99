/**
 * The app's read functions, called directly (no HTTP, no page cache) on one store, each timed
 * cold and then over a number of runs. Where the app keeps a cached wrapper next to the query
 * (cachedRead, cachedByMonth, the map's `cache` option), the underlying function is called; where
 * the cache sits inside the function (the incident count and the early-warning report read month
 * by month through cachedByMonth), the in-process caches are emptied before every run. So each run
 * does the SQL work of a first request after start-up, counter reads included.
 */
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Db } from '../db';
import { surgeReport } from '../early-warning/queries';
import { exportIncidents } from '../export/batches';
import type { IncidentFilters } from '../incidents/filters';
import { listIncidents } from '../incidents/list-incidents';
import { countIncidentsIn } from '../incidents/queries';
import { queryMapData, selectPlaces } from '../map/queries';
import type { MapView } from '../map/types';
import { queryWeekSpan } from '../map/week-span';
import { casualtiesByDepartment, casualtiesByMonth, casualtiesBySide } from '../stats/casualties';
import { incidentCountsByPeriod } from '../stats/overview';
import { casualtyTotalParts } from '../stats/totals';
import { type ReadResult, type ReadTiming, type StoreName, summarise } from './reads-report';
import { findTargets } from './targets';

/** What the reads ask for, found once in the SQLite store so that both stores get the same. */
export interface ReadTargets {
  /** The last incident's day: "today" for the overview and the early-warning report. */
  asOf: string;
  /** A cursor 90% deep into the timeline (lib/bench/targets.ts). */
  deepCursor: string;
  /** The commune with the most incidents placed in it. */
  commune: string;
  /** The calendar month before asOf's. */
  month: { from: string; to: string };
  word: string;
  actor: string;
}

export function findReadTargets(file: string): ReadTargets {
  const sql = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const last = sql
      .prepare(`SELECT substr(max(date), 1, 10) AS day FROM Incident WHERE deletedAt IS NULL`)
      .get() as { day: string };
    const commune = sql
      .prepare(
        `SELECT l.key FROM Incident i JOIN Location l ON l.id = i.locationId
         WHERE l.kind = 'commune' GROUP BY l.key ORDER BY count(*) DESC, l.key LIMIT 1`,
      )
      .get() as { key: string } | undefined;
    const [y, m] = last.day.split('-').map(Number) as [number, number];
    const from = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
    const to = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
    return {
      asOf: last.day,
      deepCursor: findTargets(file).deepCursor,
      commune: commune?.key ?? 'port-au-prince',
      month: { from, to },
      word: 'kenscoff',
      actor: 'viv-ansanm',
    };
  } finally {
    sql.close();
  }
}

const HAITI: MapView = { bbox: [-74.6, 17.9, -71.6, 20.2], zoom: 8 };
const PAGE = 50;

export interface ReadSpec {
  name: string;
  /** Runs the read; returns what it answered, briefly ("50 rows", "1,234"). */
  run(db: Db): Promise<string>;
}

const rows = (n: number) => `${n.toLocaleString('en-US')} rows`;
const count = (n: number) => n.toLocaleString('en-US');

async function page(db: Db, filters: IncidentFilters, cursor?: string): Promise<string> {
  return rows((await listIncidents(filters, { limit: PAGE, cursor }, db)).items.length);
}

async function map(db: Db, filters: IncidentFilters): Promise<string> {
  const answer = await queryMapData(db, { filters, view: HAITI, cache: false });
  return `${count(answer.total)} incidents: ${answer.points.length} points, ${answer.clusters.length} clusters`;
}

/** The reads, in the order of the table. */
export function readSpecs(t: ReadTargets): ReadSpec[] {
  const place = { place: t.commune };
  const word = { q: t.word };
  const actor = { actor: [t.actor] };
  return [
    {
      name: 'overview: counts for 7/30/365 days',
      run: async (db) => rows((await incidentCountsByPeriod(db, t.asOf, [7, 30, 365])).length),
    },
    { name: 'casualties by month', run: async (db) => rows((await casualtiesByMonth(db, {})).length) },
    { name: 'casualties by side', run: async (db) => rows((await casualtiesBySide(db, {})).length) },
    {
      name: 'casualties by department',
      run: async (db) => rows((await casualtiesByDepartment(db, {})).length),
    },
    { name: 'casualty totals', run: async (db) => rows((await casualtyTotalParts(db, {})).length) },
    { name: `timeline: first page (${PAGE})`, run: (db) => page(db, {}) },
    { name: 'timeline: page 90% deep', run: (db) => page(db, {}, t.deepCursor) },
    { name: 'incident count (month by month)', run: async (db) => count(await countIncidentsIn(db, {})) },
    { name: 'map places: whole country', run: async (db) => rows((await selectPlaces(db, {})).length) },
    { name: 'map answer: whole country', run: (db) => map(db, {}) },
    { name: `map places: ${t.commune}`, run: async (db) => rows((await selectPlaces(db, place)).length) },
    { name: `map answer: ${t.commune}`, run: (db) => map(db, place) },
    {
      name: 'week span',
      run: async (db) => {
        const span = await queryWeekSpan(db, {});
        return span ? `${span.first} – ${span.last}` : 'none';
      },
    },
    {
      name: `early-warning report (as of ${t.asOf})`,
      run: async (db) => `${(await surgeReport(db, { asOf: t.asOf, filters: {} })).signals.length} signals`,
    },
    { name: `search "${t.word}": timeline page`, run: (db) => page(db, word) },
    { name: `search "${t.word}": count`, run: async (db) => count(await countIncidentsIn(db, word)) },
    { name: `actor ${t.actor}: timeline page`, run: (db) => page(db, actor) },
    { name: `actor ${t.actor}: count`, run: async (db) => count(await countIncidentsIn(db, actor)) },
    { name: `one month (${t.month.from.slice(0, 7)}): timeline page`, run: (db) => page(db, t.month) },
    { name: 'one month: count', run: async (db) => count(await countIncidentsIn(db, t.month)) },
    {
      name: 'one month: casualties by side',
      run: async (db) => rows((await casualtiesBySide(db, t.month)).length),
    },
    {
      name: 'export: first batch',
      run: async (db) => {
        const batches = exportIncidents({}, db);
        const first = await batches.next();
        await batches.return(undefined);
        return rows(first.done ? 0 : first.value.length);
      },
    },
  ];
}

/** The version, month and cube caches of lib/aggregates, emptied for one client. */
export function clearReadCaches(db: Db): void {
  const caches = globalThis as unknown as Record<string, WeakMap<Db, unknown> | undefined>;
  for (const name of ['haitiReadCaches', 'haitiMonthCaches', 'haitiMonthCubes']) caches[name]?.delete(db);
}

async function timed(db: Db, spec: ReadSpec): Promise<{ ms: number; answer: string }> {
  clearReadCaches(db);
  const started = performance.now();
  const answer = await spec.run(db);
  return { ms: performance.now() - started, answer };
}

/**
 * Every read on one store: its cold run then `runs` more, one read after the other. Adds the
 * timings to `results` (made on the first store; a later store must give the same answers).
 */
export async function timeReads(
  store: StoreName,
  db: Db,
  specs: readonly ReadSpec[],
  runs: number,
  results: ReadResult[],
  log: (line: string) => void = () => undefined,
): Promise<void> {
  for (const [i, spec] of specs.entries()) {
    const cold = await timed(db, spec);
    const samples: number[] = [];
    for (let r = 0; r < runs; r++) samples.push((await timed(db, spec)).ms);
    const timing: ReadTiming = summarise(cold.ms, samples);
    const result = results[i] ?? { name: spec.name, size: cold.answer, timings: {} };
    if (result.size !== cold.answer) result.size = `${result.size} (${store}: ${cold.answer}!)`;
    result.timings[store] = timing;
    results[i] = result;
    log(
      `  ${store} ${spec.name}: cold ${timing.coldMs.toFixed(1)}, p50 ${timing.p50.toFixed(1)}, p95 ${timing.p95.toFixed(1)} ms (${cold.answer})`,
    );
  }
}
