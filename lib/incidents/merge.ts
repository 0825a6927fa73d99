/**
 * Merging incidents that turn out to be one event, and splitting one that was two. Nothing is
 * dropped: every source and every claim moves with its report, merged incidents stay (deleted,
 * pointing at where they went), and both sides get audit entries in the same transaction, which
 * holds every incident it touches (lockKeys) so two servers cannot merge them crosswise.
 */
import { recordAudit } from '../audit/record';
import { idIn } from '../store/dialect';
import type { Sql } from '../store/sql';
import { type SqlRows, sqlDateTime } from '../store/sql-values';
import { refreshIncidentCasualties } from './casualty-summary';
import { InvalidReferenceError } from './edit-errors';
import { appendPassage, type EditContext, incidentLock, touchIncident } from './mutations';
import { refreshSearchText } from './search-text';
import { openLiveIncident } from './stored-incident';

export interface VersionedId {
  id: number;
  version: number;
}

const liveIncident = (sql: Sql, ref: VersionedId) => openLiveIncident(sql, ref.id, ref.version);

/** Moves everything of `others` into `target`; the others are soft-deleted. */
export async function mergeIncidents(
  sql: Sql,
  options: EditContext & { target: VersionedId; others: readonly VersionedId[] },
): Promise<{ version: number; sourcesMoved: number; claimsMoved: number }> {
  const at = sqlDateTime(options.now ?? new Date());
  const ids = new Set(options.others.map((o) => o.id));
  if (ids.size === 0) throw new InvalidReferenceError('others', 'Choose at least one incident to merge in.');
  if (ids.has(options.target.id))
    throw new InvalidReferenceError('others', 'An incident cannot be merged into itself.');
  const lockKeys = [options.target.id, ...ids].map(incidentLock);
  return sql.transaction(
    async (tx) => {
      const target = await liveIncident(tx, options.target);
      let sourcesMoved = 0;
      let claimsMoved = 0;
      for (const ref of options.others) {
        const other = await liveIncident(tx, ref);
        const sources = await tx.all<{ id: number; reportId: number; excerpt: string }>(
          'SELECT "id", "reportId", "excerpt" FROM "IncidentSource" WHERE "incidentId" = ? ORDER BY "id"',
          [other.id],
        );
        for (const s of sources) {
          const existing = await tx.get<{ id: number; excerpt: string }>(
            'SELECT "id", "excerpt" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
            [target.id, s.reportId],
          );
          if (!existing) {
            await tx.run('UPDATE "IncidentSource" SET "incidentId" = ? WHERE "id" = ?', [target.id, s.id]);
          } else {
            // The same report supported both: keep both passages on the one source.
            await appendPassage(tx, existing, s.excerpt);
            await tx.run('DELETE FROM "IncidentSource" WHERE "id" = ?', [s.id]);
          }
          sourcesMoved++;
        }
        claimsMoved += (
          await tx.run('UPDATE "CasualtyClaim" SET "incidentId" = ? WHERE "incidentId" = ?', [
            target.id,
            other.id,
          ])
        ).changes;
        await tx.run('UPDATE "ActorClaim" SET "incidentId" = ? WHERE "incidentId" = ?', [
          target.id,
          other.id,
        ]);
        await tx.run(
          'UPDATE "Incident" SET "deletedAt" = ?, "version" = "version" + 1, "updatedAt" = ? WHERE "id" = ?',
          [at, at, other.id],
        );
        await recordAudit(tx, {
          userId: options.userId,
          at,
          entity: 'Incident',
          entityId: other.id,
          action: 'merged_into',
          after: { into: target.id, sources: sources.map((s) => s.reportId) },
        });
      }
      await touchIncident(tx, target.id, at);
      await refreshIncidentCasualties(tx, [target.id, ...ids]);
      await refreshSearchText(tx, [target.id]);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: target.id,
        action: 'merge',
        after: { merged: [...ids], sourcesMoved, claimsMoved },
      });
      return { version: target.version + 1, sourcesMoved, claimsMoved };
    },
    { lockKeys },
  );
}

/** Moves the sources from `reportIds` (with their claims) to a new incident; returns its id. */
export async function splitIncident(
  sql: Sql,
  options: EditContext & { incident: VersionedId; reportIds: readonly number[] },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  const moving = [...new Set(options.reportIds)];
  return sql.transaction(
    async (tx) => {
      const original = await liveIncident(tx, options.incident);
      const sourceIds = (
        await tx.all<{ reportId: number }>('SELECT "reportId" FROM "IncidentSource" WHERE "incidentId" = ?', [
          original.id,
        ])
      ).map((r) => r.reportId);
      if (moving.length === 0)
        throw new InvalidReferenceError('reportIds', 'Choose the sources that describe the other event.');
      if (moving.some((r) => !sourceIds.includes(r))) {
        throw new InvalidReferenceError('reportIds', 'Only this incident’s own sources can be split off.');
      }
      if (moving.length === sourceIds.length) {
        throw new InvalidReferenceError('reportIds', 'Leave at least one source on this incident.');
      }
      const newId = await tx.insert('Incident', {
        title: `${original.title} (split)`,
        summary: original.summary,
        date: original.date,
        dateEnd: original.dateEnd,
        datePrecision: original.datePrecision as SqlRows['Incident']['datePrecision'],
        type: original.type as SqlRows['Incident']['type'],
        locationId: original.locationId,
        placePrecision: original.placePrecision as SqlRows['Incident']['placePrecision'],
        placeText: original.placeText,
        status: 'draft',
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      const these = idIn('"reportId"', moving, tx.dialect);
      const move = (table: string) =>
        tx.run(`UPDATE "${table}" SET "incidentId" = ? WHERE "incidentId" = ? AND ${these.sql}`, [
          newId,
          original.id,
          ...these.params,
        ]);
      await move('IncidentSource');
      const claimsMoved = (await move('CasualtyClaim')).changes;
      await move('ActorClaim');
      await touchIncident(tx, original.id, at);
      await refreshIncidentCasualties(tx, [original.id, newId]);
      await refreshSearchText(tx, [newId]);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: original.id,
        action: 'split',
        after: { into: newId, reportIds: moving, claimsMoved },
      });
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: newId,
        action: 'create',
        after: { splitFrom: original.id, reportIds: moving, claimsMoved },
      });
      return newId;
    },
    { lockKeys: [incidentLock(options.incident.id)] },
  );
}
