/**
 * Merging incidents that turn out to be one event, and splitting one that was two. Nothing is
 * dropped: every source and every claim moves with its report, merged incidents stay (deleted,
 * pointing at where they went), and both sides get audit entries in the same transaction.
 */
import { recordAudit } from '../audit/record';
import { sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { refreshIncidentCasualties } from './casualty-summary';
import { InvalidReferenceError } from './edit-errors';
import { appendPassage, type EditContext, touchIncident } from './mutations';
import { refreshSearchText } from './search-text';
import { openLiveIncident } from './stored-incident';

export interface VersionedId {
  id: number;
  version: number;
}

const liveIncident = (sql: SqlConnection, ref: VersionedId) => openLiveIncident(sql, ref.id, ref.version);

/** Moves everything of `others` into `target`; the others are soft-deleted. */
export function mergeIncidents(
  sql: SqlConnection,
  options: EditContext & { target: VersionedId; others: readonly VersionedId[] },
): { version: number; sourcesMoved: number; claimsMoved: number } {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const ids = new Set(options.others.map((o) => o.id));
    if (ids.size === 0)
      throw new InvalidReferenceError('others', 'Choose at least one incident to merge in.');
    if (ids.has(options.target.id))
      throw new InvalidReferenceError('others', 'An incident cannot be merged into itself.');
    const target = liveIncident(sql, options.target);
    let sourcesMoved = 0;
    let claimsMoved = 0;
    const targetSource = sql.prepare(
      'SELECT id, excerpt FROM IncidentSource WHERE incidentId = ? AND reportId = ?',
    );
    for (const ref of options.others) {
      const other = liveIncident(sql, ref);
      const sources = sql
        .prepare('SELECT id, reportId, excerpt FROM IncidentSource WHERE incidentId = ?')
        .all(other.id) as { id: number; reportId: number; excerpt: string }[];
      for (const s of sources) {
        const existing = targetSource.get(target.id, s.reportId) as
          | { id: number; excerpt: string }
          | undefined;
        if (!existing) {
          sql.prepare('UPDATE IncidentSource SET incidentId = ? WHERE id = ?').run(target.id, s.id);
        } else {
          // The same report supported both: keep both passages on the one source.
          appendPassage(sql, existing, s.excerpt);
          sql.prepare('DELETE FROM IncidentSource WHERE id = ?').run(s.id);
        }
        sourcesMoved++;
      }
      claimsMoved += sql
        .prepare('UPDATE CasualtyClaim SET incidentId = ? WHERE incidentId = ?')
        .run(target.id, other.id).changes;
      sql.prepare('UPDATE ActorClaim SET incidentId = ? WHERE incidentId = ?').run(target.id, other.id);
      sql
        .prepare('UPDATE Incident SET deletedAt = ?, version = version + 1, updatedAt = ? WHERE id = ?')
        .run(at, at, other.id);
      recordAudit(sql, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: other.id,
        action: 'merged_into',
        after: { into: target.id, sources: sources.map((s) => s.reportId) },
      });
    }
    touchIncident(sql, target.id, at);
    refreshIncidentCasualties(sql, [target.id, ...ids]);
    refreshSearchText(sql, [target.id]);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: target.id,
      action: 'merge',
      after: { merged: [...ids], sourcesMoved, claimsMoved },
    });
    return { version: target.version + 1, sourcesMoved, claimsMoved };
  });
}

/** Moves the sources from `reportIds` (with their claims) to a new incident; returns its id. */
export function splitIncident(
  sql: SqlConnection,
  options: EditContext & { incident: VersionedId; reportIds: readonly number[] },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const original = liveIncident(sql, options.incident);
    const sourceIds = (
      sql.prepare('SELECT reportId FROM IncidentSource WHERE incidentId = ?').all(original.id) as {
        reportId: number;
      }[]
    ).map((r) => r.reportId);
    const moving = [...new Set(options.reportIds)];
    if (moving.length === 0)
      throw new InvalidReferenceError('reportIds', 'Choose the sources that describe the other event.');
    if (moving.some((r) => !sourceIds.includes(r))) {
      throw new InvalidReferenceError('reportIds', 'Only this incident’s own sources can be split off.');
    }
    if (moving.length === sourceIds.length) {
      throw new InvalidReferenceError('reportIds', 'Leave at least one source on this incident.');
    }
    const newId = Number(
      sql
        .prepare(
          `INSERT INTO Incident (title, summary, date, dateEnd, datePrecision, type, locationId, placePrecision,
             placeText, status, version, createdAt, updatedAt)
           SELECT title || ' (split)', summary, date, dateEnd, datePrecision, type, locationId, placePrecision,
             placeText, 'draft', 1, ?, ? FROM Incident WHERE id = ?`,
        )
        .run(at, at, original.id).lastInsertRowid,
    );
    const list = JSON.stringify(moving);
    sql
      .prepare(
        'UPDATE IncidentSource SET incidentId = ? WHERE incidentId = ? AND reportId IN (SELECT value FROM json_each(?))',
      )
      .run(newId, original.id, list);
    const claimsMoved = sql
      .prepare(
        'UPDATE CasualtyClaim SET incidentId = ? WHERE incidentId = ? AND reportId IN (SELECT value FROM json_each(?))',
      )
      .run(newId, original.id, list).changes;
    sql
      .prepare(
        'UPDATE ActorClaim SET incidentId = ? WHERE incidentId = ? AND reportId IN (SELECT value FROM json_each(?))',
      )
      .run(newId, original.id, list);
    touchIncident(sql, original.id, at);
    refreshIncidentCasualties(sql, [original.id, newId]);
    refreshSearchText(sql, [newId]);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: original.id,
      action: 'split',
      after: { into: newId, reportIds: moving, claimsMoved },
    });
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: newId,
      action: 'create',
      after: { splitFrom: original.id, reportIds: moving, claimsMoved },
    });
    return newId;
  });
}
