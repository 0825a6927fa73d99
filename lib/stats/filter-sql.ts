/**
 * The incident filters as a SQL condition on `Incident i`: what every list, count, chart, map and
 * export reads. The integration tests hold it against an independent Prisma statement of the same
 * filters (tests/integration/helpers/incident-where.ts): the two select the same incidents.
 */
import { actorWithMembers } from '../actors/register';
import type { IncidentFilters } from '../incidents/filters';
import { foldForSearch } from '../incidents/search-text';
import { containsPattern, type Dialect, noIndex, type SqlFragment } from '../store/dialect';
import { INDEXED_WORD_LENGTH } from '../store/search-index';
import { sqlDate } from '../store/sql-values';

export type SqlCondition = SqlFragment;

/** The ids of a place (by key, the one parameter) and of every place within it. */
export const PLACES_UNDER_SQL = `SELECT id FROM "Location" WHERE path LIKE '%/' || ? || '/%'`;

/**
 * The filters, or a part of what they select when an aggregate is computed month by month
 * (lib/aggregates/month-partitions.ts): the incidents that start within a month, or before a day.
 */
export interface PartFilters extends IncidentFilters {
  /** Incidents that start on or after / on or before this day (a month's part). */
  startsFrom?: string;
  startsTo?: string;
  /** Incidents that start before this day: those running into the range from before it. */
  startsBefore?: string;
}

/**
 * The date filter: an incident matches when the days it may have happened on, at its precision
 * — from its date to Incident.dateLast (lib/incidents/date-interval.ts) — overlap [from, to].
 * The one statement of that rule in SQL, for every list, count, chart, map, export and cache.
 * Which index answers is chosen here, not left to the planner: by `date` (the timeline's index;
 * dateLast is in it, so the overlap test reads no row) or, for the incidents that start before a
 * range or a range near the present, by `end` (Incident_live_by_last_idx). A unary `+` keeps
 * SQLite from taking the other column's term as an index range: either index scanned from the
 * wrong end would read most of the store (PostgreSQL, with statistics and no such operator on
 * timestamps, gets the plain columns).
 */
export function dateOverlapSql(
  filters: PartFilters,
  index: 'date' | 'end' = filters.startsBefore ? 'end' : 'date',
  dialect: Dialect = 'sqlite',
): SqlCondition {
  const parts: string[] = [];
  const params: string[] = [];
  const date = index === 'date' ? 'i.date' : noIndex('i.date', dialect);
  const add = (sql: string, day: string) => {
    parts.push(sql);
    params.push(sqlDate(day));
  };
  if (filters.startsFrom) add(`${date} >= ?`, filters.startsFrom);
  if (filters.startsTo) add(`${date} <= ?`, filters.startsTo);
  if (filters.startsBefore) add(`${date} < ?`, filters.startsBefore);
  if (filters.to) add(`${date} <= ?`, filters.to);
  if (filters.from)
    add(`${index === 'end' ? 'i."dateLast"' : noIndex('i."dateLast"', dialect)} >= ?`, filters.from);
  return { sql: parts.join(' AND '), params };
}

