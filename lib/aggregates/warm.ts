/**
 * Computes the aggregates the default pages show (charts, home page, map, timeline count) once,
 * when a server process starts, so that the first analyst after a restart does not pay for the
 * whole store (seconds at a million incidents). Afterwards writes recompute only the months they
 * touch (month-partitions.ts). Runs in the background; a failure is logged, never fatal.
 */
import type { Db } from '../db';
import { surgeReport } from '../early-warning/queries';
import { countIncidentsIn } from '../incidents/queries';
import { queryMapData } from '../map/queries';
import { INITIAL_VIEW } from '../map/views';
import { cachedStats } from './cached-stats';

export async function warmAggregates(db: Db, log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  try {
    await countIncidentsIn(db, {});
    await cachedStats.casualtiesByMonth(db, {});
    await cachedStats.casualtiesBySide(db, {});
    await cachedStats.casualtiesByDepartment(db, {});
    await cachedStats.casualtyTotals(db, {});
    await cachedStats.casualtyTotals(db, { affiliation: 'mss' });
    await cachedStats.casualtiesByMonth(db, { affiliation: 'mss' });
    await queryMapData(db, { filters: {}, view: INITIAL_VIEW });
    // The overview's early-warning panel and /early-warning, as of today (1–3 s cold at a million).
    await surgeReport(db, { asOf: new Date().toISOString().slice(0, 10), filters: {} });
    log(
      `Aggregates ready in ${((performance.now() - started) / 1000).toFixed(1)} s (process ${process.pid}).`,
    );
  } catch (error) {
    log(
      `Aggregates not warmed (computed on first use instead): ${error instanceof Error ? error.message : error}`,
    );
  }
}
