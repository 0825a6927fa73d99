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
  if (filters.affiliation || filters.kind || filters.confirmed) {
    // The summary has a row per incident × kind × side wherever a claim does, and its primary
    // key starts (incidentId, kind, affiliation): a probe of a few index entries per incident
    // instead of a scan of the incident's claims. "Confirmed": a figure two sources give.
    const claim: string[] = ['cf.incidentId = i.id'];
    if (filters.confirmed) claim.push('cf.sources >= 2');
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
    // Each word a part of the text, taken literally ("%" and "_" are characters, not LIKE's
    // wildcards). Words of three characters or more as a phrase of the trigram index
    // (lib/store/search-index.ts), which matches substrings and, unlike LIKE … ESCAPE, uses the
    // index; shorter ones by instr() over the text.
    if (word.length >= INDEXED_WORD_LENGTH) {
      parts.push('i.id IN (SELECT rowid FROM IncidentSearch WHERE IncidentSearch MATCH ?)');
      params.push(`"${word.replaceAll('"', '""')}"`);
    } else {
      parts.push('instr(i.searchText, ?) > 0');
      params.push(word);
    }
  }
  return { sql: parts.join(' AND '), params };
}
