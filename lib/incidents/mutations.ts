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
  asFieldStrings,
  type Choices,
  type FieldStrings,
  isUndecided,
  mergeFields,
} from './concurrent-edits';
import { InvalidEditError, InvalidReferenceError } from './edit-errors';
import { EDITABLE_FIELDS, type IncidentFields, type IncidentSnapshot, incidentFieldsSchema } from './schema';
import { refreshSearchText } from './search-text';
import {
  checkVersion,
  conflictWith,
  type IncidentRow,
  openLiveIncident,
  readIncidentRow,
  snapshotOf,
} from './stored-incident';

export interface EditContext {
  userId: number;
  now?: Date;
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

/**
 * The fields a save stores: the editor's changes since `base` (what the form was opened with)
 * over what is stored. Without a base, the input is taken whole.
 */
function mergedInput(
  row: IncidentRow,
  options: { input: IncidentFields; base?: Partial<FieldStrings>; choices?: Choices },
) {
  const outcomes = mergeFields({
    base: options.base ?? {},
    theirs: asFieldStrings(snapshotOf(row)),
    mine: asFieldStrings(snapshotOfInput(options.input)),
    choices: options.choices,
  });
  return { outcomes, values: Object.fromEntries(outcomes.map((o) => [o.field, o.value])) };
}

/**
 * Saves an edit made on `version`; returns the new version. Only the fields the editor changed
 * since opening the form are written (a form rebased after a conflict keeps a clashing field's
 * old base until the editor chooses). Only changed fields are audited.
 */
export function updateIncident(
  sql: SqlConnection,
  options: EditContext & {
    id: number;
    version: number;
    input: IncidentFields;
    base?: Partial<FieldStrings>;
    choices?: Choices;
  },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const row = openLiveIncident(sql, options.id, options.version);
    const merged = mergedInput(row, options);
    if (merged.outcomes.some(isUndecided)) throw conflictWith(sql, row);
    const parsed = incidentFieldsSchema.safeParse(merged.values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidEditError(String(issue?.path[0] ?? 'title'), issue?.message ?? 'Not valid.');
    }
    const input = parsed.data;
    checkLocation(sql, input.locationId);
    const before = snapshotOf(row);
    const after = snapshotOfInput(input);
    const changed = EDITABLE_FIELDS.filter((f) => before[f] !== after[f]);
    if (changed.length === 0) return row.version;
    sql
      .prepare(
        `UPDATE Incident SET title = ?, summary = ?, date = ?, dateEnd = ?, datePrecision = ?, type = ?,
           locationId = ?, placePrecision = ?, placeText = ?, status = ?, version = version + 1, updatedAt = ?
         WHERE id = ? AND version = ?`,
      )
      .run(...fieldValues(input), at, row.id, row.version);
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
