/**
 * An incident as its editors' writes read it: the stored row, its editable snapshot, and the
 * version check every write makes before changing anything.
 */
import type { Sql } from '../store/sql';
import { IncidentDeletedError, IncidentNotFoundError, VersionConflictError } from './edit-errors';
import type { IncidentSnapshot } from './schema';

export interface IncidentRow {
  id: number;
  version: number;
  deletedAt: string | null;
  title: string;
  summary: string;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  locationId: number | null;
  placePrecision: string;
  placeText: string | null;
  status: string;
}

export function snapshotOf(row: IncidentRow): IncidentSnapshot {
  return {
    title: row.title,
    summary: row.summary,
    date: row.date.slice(0, 10),
    dateEnd: row.dateEnd?.slice(0, 10) ?? null,
    datePrecision: row.datePrecision,
    type: row.type,
    locationId: row.locationId,
    placePrecision: row.placePrecision,
    placeText: row.placeText,
    status: row.status,
  };
}

export async function readIncidentRow(sql: Sql, id: number): Promise<IncidentRow> {
  const row = await sql.get<IncidentRow>(
    `SELECT "id", "version", "deletedAt", "title", "summary", "date", "dateEnd", "datePrecision", "type",
            "locationId", "placePrecision", "placeText", "status" FROM "Incident" WHERE "id" = ?`,
    [id],
  );
  if (!row) throw new IncidentNotFoundError(id);
  return row;
}

/** The conflict a save meets when the incident changed after the editor opened it. */
export async function conflictWith(sql: Sql, row: IncidentRow): Promise<VersionConflictError> {
  const last = await sql.get<{ at: string; name: string | null }>(
    `SELECT a."at", u."name" FROM "AuditEntry" a LEFT JOIN "User" u ON u."id" = a."userId"
     WHERE a."entity" = 'Incident' AND a."entityId" = ? ORDER BY a."at" DESC, a."id" DESC LIMIT 1`,
    [row.id],
  );
  return new VersionConflictError(
    row.id,
    { ...snapshotOf(row), version: row.version, deleted: row.deletedAt !== null },
    last ? { at: last.at, by: last.name } : null,
  );
}

/** Throws VersionConflictError unless the stored version is the one the editor read. */
export async function checkVersion(sql: Sql, row: IncidentRow, version: number): Promise<void> {
  if (row.version !== version) throw await conflictWith(sql, row);
}

/** The incident as stored, when it is live and still at the version the editor read. */
export async function openLiveIncident(sql: Sql, id: number, version: number): Promise<IncidentRow> {
  const row = await readIncidentRow(sql, id);
  await checkVersion(sql, row, version);
  if (row.deletedAt) throw new IncidentDeletedError(id);
  return row;
}
