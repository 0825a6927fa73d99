/**
 * Editors' changes to incidents. Each runs in one synchronous IMMEDIATE transaction (never
 * Prisma's interactive transactions, which lose other requests' writes on this adapter), checks
 * the version the editor read, keeps searchText and the casualty summary true, and writes its
 * audit entry (who, when, before, after) in the same transaction.
 */
import { recordAudit } from '../audit/record';
import { sqlDate, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import {
  IncidentDeletedError,
  IncidentNotFoundError,
  InvalidReferenceError,
  VersionConflictError,
} from './edit-errors';
import { EDITABLE_FIELDS, type IncidentFields, type IncidentSnapshot } from './schema';
import { refreshSearchText } from './search-text';

interface IncidentRow {
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

export interface EditContext {
  userId: number;
  now?: Date;
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

function snapshotOfInput(input: IncidentFields): IncidentSnapshot {
  return {
    title: input.title,
    summary: input.summary,
    date: input.date,
    dateEnd: input.dateEnd ?? null,
    datePrecision: input.datePrecision,
    type: input.type,
    locationId: input.locationId ?? null,
    placePrecision: input.placePrecision,
    placeText: input.placeText ?? null,
    status: input.status,
  };
}

export function readIncidentRow(sql: SqlConnection, id: number): IncidentRow {
  const row = sql
    .prepare(
      `SELECT id, version, deletedAt, title, summary, date, dateEnd, datePrecision, type, locationId,
              placePrecision, placeText, status FROM Incident WHERE id = ?`,
    )
    .get(id) as IncidentRow | undefined;
  if (!row) throw new IncidentNotFoundError(id);
  return row;
}

/** Throws VersionConflictError unless the stored version is the one the editor read. */
export function checkVersion(sql: SqlConnection, row: IncidentRow, version: number): void {
  if (row.version === version) return;
  const last = sql
    .prepare(
      `SELECT a.at, u.name FROM AuditEntry a LEFT JOIN User u ON u.id = a.userId
       WHERE a.entity = 'Incident' AND a.entityId = ? ORDER BY a.at DESC, a.id DESC LIMIT 1`,
    )
    .get(row.id) as { at: string; name: string | null } | undefined;
  throw new VersionConflictError(
    row.id,
    { ...snapshotOf(row), version: row.version, deleted: row.deletedAt !== null },
    last ? { at: last.at, by: last.name } : null,
  );
}

/** The incident as stored, when it is live and still at the version the editor read. */
export function openLiveIncident(sql: SqlConnection, id: number, version: number): IncidentRow {
  const row = readIncidentRow(sql, id);
  checkVersion(sql, row, version);
  if (row.deletedAt) throw new IncidentDeletedError(id);
  return row;
}

function checkLocation(sql: SqlConnection, locationId: number | undefined): void {
  if (locationId === undefined) return;
  if (!sql.prepare('SELECT 1 FROM Location WHERE id = ?').get(locationId)) {
    throw new InvalidReferenceError('locationId', 'That place is not in the gazetteer (any more).');
  }
}

function fieldValues(input: IncidentFields) {
  return [
    input.title,
    input.summary,
    sqlDate(input.date),
    input.dateEnd ? sqlDate(input.dateEnd) : null,
    input.datePrecision,
    input.type,
    input.locationId ?? null,
    input.placePrecision,
    input.placeText ?? null,
    input.status,
  ];
}

export function createIncident(sql: SqlConnection, options: EditContext & { input: IncidentFields }): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    checkLocation(sql, options.input.locationId);
    const id = Number(
      sql
        .prepare(
          `INSERT INTO Incident (title, summary, date, dateEnd, datePrecision, type, locationId, placePrecision,
             placeText, status, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
        )
        .run(...fieldValues(options.input), at, at).lastInsertRowid,
    );
    refreshSearchText(sql, [id]);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: id,
      action: 'create',
      after: snapshotOfInput(options.input),
    });
    return id;
  });
}

/** Saves an edit made on `version`; returns the new version. Only changed fields are audited. */
export function updateIncident(
  sql: SqlConnection,
  options: EditContext & { id: number; version: number; input: IncidentFields },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const row = openLiveIncident(sql, options.id, options.version);
    checkLocation(sql, options.input.locationId);
    const before = snapshotOf(row);
    const after = snapshotOfInput(options.input);
    const changed = EDITABLE_FIELDS.filter((f) => before[f] !== after[f]);
    if (changed.length === 0) return row.version;
    sql
      .prepare(
        `UPDATE Incident SET title = ?, summary = ?, date = ?, dateEnd = ?, datePrecision = ?, type = ?,
           locationId = ?, placePrecision = ?, placeText = ?, status = ?, version = version + 1, updatedAt = ?
         WHERE id = ? AND version = ?`,
      )
      .run(...fieldValues(options.input), at, row.id, row.version);
    refreshSearchText(sql, [row.id]);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: row.id,
      action: 'update',
      before: Object.fromEntries(changed.map((f) => [f, before[f]])),
      after: Object.fromEntries(changed.map((f) => [f, after[f]])),
    });
    return row.version + 1;
  });
}

/** Soft delete (kept for the record and restorable) or restore; returns the new version. */
export function setIncidentDeleted(
  sql: SqlConnection,
  options: EditContext & { id: number; version: number; deleted: boolean; reason?: string },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const row = readIncidentRow(sql, options.id);
    checkVersion(sql, row, options.version);
    if ((row.deletedAt !== null) === options.deleted) return row.version;
    sql
      .prepare('UPDATE Incident SET deletedAt = ?, version = version + 1, updatedAt = ? WHERE id = ?')
      .run(options.deleted ? at : null, at, row.id);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: row.id,
      action: options.deleted ? 'delete' : 'restore',
      before: { deleted: !options.deleted },
      after: { deleted: options.deleted, ...(options.reason ? { reason: options.reason } : {}) },
    });
    return row.version + 1;
  });
}

/**
 * One report told of one incident in two passages (met when merging, or when a report's two
 * drafted incidents join one stored incident): one source row keeps both passages.
 */
export function appendPassage(
  sql: SqlConnection,
  source: { id: number; excerpt: string },
  passage: string,
): void {
  if (source.excerpt.includes(passage)) return;
  sql
    .prepare('UPDATE IncidentSource SET excerpt = ? WHERE id = ?')
    .run(`${source.excerpt}\n…\n${passage}`, source.id);
}

/** Bumps the version of an incident whose sources or claims changed, so stale forms notice. */
export function touchIncident(sql: SqlConnection, id: number, at: string): void {
  sql.prepare('UPDATE Incident SET version = version + 1, updatedAt = ? WHERE id = ?').run(at, id);
}
