/** An incident's actor claims, as its page shows them: one entry per role and actor, with the sources naming it. */
import { actorByKey } from '../actors/register';

export interface IncidentActor {
  role: 'perpetrator' | 'target';
  key: string | null;
  name: string;
  type: string;
  country: string | null;
  /** The reports that name it so, in the order they were stored. */
  reportIds: number[];
}

interface StoredActorClaim {
  role: string;
  actorKey: string | null;
  name: string;
  actorType: string;
  country: string | null;
  reportId: number;
}

export function groupActorClaims(claims: readonly StoredActorClaim[]): IncidentActor[] {
  const out = new Map<string, IncidentActor>();
  for (const c of claims) {
    const role = c.role === 'perpetrator' ? 'perpetrator' : 'target';
    const id = `${role}|${c.actorKey ?? c.name}|${c.country ?? ''}`;
    const known = out.get(id);
    if (known) {
      if (!known.reportIds.includes(c.reportId)) known.reportIds.push(c.reportId);
      continue;
    }
    out.set(id, {
      role,
      key: c.actorKey,
      // The register's current name, so a renamed actor reads the same on every incident.
      name: (c.actorKey && actorByKey(c.actorKey)?.name) || c.name,
      type: c.actorType,
      country: c.country,
      reportIds: [c.reportId],
    });
  }
  return [...out.values()];
}
