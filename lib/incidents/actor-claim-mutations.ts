/**
 * Who did it and who was hit, corrected by hand, per source as the reader drafts them: an editor
 * adds an actor a source names (or that the reader missed) and removes one it misread. Each
 * change checks the incident's version, bumps it, and is audited; the incident's grade follows
 * in the same transaction (lib/incidents/regrade.ts).
 */
import { recordAudit } from '../audit/record';
import { insertRow, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { InvalidReferenceError } from './edit-errors';
import { type EditContext, touchIncident } from './mutations';
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
export function addActorClaim(
  sql: SqlConnection,
  options: EditContext & { incidentId: number; version: number; input: ActorClaimInput },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  const { input } = options;
  return writeTransaction(sql, () => {
    const incident = openLiveIncident(sql, options.incidentId, options.version);
    const source = sql
      .prepare('SELECT excerpt FROM IncidentSource WHERE incidentId = ? AND reportId = ?')
      .get(incident.id, input.reportId) as { excerpt: string } | undefined;
    if (!source)
      throw new InvalidReferenceError(
        'reportId',
        'An actor must be named by one of this incident’s sources.',
      );
    const same = sql
      .prepare(
        "SELECT 1 FROM ActorClaim WHERE incidentId = ? AND reportId = ? AND role = ? AND coalesce(actorKey, name) = ? AND coalesce(country, '') = ?",
      )
      .get(incident.id, input.reportId, input.role, input.actorKey ?? input.name, input.country ?? '');
    if (same)
      throw new InvalidReferenceError('actorKey', 'That source already names this actor in this role.');
    insertRow(sql, 'ActorClaim', {
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
    touchIncident(sql, incident.id, at);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: incident.id,
      action: 'actor_add',
      after: snapshot(input),
    });
    return incident.version + 1;
  });
}

export function removeActorClaim(
  sql: SqlConnection,
  options: EditContext & { incidentId: number; version: number; actorClaimId: number },
): number {
  const at = sqlDateTime(options.now ?? new Date());
  return writeTransaction(sql, () => {
    const incident = openLiveIncident(sql, options.incidentId, options.version);
    const old = sql
      .prepare(
        'SELECT id, reportId, role, actorKey, name, actorType, country FROM ActorClaim WHERE id = ? AND incidentId = ?',
      )
      .get(options.actorClaimId, incident.id) as ActorClaimRow | undefined;
    if (!old) throw new InvalidReferenceError('actorClaimId', 'That actor is no longer on this incident.');
    sql.prepare('DELETE FROM ActorClaim WHERE id = ?').run(old.id);
    touchIncident(sql, incident.id, at);
    recordAudit(sql, {
      userId: options.userId,
      at,
      entity: 'Incident',
      entityId: incident.id,
      action: 'actor_remove',
      before: snapshot(old),
    });
    return incident.version + 1;
  });
}