/** The filters as a condition on `"Incident" i`; SQLite's unless a dialect is given. */
export function incidentFilterSql(filters: PartFilters, dialect: Dialect = 'sqlite'): SqlCondition {
  const parts = ['i."deletedAt" IS NULL'];
  const params: (string | number)[] = [];
  if (filters.status) {
    parts.push('i.status = ?');
    params.push(filters.status);
  } else parts.push("i.status <> 'rejected'");
  const dates = dateOverlapSql(filters, undefined, dialect);
  if (dates.sql) {
    parts.push(dates.sql);
    params.push(...dates.params);
  }
  if (filters.type?.length) {
    parts.push(`i.type IN (${filters.type.map(() => '?').join(', ')})`);
    params.push(...filters.type);
  }
  if (filters.grade?.length) {
    parts.push(`i.grade IN (${filters.grade.map(() => '?').join(', ')})`);
    params.push(...filters.grade);
  }
  if (filters.place) {
    parts.push(`i."locationId" IN (${PLACES_UNDER_SQL})`);
    params.push(filters.place);
  }
  if (filters.affiliation || filters.kind || filters.confirmed) {
    // The summary has a row per incident × kind × side wherever a claim does, and its primary
    // key starts (incidentId, kind, affiliation): a probe of a few index entries per incident
    // instead of a scan of the incident's claims. "Confirmed": a figure two sources give.
    const claim: string[] = ['cf."incidentId" = i.id'];
    if (filters.confirmed) claim.push('cf.sources >= 2');
    if (filters.kind) {
      claim.push('cf.kind = ?');
      params.push(filters.kind);
    }
    if (filters.affiliation) {
      claim.push('cf.affiliation = ?');
      params.push(filters.affiliation);
    }
    parts.push(`EXISTS (SELECT 1 FROM "IncidentCasualty" cf WHERE ${claim.join(' AND ')})`);
  }
  const actors = actorFilterSql(filters);
  if (actors) {
    parts.push(actors.sql);
    params.push(...actors.params);
  }
  const q = filters.q ? foldForSearch(filters.q) : '';
  for (const word of q ? q.split(' ') : []) {
    const test = searchWordSql(word, dialect);
    parts.push(test.sql);
    params.push(...test.params);
  }
  return { sql: parts.join(' AND '), params };
}

/**
 * One search word, a part of the incident's folded text, taken literally ("%" and "_" are
 * characters, not LIKE's wildcards). SQLite: words of three characters or more as a phrase of the
 * FTS5 trigram index (lib/store/search-index.ts), which matches substrings and, unlike
 * LIKE … ESCAPE, uses the index; shorter ones by instr() over the text. PostgreSQL: LIKE, which
 * its Gin trigram index on "searchText" answers for words of three characters or more.
 */
export function searchWordSql(word: string, dialect: Dialect): SqlCondition {
  if (dialect === 'postgres') {
    return { sql: `i."searchText" LIKE ? ESCAPE '\\'`, params: [containsPattern(word)] };
  }
  if (word.length >= INDEXED_WORD_LENGTH) {
    return {
      sql: 'i.id IN (SELECT rowid FROM "IncidentSearch" WHERE "IncidentSearch" MATCH ?)',
      params: [`"${word.replaceAll('"', '""')}"`],
    };
  }
  return { sql: 'instr(i."searchText", ?) > 0', params: [word] };
}

/**
 * Who took part: incidents where one actor claim meets every actor filter. An actor stands for
 * itself and, if a coalition, for its member groups during their membership (the incident's
 * date decides). Through ActorClaim's (actorKey, role) index, not a probe per incident.
 */
export function actorFilterSql(filters: IncidentFilters): SqlCondition | null {
  if (!filters.actor?.length && !filters.actorType?.length && !filters.actorRole) return null;
  const where: string[] = [];
  const params: string[] = [];
  let dated = false;
  if (filters.actor?.length) {
    const spans = filters.actor.flatMap((key) => actorWithMembers(key));
    const alternatives = spans.map((span) => {
      params.push(span.key);
      let test = 'ac."actorKey" = ?';
      if (span.from) {
        test += ' AND mi.date >= ?';
        params.push(sqlDate(`${span.from}-01`));
      }
      if (span.to) {
        test += ' AND mi.date < ?';
        params.push(sqlDate(`${span.to}-01`));
      }
      dated ||= Boolean(span.from || span.to);
      return `(${test})`;
    });
    where.push(`(${alternatives.join(' OR ')})`);
  }
  if (filters.actorType?.length) {
    where.push(`ac."actorType" IN (${filters.actorType.map(() => '?').join(', ')})`);
    params.push(...filters.actorType);
  }
  if (filters.actorRole) {
    where.push('ac.role = ?');
    params.push(filters.actorRole);
  }
  const from = dated ? '"ActorClaim" ac JOIN "Incident" mi ON mi.id = ac."incidentId"' : '"ActorClaim" ac';
  return { sql: `i.id IN (SELECT ac."incidentId" FROM ${from} WHERE ${where.join(' AND ')})`, params };
}
