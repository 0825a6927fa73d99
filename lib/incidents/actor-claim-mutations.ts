/**
 * Who did it and who was hit, corrected by hand, per source as the reader drafts them: an editor
 * adds an actor a source names (or that the reader missed) and removes one it misread. Each
 * change checks the incident's version, bumps it, and is audited; the incident's grade follows
 * in the same transaction (lib/incidents/regrade.ts).
 */
import { recordAudit } from '../audit/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { InvalidReferenceError } from './edit-errors';
import { type EditContext, incidentLock, touchIncident } from './mutations';
import type { ActorClaimInput } from './schema';
import { openLiveIncident } from './stored-incident';

interface ActorClaimRow {
  id: number;
  reportId: number;
  role: string;
  actorKey: string | null;
  name: string;
  actorType: string;
  country: string | null;
}

const snapshot = (c: ActorClaimInput | ActorClaimRow) => ({
  reportId: c.reportId,
  role: c.role,
  actorKey: c.actorKey,
  name: c.name,
  type: 'type' in c ? c.type : c.actorType,
  country: c.country ?? null,
});

/** Adds an actor claim citing one of the incident's sources; returns the incident's new version. */
export async function addActorClaim(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; input: ActorClaimInput },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  const { input } = options;
  return sql.transaction(
    async (tx) => {
      const incident = await openLiveIncident(tx, options.incidentId, options.version);
      const source = await tx.get<{ excerpt: string }>(
        'SELECT "excerpt" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
        [incident.id, input.reportId],
      );
      if (!source)
        throw new InvalidReferenceError(
          'reportId',
          'An actor must be named by one of this incident’s sources.',
        );
      const same = await tx.get(
        `SELECT 1 AS "found" FROM "ActorClaim" WHERE "incidentId" = ? AND "reportId" = ? AND "role" = ?
         AND coalesce("actorKey", "name") = ? AND coalesce("country", '') = ?`,
        [incident.id, input.reportId, input.role, input.actorKey ?? input.name, input.country ?? ''],
      );
      if (same)
        throw new InvalidReferenceError('actorKey', 'That source already names this actor in this role.');
      await tx.insert('ActorClaim', {
        incidentId: incident.id,
        reportId: input.reportId,
        role: input.role,
        actorKey: input.actorKey,
        name: input.name,
        actorType: input.type,
        country: input.country ?? null,
        excerpt: source.excerpt,
        createdAt: at,
      });
      await touchIncident(tx, incident.id, at);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: incident.id,
        action: 'actor_add',
        after: snapshot(input),
      });
      return incident.version + 1;
    },
    { lockKeys: [incidentLock(options.incidentId)] },
  );
}

export async function removeActorClaim(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; actorClaimId: number },
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(
    async (tx) => {
      const incident = await openLiveIncident(tx, options.incidentId, options.version);
      const old = await tx.get<ActorClaimRow>(
        `SELECT "id", "reportId", "role", "actorKey", "name", "actorType", "country" FROM "ActorClaim"
       WHERE "id" = ? AND "incidentId" = ?`,
        [options.actorClaimId, incident.id],
      );
      if (!old) throw new InvalidReferenceError('actorClaimId', 'That actor is no longer on this incident.');
      await tx.run('DELETE FROM "ActorClaim" WHERE "id" = ?', [old.id]);
      await touchIncident(tx, incident.id, at);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: incident.id,
        action: 'actor_remove',
        before: snapshot(old),
      });
      return incident.version + 1;
    },
    { lockKeys: [incidentLock(options.incidentId)] },
  );
}
