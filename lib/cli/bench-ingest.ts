/**
 * npm run bench:ingest [-- --n 1000]
 * Ingests N distinct reports (variants of the five samples: other dates, places and figures, so
 * each is new text and the matcher has real work) into a fresh database, through the same path
 * as `npm run ingest`, and prints the time taken. A benchmark, not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations } from '../../prisma/engine';
import { SAMPLE_REPORTS_DIR } from '../../prisma/seed';
import { createDb } from '../db';
import { MONTH_NAMES } from '../extract/calendar';
import { loadGazetteer } from '../ingest/gazetteer';
import { ingestReport } from '../ingest/ingest-report';
import { listReportFiles, readReportFile } from '../ingest/report-files';
import { GAZETTEER } from '../locations/gazetteer';
import { installGazetteer } from '../locations/mutations';
import type { ValidReportInput } from '../reports/schema';
import { openStoreSql } from '../store/store-sql';

const PLACES = [
  'Pont-Sondé',
  'Tabarre',
  'Cité Soleil',
  'Delmas',
  'Carrefour',
  'Gonaïves',
  'Saint-Marc',
  'Liancourt',
  'Croix-des-Bouquets',
  'Kenscoff',
];
function variant(input: ValidReportInput, i: number): ValidReportInput {
  const place = PLACES[i % PLACES.length] as string;
  const month = MONTH_NAMES[i % 12] as string;
  const year = 2024 + (Math.floor(i / 12) % 2);
  const text = input.text
    .replace(/Pont[- ]Sond[ée]|Tabarre|Petionville|Ségur-Savien|Segur-Savien/g, place)
    .replace(/February|March|August/g, month)
    .replace(/2025/g, String(year))
    .concat(`\n(Variant ${i}.)`);
  const publishedAt = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  return { ...input, text, publishedAt };
}

async function main(): Promise<void> {
  const nArg = process.argv.indexOf('--n');
  const n = nArg > 0 ? Number(process.argv[nArg + 1]) : 1000;
  if (!Number.isInteger(n) || n < 1) throw new Error('--n must be a positive whole number');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'haiti-bench-'));
  const file = path.join(dir, 'bench.db');
  try {
    await applyMigrations(file);
    const db = createDb(`file:${file}`);
    await installGazetteer(db, GAZETTEER);
    await db.$disconnect();
    const samples: ValidReportInput[] = [];
    for (const f of (await listReportFiles([SAMPLE_REPORTS_DIR])).files) {
      const read = await readReportFile(f);
      if (read.ok) samples.push(read.input);
    }
    const inputs = Array.from({ length: n }, (_, i) =>
      variant(samples[i % samples.length] as ValidReportInput, i),
    );
    const sql = await openStoreSql(`file:${file}`);
    const gazetteer = await loadGazetteer(sql);
    const started = performance.now();
    let incidents = 0;
    for (const input of inputs) incidents += (await ingestReport(sql, input, { gazetteer })).incidents.length;
    const seconds = (performance.now() - started) / 1000;
    const stored = await sql.get(
      'SELECT (SELECT count(*) FROM "Report") AS "reports", (SELECT count(*) FROM "Incident") AS "incidents"',
    );
    await sql.close();
    console.log(
      `Ingested ${n} reports in ${seconds.toFixed(2)} s (${(n / seconds).toFixed(0)} reports/s, ` +
        `${((seconds * 1000) / n).toFixed(2)} ms each); ${incidents} drafted incidents; store: ${JSON.stringify(stored)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
