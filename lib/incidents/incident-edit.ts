/**
 * One editor's change to a live incident's sources, claims or actors, as every such change is
 * made: in one transaction locked on the incident (two app servers on one PostgreSQL cannot both
 * pass the version check), refused when the incident is gone or the editor's version is stale,
 * then touched (its version bumped) and audited with what the change says it did.
 */
import { recordAudit } from '../audit/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import { type EditContext, incidentLock, touchIncident } from './mutations';
import { type IncidentRow, openLiveIncident } from './stored-incident';

/** What the change did, for the audit entry. */
export interface IncidentChange {
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Runs `change` on the incident; returns the incident's new version. */
export function editLiveIncident(
  sql: Sql,
  options: EditContext & { incidentId: number; version: number },
  change: (tx: Sql, incident: IncidentRow, at: string) => Promise<IncidentChange>,
): Promise<number> {
  const at = sqlDateTime(options.now ?? new Date());
  return sql.transaction(
    async (tx) => {
      const incident = await openLiveIncident(tx, options.incidentId, options.version);
      const done = await change(tx, incident, at);
      await touchIncident(tx, incident.id, at);
      await recordAudit(tx, {
        userId: options.userId,
        at,
        entity: 'Incident',
        entityId: incident.id,
        ...done,
      });
      return incident.version + 1;
    },
    { lockKeys: [incidentLock(options.incidentId)] },
  );
}
