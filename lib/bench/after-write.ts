/**
 * The first request after a write that changes what a cached aggregate reads: the cost an
 * analyst pays right after an editor saves. Each sample changes the type of one recent incident
 * (a "data" change to its month, as an editor's correction is), then times one request.
 */
import type { SqlConnection } from '../store/write-connection';
import { openSqlConnection, writeTransaction } from '../store/write-connection';
import type { Endpoint } from './endpoints';
import { warmUp } from './http';
import type { BenchRow } from './report';

/** Flips the incident's type between two values, as one editor's save would. */
export function typeFlipper(sql: SqlConnection, incidentId: number): () => void {
  const read = sql.prepare('SELECT type FROM Incident WHERE id = ?');
  const update = sql.prepare(
    'UPDATE Incident SET type = ?, version = version + 1, updatedAt = ? WHERE id = ?',
  );
  return () =>
    writeTransaction(sql, () => {
      const { type } = read.get(incidentId) as { type: string };
      update.run(
        type === 'gunfire' ? 'attack' : 'gunfire',
        new Date().toISOString().replace('Z', '+00:00'),
        incidentId,
      );
    });
}

export async function measureAfterWrite(
  base: string,
  file: string,
  list: readonly Endpoint[],
  incidentId: number,
  samples = 6,
): Promise<BenchRow[]> {
  const flip = typeFlipper(openSqlConnection(file), incidentId);
  const rows: BenchRow[] = [];
  for (const e of list) {
    await warmUp(base, [e.path], 2);
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      flip();
      const started = performance.now();
      const res = await fetch(`${base}${e.path}`, { headers: { connection: 'close' } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${e.path} answered ${res.status}`);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const max = times[times.length - 1] ?? Number.NaN;
    rows.push({
      name: `after a write: ${e.name}`,
      note: `${samples} writes, each followed by one request; p95 and p99 = the slowest`,
      p50: times[Math.floor((times.length - 1) / 2)] ?? Number.NaN,
      p95: max,
      p99: max,
      rps: (samples * 1000) / times.reduce((a, b) => a + b, 0),
      rawMs: null,
      budgetMs: 1000,
    });
  }
  return rows;
}
