/**
 * One writer in its own process, as a second app server is: `ingest <store URL> <go-file> <files…>`
 * stores report files in the order given; `edit <store URL> <go-file> <incident> <user id> <name> <count>`
 * saves `count` edits of one incident's summary, each appending a token, opening the form again after
 * a conflict as an editor would. Each says it is loaded by creating <go-file>.<pid>.ready, then
 * waits for <go-file> to exist, so that two of them start writing together; each prints what it
 * did as one JSON line.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { VersionConflictError } from '../../../lib/incidents/edit-errors';
import { updateIncident } from '../../../lib/incidents/mutations';
import { incidentFieldsSchema } from '../../../lib/incidents/schema';
import { readIncidentRow, snapshotOf } from '../../../lib/incidents/stored-incident';
import { loadGazetteer } from '../../../lib/ingest/gazetteer';
import { ingestReport } from '../../../lib/ingest/ingest-report';
import { readReportFile } from '../../../lib/ingest/report-files';
import type { Sql } from '../../../lib/store/sql';
import { openStoreSql } from '../../../lib/store/store-sql';

async function ingestFiles(sql: Sql, files: string[]) {
  const gazetteer = await loadGazetteer(sql);
  const created: string[] = [];
  for (const file of files) {
    const read = await readReportFile(file);
    if (!read.ok) throw new Error(`${file}: ${read.reason}`);
    if ((await ingestReport(sql, read.input, { gazetteer })).created) created.push(file);
  }
  return { created };
}

async function editSummary(sql: Sql, id: number, userId: number, name: string, count: number) {
  const saved: string[] = [];
  let conflicts = 0;
  while (saved.length < count) {
    const row = await readIncidentRow(sql, id);
    const form = Object.fromEntries(
      Object.entries(snapshotOf(row)).map(([k, v]) => [k, v === null ? '' : String(v)]),
    );
    const token = `${name}-${saved.length}`;
    const input = incidentFieldsSchema.parse({ ...form, summary: `${row.summary} ${token}` });
    try {
      await updateIncident(sql, { id, version: row.version, input, userId });
      saved.push(token);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      conflicts++;
    }
  }
  return { saved, conflicts };
}

async function main(): Promise<void> {
  const [mode, store, go, ...rest] = process.argv.slice(2);
  if (!mode || !store || !go) throw new Error('usage: ingest|edit <store URL> <go-file> …');
  const sql = await openStoreSql(store);
  writeFileSync(`${go}.${process.pid}.ready`, '');
  while (!existsSync(go)) await sleep(2);
  const result =
    mode === 'ingest'
      ? await ingestFiles(sql, rest)
      : await editSummary(sql, Number(rest[0]), Number(rest[1]), String(rest[2]), Number(rest[3]));
  await sql.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
