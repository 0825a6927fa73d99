/**
 * Sample data for a fresh install: the gazetteer, and the five reports the product was
 * conceived from (prisma/seed/reports), read by the reader like any ingested report. Safe to run
 * on every start: places are added only when missing, and the sample reports only when asked
 * (`npm start` asks only for a store it has just created) and only into a store that has no
 * report at all — a store whose reports were deliberately removed does not get them back.
 */
import path from 'node:path';
import type { Db } from '../lib/db';
import { loadGazetteer } from '../lib/ingest/gazetteer';
import { ingestReport } from '../lib/ingest/ingest-report';
import { listReportFiles, readReportFile } from '../lib/ingest/report-files';
import { GAZETTEER } from '../lib/locations/gazetteer';
import { installGazetteer } from '../lib/locations/mutations';
import type { Sql } from '../lib/store/sql';

export const SAMPLE_REPORTS_DIR = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  'seed',
  'reports',
);

export interface SeedResult {
  placesAdded: number;
  reportsAdded: number;
}

export interface SeedOptions {
  /** Load the sample reports (default true); the gazetteer is installed either way. */
  sampleReports?: boolean;
  reportsDir?: string;
}

export async function seedDatabase(db: Db, sql: Sql, options: SeedOptions = {}): Promise<SeedResult> {
  const { sampleReports = true, reportsDir = SAMPLE_REPORTS_DIR } = options;
  const placesAdded = await installGazetteer(db, GAZETTEER);
  if (!sampleReports || (await db.report.count()) > 0) return { placesAdded, reportsAdded: 0 };

  const gazetteer = await loadGazetteer(sql);
  let reportsAdded = 0;
  for (const file of (await listReportFiles([reportsDir])).files) {
    const read = await readReportFile(file);
    if (!read.ok) throw new Error(`Sample report ${path.basename(file)} ${read.reason}`);
    if ((await ingestReport(sql, read.input, { gazetteer })).created) reportsAdded++;
  }
  return { placesAdded, reportsAdded };
}
