/**
 * The store the PostgreSQL tests of the editors' write paths share (incident-writes, report-writes,
 * incident-locks): a migrated database with an editor and a commune, the store's Sql on it, and
 * helpers to make reports and sourced incidents. Each test file gets its own (vitest runs each
 * file in its own module graph); open it in beforeAll, close it in afterAll.
 */
import { createIncident } from '@/lib/incidents/mutations';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import { linkSource, saveClaim } from '@/lib/incidents/source-mutations';
import { readIncidentRow } from '@/lib/incidents/stored-incident';
import type { Sql } from '@/lib/store/sql';
import { sqlDateTime } from '@/lib/store/sql-values';
import { openStoreSql } from '@/lib/store/store-sql';
import { migratedPostgresDatabase } from './copied-store';
import { releaseAll } from './databases';

export let sql: Sql;
export let url: string;
export let editor: number;
export let commune: number;
let reports = 0;
export const now = sqlDateTime(new Date('2025-03-10T12:00:00Z'));

/** A migrated database with an editor and a commune, and the store's Sql on it. */
export async function openEditorStore(): Promise<void> {
  url = await migratedPostgresDatabase();
  sql = await openStoreSql(url);
  editor = await sql.transaction(async (tx) => {
    const user = await tx.get<{ id: number }>(
      `INSERT INTO "User" ("email", "name", "role", "passwordHash", "createdAt")
       VALUES ('editor@pg.test', 'Editor', 'editor', 'x', ?) RETURNING "id"`,
      [now],
    );
    return Number(user?.id);
  });
  const place = (key: string, name: string, kind: string, parentId: number | null, path: string) =>
    sql.get<{ id: number }>(
      `INSERT INTO "Location" ("key", "name", "normName", "kind", "parentId", "lat", "lng", "radiusM", "path", "createdAt")
       VALUES (?, ?, ?, ?, ?, 18.5, -72.3, 6000, ?, ?) RETURNING "id"`,
      [key, name, name.toLowerCase(), kind, parentId, path, now],
    );
  const haiti = await place('haiti', 'Haiti', 'country', null, '/haiti/');
  const ouest = await place('ouest', 'Ouest', 'department', Number(haiti?.id), '/haiti/ouest/');
  commune = Number(
    (await place('delmas', 'Delmas', 'commune', Number(ouest?.id), '/haiti/ouest/delmas/'))?.id,
  );
}

export async function closeEditorStore(): Promise<void> {
  await sql?.close();
  await releaseAll();
}

/** A report as ingest stores it, with plain SQL. */
export const newReport = (text: string, outlet: string | null) =>
  sql.insert('Report', {
    title: `Report ${++reports}`,
    text,
    outlet,
    contentHash: `pg-hash-${reports}`,
    ingestedAt: now,
  });

export const fields = (overrides: Record<string, string> = {}) =>
  incidentFieldsSchema.parse({
    title: 'Gunfire in Delmas 32',
    summary: 'Heavy gunfire for two hours.',
    date: '2025-03-04',
    datePrecision: 'day',
    type: 'gunfire',
    locationId: String(commune),
    placePrecision: 'commune',
    status: 'reviewed',
    ...overrides,
  });

export const row = (id: number) => readIncidentRow(sql, id);
export const casualties = (id: number) =>
  sql.all<{ kind: string; affiliation: string; low: number; best: number; high: number; sources: number }>(
    `SELECT "kind", "affiliation", "low", "best", "high", "sources", "reportIds" FROM "IncidentCasualty"
     WHERE "incidentId" = ? ORDER BY "kind", "affiliation"`,
    [id],
  );
export const actions = async (id: number) =>
  (
    await sql.all<{ action: string }>(
      `SELECT "action" FROM "AuditEntry" WHERE "entity" = 'Incident' AND "entityId" = ? ORDER BY "id"`,
      [id],
    )
  ).map((a) => a.action);

/** An incident with one linked report and one claim; its id, the report's and its version. */
export async function sourced(text: string, count: number) {
  const id = await createIncident(sql, { input: fields({ title: text }), userId: editor });
  const reportId = await newReport(`${text}: ${count} killed in Delmas.`, 'Le Nouvelliste');
  let version = await linkSource(sql, {
    incidentId: id,
    version: 1,
    input: { reportId, excerpt: `${count} killed in Delmas` },
    userId: editor,
  });
  version = await saveClaim(sql, {
    incidentId: id,
    version,
    input: { reportId, kind: 'killed', count, hedge: 'exact', affiliation: 'civilian', country: null },
    userId: editor,
  });
  return { id, reportId, version };
}
