/**
 * Sample data for a fresh install: the gazetteer, and the five reports the product was
 * conceived from (prisma/seed/reports). Safe to run on every start: places are added only when
 * missing, and the sample reports only into a store that has no report at all — a store whose
 * reports were deliberately removed does not get them back.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../lib/db';
import { GAZETTEER } from '../lib/locations/gazetteer';
import { installGazetteer } from '../lib/locations/mutations';
import { storeReport } from '../lib/reports/mutations';
import { parseReportFile } from '../lib/reports/report-file';
import { reportInputSchema } from '../lib/reports/schema';

export const SAMPLE_REPORTS_DIR = path.join(
  path.dirname(new URL(import.meta.url).pathname),
  'seed',
  'reports',
);

export interface SeedResult {
  placesAdded: number;
  reportsAdded: number;
}

export async function seedDatabase(db: Db, reportsDir = SAMPLE_REPORTS_DIR): Promise<SeedResult> {
  const placesAdded = await installGazetteer(db, GAZETTEER);
  if ((await db.report.count()) > 0) return { placesAdded, reportsAdded: 0 };

  let reportsAdded = 0;
  const files = (await readdir(reportsDir)).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const parsed = parseReportFile(await readFile(path.join(reportsDir, file), 'utf8'));
    const input = reportInputSchema.parse({
      title: parsed.title,
      outlet: parsed.outlet,
      url: parsed.url,
      publishedAt: parsed.publishedAt,
      text: parsed.body,
    });
    if ((await storeReport(db, input)).created) reportsAdded++;
  }
  return { placesAdded, reportsAdded };
}
