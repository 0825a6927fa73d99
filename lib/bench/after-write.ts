/**
 * First requests, which no cache has answered yet: after a write that changes what a cached
 * aggregate reads (the cost an analyst pays right after an editor saves: each sample changes the
 * type of one recent incident, a "data" change to its month, then times one request), and for a
 * filter set nobody has asked for since the server started.
 */
import type { Sql } from '../store/sql';
import { openStoreSql } from '../store/store-sql';
import type { Endpoint } from './endpoints';
import { warmUp } from './http';
import type { BenchRow } from './report';

/** Flips the incident's type between two values, as one editor's save would. */
export function typeFlipper(sql: Sql, incidentId: number): () => Promise<void> {
  return () =>
    sql.transaction(
      async (tx) => {
        const row = await tx.get<{ type: string }>('SELECT "type" FROM "Incident" WHERE "id" = ?', [
          incidentId,
        ]);
        await tx.run(
          'UPDATE "Incident" SET "type" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?',
          [
            row?.type === 'gunfire' ? 'attack' : 'gunfire',
            new Date().toISOString().replace('Z', '+00:00'),
            incidentId,
          ],
        );
      },
      { lockKeys: [`incident:${incidentId}`] },
    );
}

async function timeOnce(base: string, path: string, headers?: Record<string, string>): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}${path}`, { headers: { connection: 'close', ...headers } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return performance.now() - started;
}

function firstRequestRow(name: string, note: string, times: number[]): BenchRow {
  times.sort((a, b) => a - b);
  const max = times[times.length - 1] ?? Number.NaN;
  return {
    name,
    note,
    p50: times[Math.floor((times.length - 1) / 2)] ?? Number.NaN,
    p95: max,
    p99: max,
    rps: (times.length * 1000) / times.reduce((a, b) => a + b, 0),
    rawMs: null,
    budgetMs: 1000,
  };
}

/** Type × place combinations, each asked once: keys no cache holds. */
const NEW_FILTERS = [
  'type=gunfire&place=artibonite',
  'type=attack&place=delmas',
  'type=kidnapping&place=ouest',
  'type=armed_clash&place=saint-marc',
  'type=killing&place=port-au-prince',
  'type=ambush&place=cite-soleil',
];

/** For each endpoint that takes filters, six requests, each with a filter set not asked before. */
export async function measureNewFilters(base: string, list: readonly Endpoint[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const e of list.filter((e) => e.takesFilters)) {
    await warmUp(base, [e], 2);
    const times: number[] = [];
    for (const filter of NEW_FILTERS)
      times.push(await timeOnce(base, `${e.path}${e.path.includes('?') ? '&' : '?'}${filter}`, e.headers));
    rows.push(
      firstRequestRow(
        `new filters: ${e.name}`,
        `${times.length} type × place sets, each asked once; p95 and p99 = the slowest`,
        times,
      ),
    );
  }
  return rows;
}

/** `url`: the store the app serves from (its DATABASE_URL); the writes go through the app's Sql. */
export async function measureAfterWrite(
  base: string,
  url: string,
  list: readonly Endpoint[],
  incidentId: number,
  samples = 6,
): Promise<BenchRow[]> {
  const sql = await openStoreSql(url);
  const flip = typeFlipper(sql, incidentId);
  const rows: BenchRow[] = [];
  try {
    for (const e of list) {
      await warmUp(base, [e], 2);
      const times: number[] = [];
      for (let i = 0; i < samples; i++) {
        await flip();
        times.push(await timeOnce(base, e.path, e.headers));
      }
      rows.push(
        firstRequestRow(
          `after a write: ${e.name}`,
          `${samples} writes, each followed by one request; p95 and p99 = the slowest`,
          times,
        ),
      );
    }
  } finally {
    await sql.close();
  }
  return rows;
}
