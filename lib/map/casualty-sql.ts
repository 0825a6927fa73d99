/**
 * An incident's casualties as the map shows them, in SQL on `Incident i`: the reconciled "best"
 * figures of IncidentCasualty summed per kind, as on the incident page; with "confirmed only",
 * the figures two sources or more give, as the charts count them. One statement of the rule for
 * the map's points and the incidents a place marker lists.
 */
import type { IncidentFilters } from '../incidents/filters';
import type { CasualtyKind } from '../incidents/match';

/** The condition on `IncidentCasualty ic` that "confirmed only" adds ('' without it). */
export const confirmedSql = (filters: IncidentFilters) => (filters.confirmed ? 'AND ic.sources >= 2' : '');

/** One kind's figure for the incident `i` (0 when there is none). */
export const casualtySql = (kind: CasualtyKind, filters: IncidentFilters) =>
  `coalesce((SELECT sum(ic.best) FROM "IncidentCasualty" ic WHERE ic."incidentId" = i.id AND ic.kind = '${kind}' ${confirmedSql(filters)}), 0)`;

/** `killed, injured, missing` columns for the incident `i`. */
export const casualtyColumns = (filters: IncidentFilters) =>
  `${casualtySql('killed', filters)} AS killed, ${casualtySql('injured', filters)} AS injured,
   ${casualtySql('missing', filters)} AS missing`;
