/** The HTTP side: one endpoint at a time, the 50-client mixed run with a writer, the CSV export. */
import { refreshSearchText } from '../incidents/search-text';
import { openStoreSql } from '../store/store-sql';
import { typeFlipper } from './after-write';
import type { Endpoint } from './endpoints';
import { answerBytes, getJson, type LoadResult, load, type Request, warmUp } from './http';
import { exportSql, timeRaw } from './raw-floor';
import { type BenchRow, kb } from './report';
import { memoryMiB, resetPeak } from './server';

/** `rawFile`: the SQLite file the raw floor reads (better-sqlite3); null on PostgreSQL, which has none. */
export async function measureEndpoint(
  base: string,
  rawFile: string | null,
  e: Endpoint,
  duration: number,
): Promise<BenchRow> {
  await warmUp(base, [e]);
  const problems: string[] = [];
  let features: number | undefined;
  if (e.maxFeatures) {
    const map = await getJson<{ points: unknown[]; clusters: unknown[]; mode: string }>(`${base}${e.path}`);
    features = map.points.length + map.clusters.length;
    if (features > e.maxFeatures) problems.push(`${features} features > ${e.maxFeatures}`);
  }
  const bytes = await answerBytes(base, e);
  if (e.maxWireBytes && bytes.wire > e.maxWireBytes)
    problems.push(`${kb(bytes.wire)} KB sent > ${kb(e.maxWireBytes)} KB`);
  if (e.maxRawBytes && bytes.raw > e.maxRawBytes)
    problems.push(`${kb(bytes.raw)} KB > ${kb(e.maxRawBytes)} KB`);
  // The budget is on rendering: these requests carry a cookie, which the page cache never answers
  // (lib/http/page-cache.ts). Anonymous repeats, answered from that cache, are measured after.
  const rendered: Request = { path: e.path, headers: { cookie: 'bench=render', ...e.headers } };
  const r = await load({ base, requests: [rendered], connections: 1, duration });
  if (r.errors) problems.push(`${r.errors} errors`);
  const cached = e.headers?.cookie ? null : await load({ base, requests: [e], connections: 1, duration });
  if (cached?.errors) problems.push(`${cached.errors} errors from the cache`);
  const rawMs = e.raw && rawFile ? await timeRaw(rawFile, e.raw) : null;
  return {
    name: e.name,
    ...r,
    rawMs,
    budgetMs: e.budgetMs,
    ratioBudget: e.ratioBudget,
    problems,
    bytes: { raw: bytes.raw, wire: bytes.wire },
    features,
    cachedP95: cached?.p95,
  };
}

/**
 * 50 clients cycling through every endpoint while an editor saves once a second: a title change
 * (moves the text counters) and a type change (moves its month's data: every chart, count and
 * map sum recomputes that month) in turn. The writer saves into the store at `url` (the app's
 * DATABASE_URL) through the app's Sql interface.
 */
export async function measureMixed(
  base: string,
  url: string,
  requests: readonly Request[],
  incidentId: number,
): Promise<{ result: LoadResult; writes: number; writeErrors: number }> {
  const sql = await openStoreSql(url);
  const flipType = typeFlipper(sql, incidentId);
  let writes = 0;
  let writeErrors = 0;
  let writing: Promise<void> = Promise.resolve();
  const write = async () => {
    try {
      if (writes % 2) await flipType();
      else {
        const title = `Gunfire in Delmas (edit ${writes})`;
        await sql.transaction(
          async (tx) => {
            await tx.run(
              'UPDATE "Incident" SET "title" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?',
              [title, new Date().toISOString().replace('Z', '+00:00'), incidentId],
            );
            await refreshSearchText(tx, [incidentId]);
          },
          { lockKeys: [`incident:${incidentId}`] },
        );
      }
      writes++;
    } catch (error) {
      writeErrors++;
      console.error('writer:', error);
    }
  };
  // One write a second, never two at once (a slow one delays the next).
  const timer = setInterval(() => {
    writing = writing.then(write);
  }, 1000);
  try {
    const result = await load({ base, requests, connections: 50, duration: 30 });
    return { result, writes, writeErrors };
  } finally {
    clearInterval(timer);
    await writing;
    await sql.close();
  }
}

/**
 * Streams the CSV export of ~50,000 rows; peak RSS of the server read from /proc during it. The
 * raw floor reads `rawFile` (SQLite only; null: none).
 */
export async function measureExport(
  base: string,
  rawFile: string | null,
  serverPids: number[],
  from: string,
): Promise<{
  seconds: number;
  lines: number;
  mib: number;
  peakMiB: number;
  beforeMiB: number;
  resetOk: boolean;
  rawMs: number | null;
}> {
  const beforeMiB = memoryMiB(serverPids).rss;
  const resetOk = resetPeak(serverPids);
  let sampled = beforeMiB;
  const poll = setInterval(() => {
    sampled = Math.max(sampled, memoryMiB(serverPids).rss);
  }, 50);
  const started = performance.now();
  const res = await fetch(`${base}/api/export/incidents.csv?from=${from}`);
  if (!res.ok || !res.body) throw new Error(`CSV export answered ${res.status}`);
  let lines = 0;
  let bytes = 0;
  const reader = res.body.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.length;
    for (const b of r.value) if (b === 10) lines++;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(poll);
  const hwm = memoryMiB(serverPids).peak;
  const rawMs = rawFile ? await timeRaw(rawFile, (s) => exportSql(s, { from })) : null;
  return {
    seconds,
    lines,
    mib: bytes / 2 ** 20,
    peakMiB: resetOk ? hwm : sampled,
    beforeMiB,
    resetOk,
    rawMs,
  };
}
