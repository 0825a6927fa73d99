import 'server-only';
/**
 * What the incident page (and its metadata) may show the person asking. A deleted incident —
 * and with it the reason given for deleting it, in its history — is for editors only; anyone
 * else gets the same "not found" as for an id that never existed, so even its existence is not
 * confirmed. Ids are plain decimal digits ("1e1" and "0x10" name nothing).
 */
import { notFound } from 'next/navigation';
import { currentUser } from '../auth/access';
import { hasRole } from '../auth/roles';
import { parseDecimalId } from '../http/decimal-id';
import { getIncident, type IncidentDetail } from './queries';

export async function loadIncidentPage(rawId: string): Promise<IncidentDetail> {
  const id = parseDecimalId(rawId);
  if (id === null) notFound();
  const [incident, user] = await Promise.all([getIncident(id), currentUser()]);
  if (!incident) notFound();
  if (incident.deleted && !hasRole(user?.role, 'editor')) notFound();
  return incident;
}
