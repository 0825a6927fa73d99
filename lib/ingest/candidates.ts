/**
 * Stored incidents a drafted one could be: same time window, not deleted, not rejected, not
 * already reported by the same report. Read inside the write transaction, so two reports of
 * one event stored at the same moment cannot both create it.
 */
import { dateInterval, type MatchResult, type MatchSubject, scoreMatch } from '../incidents/match';
import type { GazetteerEntry } from '../locations/gazetteer';
import { sqlDate } from '../store/sql-values';
import type { SqlConnection } from '../store/write-connection';
import { withNamesToMatch } from './candidate-victims';
import { placeChains } from './gazetteer';

/** Where each gazetteer place sits: its chain of keys up to the country, and its commune. */
export type PlaceIndex = Map<string, Pick<MatchSubject, 'placeChain' | 'commune'>>;

export function placeIndex(gazetteer: readonly GazetteerEntry[]): PlaceIndex {
  const kindOf = new Map(gazetteer.map((g) => [g.key, g.kind]));
  const index: PlaceIndex = new Map();
  for (const [key, chain] of placeChains(gazetteer)) {
    // By kind, not by position: a place an editor added may hang from any level.
    index.set(key, { placeChain: chain, commune: chain.find((k) => kindOf.get(k) === 'commune') ?? null });
  }
  return index;
}

/** The place of a subject; an unknown key is a place nobody can locate, never a country. */
export function placeOf(
  places: PlaceIndex,
  key: string | null | undefined,
): Pick<MatchSubject, 'placeChain' | 'commune'> {
  if (!key) return { placeChain: [], commune: null };
  return places.get(key) ?? { placeChain: [key], commune: null };
}

export interface Candidate extends MatchSubject {
  id: number;
  title: string;
  status: string;
  locationKey: string | null;
}

export interface SuggestedMatch extends MatchResult {
  incidentId: number;
  title: string;
  date: string;
  datePrecision: string;
}

export const DAY_MS = 86_400_000;
export const dayToIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export type SubjectRow = Omit<Candidate, 'placeChain' | 'commune' | 'casualties'>;

export const SUBJECT_COLUMNS = `i.id, i.title, i.status, substr(i.date, 1, 10) AS date,
  substr(i.dateEnd, 1, 10) AS dateEnd, i.datePrecision, i.type, l.key AS locationKey
  FROM Incident i LEFT JOIN Location l ON l.id = i.locationId`;

export function withClaims(sql: SqlConnection, rows: SubjectRow[], places: PlaceIndex): Candidate[] {
  if (rows.length === 0) return [];
  const claims = sql
    .prepare(
      `SELECT incidentId, kind, affiliation, country, count FROM CasualtyClaim
       WHERE incidentId IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as ({
    incidentId: number;
  } & Candidate['casualties'][number])[];
  return rows.map((r) => ({
    ...r,
    ...placeOf(places, r.locationKey),
    casualties: claims.filter((c) => c.incidentId === r.id),
  }));
}

export interface CandidateOptions {
  excludeReportId?: number;
  places: PlaceIndex;
  /** Folded place names (placeNames), never read as persons when victims' names are compared. */
  placeNames?: ReadonlySet<string>;
}

export function findCandidates(
  sql: SqlConnection,
  subject: MatchSubject,
  options: CandidateOptions,
): Candidate[] {
  const [first, last] = dateInterval(subject);
  // Stored incidents start at most a month before the window (month precision) — or are dated
  // to a whole year.
  const rows = sql
    .prepare(
      `SELECT ${SUBJECT_COLUMNS}
       WHERE i.deletedAt IS NULL AND i.status <> 'rejected'
         AND (i.date BETWEEN ? AND ? OR (i.datePrecision = 'year' AND i.date BETWEEN ? AND ?))
         AND NOT EXISTS (SELECT 1 FROM IncidentSource s WHERE s.incidentId = i.id AND s.reportId = ?)`,
    )
    .all(
      sqlDate(dayToIso(first - 32)),
      sqlDate(dayToIso(last + 1)),
      sqlDate(`${dayToIso(first - 366).slice(0, 4)}-01-01`),
      sqlDate(dayToIso(last + 1)),
      options.excludeReportId ?? -1,
    ) as SubjectRow[];
  return withNamesToMatch(sql, withClaims(sql, rows, options.places), {
    names: subject.victimNames,
    places: options.placeNames ?? new Set(),
    matching: (c) => scoreMatch(subject, c) !== null,
  });
}

/** One stored incident as a match subject (an editor may merge into any live incident). */
export function loadCandidate(sql: SqlConnection, id: number, places: PlaceIndex): Candidate | null {
  const row = sql.prepare(`SELECT ${SUBJECT_COLUMNS} WHERE i.id = ? AND i.deletedAt IS NULL`).get(id) as
    | SubjectRow
    | undefined;
  return row ? (withClaims(sql, [row], places)[0] ?? null) : null;
}

/** The best stored match for a drafted incident, if any passes the threshold. */
export function suggestMatch(subject: MatchSubject, candidates: readonly Candidate[]): SuggestedMatch | null {
  let best: SuggestedMatch | null = null;
  for (const c of candidates) {
    const result = scoreMatch(subject, c);
    if (result && (!best || result.score > best.score)) {
      best = { ...result, incidentId: c.id, title: c.title, date: c.date, datePrecision: c.datePrecision };
    }
  }
  return best;
}
