/**
 * npm run ingest -- <files or folders>
 * Stores news reports through the reader, the same path the editor's form takes. The same
 * text twice changes nothing; unreadable or empty files are reported and skipped.
 * Exit code: 0 when every file was stored or already there, 1 when some were skipped, 2 on
 * bad usage.
 */
import path from 'node:path';
import { createDb } from '../db';
import { settings } from '../env';
import { loadGazetteer } from '../ingest/gazetteer';
import { ingestReport } from '../ingest/ingest-report';
import { listReportFiles, readReportFile } from '../ingest/report-files';
import { GAZETTEER } from '../locations/gazetteer';
import { installGazetteer } from '../locations/mutations';
import { restrictUmask } from '../store/file-modes';
import { openStoreUrlForWriting } from '../store/open-store';
import type { Sql } from '../store/sql';
import { openStoreSql } from '../store/store-sql';
import { loadDotEnv } from './dot-env';
import { createProgress } from './progress';
import { runCommand } from './run-command';

async function main(): Promise<number> {
  const targets = process.argv.slice(2).filter((a) => a !== '--');
  if (targets.length === 0 || targets.includes('--help')) {
    console.error('usage: npm run ingest -- <report files or folders>');
    return 2;
  }
  restrictUmask(); // the store's files and what the servers create are the owner's alone
  loadDotEnv();
  const url = settings().DATABASE_URL;
  await openStoreUrlForWriting(url);
  const db = createDb(url);
  await installGazetteer(db, GAZETTEER);
  await db.$disconnect();

  const { files, missing } = await listReportFiles(targets);
  for (const m of missing) console.error(`not found: ${m}`);
  if (files.length === 0) {
    console.error('No report files found.');
    return missing.length ? 1 : 0;
  }

  const sql = await openStoreSql(url);
  try {
    return await ingestFiles(sql, files, missing);
  } finally {
    await sql.close();
  }
}

async function ingestFiles(sql: Sql, files: readonly string[], missing: readonly string[]): Promise<number> {
  const gazetteer = await loadGazetteer(sql);
  const progress = createProgress(files.length);
  const totals = { stored: 0, already: 0, created: 0, corroborated: 0, warnings: 0 };
  const skipped: string[] = [];
  const notes: string[] = [];
  // Never a silent "no incidents": reports in a language the reader does not read (or only in part) are named.
  const languages: string[] = [];
  for (const f of files) {
    const name = path.relative(process.cwd(), f) || f;
    const read = await readReportFile(f);
    if (!read.ok) {
      skipped.push(`${name}: ${read.reason}`);
      progress.step(`${name} (skipped)`);
      continue;
    }
    try {
      const result = await ingestReport(sql, read.input, { gazetteer });
      if (!result.created) totals.already++;
      else {
        totals.stored++;
        totals.created += result.incidents.filter((i) => i.action === 'created').length;
        totals.corroborated += result.incidents.filter((i) => i.action === 'corroborated').length;
        totals.warnings += result.warnings.length;
        for (const w of [...read.notes, ...result.warnings.map((x) => x.message)])
          notes.push(`${name} (report #${result.reportId}): ${w}`);
        const codes = new Set(result.draft?.warningDetails.map((w) => w.code));
        if (codes.has('unread_language'))
          languages.push(
            `${name} (report #${result.reportId}): not read, in whole or in part — enter its incidents by hand`,
          );
        else if (codes.has('partial_language'))
          languages.push(
            `${name} (report #${result.reportId}): Kreyòl, read only in part — check it by hand`,
          );
      }
    } catch (error) {
      skipped.push(
        `${name}: could not be stored (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    progress.step(name);
  }

  console.log(
    [
      `Reports: ${totals.stored} new, ${totals.already} already stored, ${skipped.length} skipped.`,
      `Incidents: ${totals.created} created, ${totals.corroborated} corroborated (another source for a stored incident).`,
      `Warnings for an editor to check: ${totals.warnings}.`,
    ].join('\n'),
  );
  const shown = notes.slice(0, 30);
  if (shown.length) console.log(`\n${shown.map((n) => `  ! ${n}`).join('\n')}`);
  if (notes.length > shown.length)
    console.log(`  … and ${notes.length - shown.length} more (see each report's page).`);
  if (languages.length) console.log(`\nLanguage:\n${languages.map((l) => `  - ${l}`).join('\n')}`);
  if (skipped.length) console.log(`\nSkipped:\n${skipped.map((s) => `  - ${s}`).join('\n')}`);
  return skipped.length || missing.length ? 1 : 0;
}

runCommand('ingest', main);
