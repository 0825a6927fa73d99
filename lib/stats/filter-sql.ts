/**
 * The incident filters as a SQL condition on `Incident i`: what every list, count, chart, map and
 * export reads. The integration tests hold it against an independent Prisma statement of the same
 * filters (tests/integration/helpers/incident-where.ts): the two select the same incidents.
 */
import type { IncidentFilters } from '../incidents/filters';
import { foldForSearch } from '../incidents/search-text';
import { INDEXED_WORD_LENGTH } from '../store/search-index';
import { sqlDate } from '../store/sql-values';

export interface SqlCondition {
  sql: string;
  params: (string | number)[];
}

/** The ids of a place (by key, the one parameter) and of every place within it. */
export const PLACES_UNDER_SQL = "SELECT id FROM Location WHERE path LIKE '%/' || ? || '/%'";

export function incidentFilterSql(filters: IncidentFilters): SqlCondition {
  const parts = ['i.deletedAt IS NULL'];
  const params: (string | number)[] = [];
  if (filters.status) {
    parts.push('i.status = ?');
    params.push(filters.status);
  } else parts.push("i.status <> 'rejected'");
  if (filters.from) {
    parts.push('i.date >= ?');
    params.push(sqlDate(filters.from));
  }
  if (filters.to) {
    parts.push('i.date <= ?');
    params.push(sqlDate(filters.to));
  }
  if (filters.type?.length) {
    parts.push(`i.type IN (${filters.type.map(() => '?').join(', ')})`);
    params.push(...filters.type);
  }
  if (filters.place) {
    parts.push(`i.locationId IN (${PLACES_UNDER_SQL})`);
    params.push(filters.place);
  }
  if (filters.affiliation || filters.kind) {
    // The summary has a row per incident × kind × side wherever a claim does, and its primary
    // key starts (incidentId, kind, affiliation): a probe of a few index entries per incident
    // instead of a scan of the incident's claims.
    const claim: string[] = ['cf.incidentId = i.id'];
    if (filters.kind) {
      claim.push('cf.kind = ?');
      params.push(filters.kind);
    }
    if (filters.affiliation) {
      claim.push('cf.affiliation = ?');
      params.push(filters.affiliation);
    }
    parts.push(`EXISTS (SELECT 1 FROM IncidentCasualty cf WHERE ${claim.join(' AND ')})`);
  }
  const q = filters.q ? foldForSearch(filters.q) : '';
  for (const word of q ? q.split(' ') : []) {
    // Words of three characters or more through the trigram index (lib/store/search-index.ts):
    // the same LIKE, answered from the index instead of every incident's text.
    parts.push(
      word.length >= INDEXED_WORD_LENGTH
        ? "i.id IN (SELECT rowid FROM IncidentSearch WHERE searchText LIKE '%' || ? || '%')"
        : "i.searchText LIKE '%' || ? || '%'",
    );
    params.push(word);
  }
  return { sql: parts.join(' AND '), params };
}
