/**
 * Editors' changes to incidents. Each runs in one transaction of the store's Sql (lib/store/sql.ts,
 * locked on the incident on PostgreSQL), checks the version the editor read inside it, keeps
 * searchText and the casualty summary true, and writes its audit entry (who, when, before, after)
 * in the same transaction.
 */
import { recordAudit } from '../audit/record';
import type { Sql } from '../store/sql';
import { sqlDate, sqlDateTime } from '../store/sql-values';
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

/** The lock two servers' writes to one incident take (lib/store/sql.ts, lockKeys). */
export const incidentLock = (id: number) => `incident:${id}`;

async function checkLocation(sql: Sql, locationId: number | undefined): Promise<void> {
  if (locationId === undefined) return;
  if (!(await sql.get('SELECT 1 AS "found" FROM "Location" WHERE "id" = ?', [locationId]))) {
    throw new InvalidReferenceError('locationId', 'That place is not in the gazetteer (any more).');
  }
}

/** The editor's fields as the Incident row stores them (one mapping for insert and update alike). */
function storedFields(input: IncidentFields) {
  return {
    title: input.title,
    summary: input.summary,
    date: sqlDate(input.date),
    dateEnd: input.dateEnd ? sqlDate(input.dateEnd) : null,
    datePrecision: input.datePrecision,
    type: input.type,
    locationId: input.locationId ?? null,
    placePrecision: input.placePrecision,
    placeText: input.placeText ?? null,
    status: input.status,
  };
}

export async function createIncident(
  sql: Sql,
  options: EditContext & { input: IncidentFields },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(async (tx) => {
    await checkLocation(tx, options.input.locationId);
    const { input } = options;
    const id = await tx.insert('Incident', {
      ...storedFields(input),
      version: 1,
      createdAt: at,
      updatedAt: at,
    });
    await refreshSearchText(tx, [id]);
    await recordAudit(tx, {
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
export async function updateIncident(
  sql: Sql,
  options: EditContext & {
    id: number;
    version: number;
    input: IncidentFields;
    base?: Partial<FieldStrings>;
    choices?: Choices;
  },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(
    async (tx) => {
      const row = await openLiveIncident(tx, options.id, options.version);
      const merged = mergedInput(row, options);
      if (merged.outcomes.some(isUndecided)) throw await conflictWith(tx, row);
      const parsed = incidentFieldsSchema.safeParse(merged.values);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new InvalidEditError(String(issue?.path[0] ?? 'title'), issue?.message ?? 'Not valid.');
      }
      const input = parsed.data;
      await checkLocation(tx, input.locationId);
      const before = snapshotOf(row);
      const after = snapshotOfInput(input);
      const changed = EDITABLE_FIELDS.filter((f) => before[f] !== after[f]);
      if (changed.length === 0) return row.version;
      const fields = storedFields(input);
      await tx.run(
        `UPDATE "Incident" SET ${Object.keys(fields)
          .map((column) => `"${column}" = ?`)
          .join(', ')}, "version" = "version" + 1, "updatedAt" = ?
       WHERE "id" = ? AND "version" = ?`,
        [...Object.values(fields), at, row.id, row.version],
      );
      await refreshSearchText(tx, [row.id]);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: row.id,
        action: 'update',
        before: Object.fromEntries(changed.map((f) => [f, before[f]])),
        after: Object.fromEntries(changed.map((f) => [f, after[f]])),
      });
      return row.version + 1;
    },
    { lockKeys: [incidentLock(options.id)] },
  );
}

/** Soft delete (kept for the record and restorable) or restore; returns the new version. */
export async function setIncidentDeleted(
  sql: Sql,
  options: EditContext & { id: number; version: number; deleted: boolean; reason?: string },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(
    async (tx) => {
      const row = await readIncidentRow(tx, options.id);
      await checkVersion(tx, row, options.version);
      if ((row.deletedAt !== null) === options.deleted) return row.version;
      await tx.run(
        'UPDATE "Incident" SET "deletedAt" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?',
        [options.deleted ? at : null, at, row.id],
      );
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: row.id,
        action: options.deleted ? 'delete' : 'restore',
        before: { deleted: !options.deleted },
        after: { deleted: options.deleted, ...(options.reason ? { reason: options.reason } : {}) },
      });
      return row.version + 1;
    },
    { lockKeys: [incidentLock(options.id)] },
  );
}

/**
 * One report told of one incident in two passages (met when merging, or when a report's two
 * drafted incidents join one stored incident): one source row keeps both passages.
 */
const APPEND = 'UPDATE "IncidentSource" SET "excerpt" = ? WHERE "id" = ?';

/**
 * Given the asynchronous interface's `tx` it answers a promise; given the synchronous connection
 * (ingest, not moved yet: lib/store/is-sql.ts) it writes at once.
 */
export async function appendPassage(
  sql: Sql,
  source: { id: number; excerpt: string },
  passage: string,
): Promise<void> {
  if (source.excerpt.includes(passage)) return;
  await sql.run(APPEND, [`${source.excerpt}\n…\n${passage}`, source.id]);
}

const TOUCH = 'UPDATE "Incident" SET "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?';

/**
 * Bumps the version of an incident whose sources or claims changed, so stale forms notice. Given
 * the asynchronous interface's `tx` it answers a promise; given the synchronous connection
 * (ingest, not moved yet) it writes at once.
 */
export async function touchIncident(sql: Sql, id: number, at: string): Promise<void> {
  await sql.run(TOUCH, [at, id]);
}
