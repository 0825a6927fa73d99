/**
 * Who did it and who was hit, corrected by hand, per source as the reader drafts them: an editor
 * adds an actor a source names (or that the reader missed) and removes one it misread. Each
 * change checks the incident's version, bumps it, and is audited; the incident's grade follows
 * in the same transaction (lib/incidents/regrade.ts).
 */
import type { Sql } from '../store/sql';
import { InvalidReferenceError } from './edit-errors';
import { editLiveIncident } from './incident-edit';
import type { EditContext } from './mutations';
import type { ActorClaimInput } from './schema';

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
export function addActorClaim(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; input: ActorClaimInput },
): Promise<number> {
  const { input } = options;
  return editLiveIncident(sql, options, async (tx, incident, at) => {
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
    return { action: 'actor_add', after: snapshot(input) };
  });
}

export function removeActorClaim(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number; actorClaimId: number },
): Promise<number> {
  return editLiveIncident(sql, options, async (tx, incident) => {
    const old = await tx.get<ActorClaimRow>(
      `SELECT "id", "reportId", "role", "actorKey", "name", "actorType", "country" FROM "ActorClaim"
       WHERE "id" = ? AND "incidentId" = ?`,
      [options.actorClaimId, incident.id],
    );
    if (!old) throw new InvalidReferenceError('actorClaimId', 'That actor is no longer on this incident.');
    await tx.run('DELETE FROM "ActorClaim" WHERE "id" = ?', [old.id]);
    return { action: 'actor_remove', before: snapshot(old) };
  });
}
