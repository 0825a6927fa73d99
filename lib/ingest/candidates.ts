/**
 * Stored incidents a drafted one could be: same time window, not deleted, not rejected, not
 * already reported by the same report. Read inside the write transaction, so two reports of
 * one event stored at the same moment cannot both create it.
 */
import { dateInterval, type MatchResult, type MatchSubject, scoreMatch } from '../incidents/match';
import { sqlDate } from '../store/sql-values';
import type { SqlConnection } from '../store/write-connection';

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

const DAY_MS = 86_400_000;
const dayToIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

type SubjectRow = Omit<Candidate, 'placeChain' | 'casualties'>;

const SUBJECT_COLUMNS = `i.id, i.title, i.status, substr(i.date, 1, 10) AS date,
  substr(i.dateEnd, 1, 10) AS dateEnd, i.datePrecision, i.type, l.key AS locationKey
  FROM Incident i LEFT JOIN Location l ON l.id = i.locationId`;

function withClaims(sql: SqlConnection, rows: SubjectRow[], chains: Map<string, string[]>): Candidate[] {
  if (rows.length === 0) return [];
  const claims = sql
    .prepare(
      `SELECT incidentId, kind, affiliation, country FROM CasualtyClaim
       WHERE incidentId IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(rows.map((r) => r.id))) as ({
    incidentId: number;
  } & Candidate['casualties'][number])[];
  return rows.map((r) => ({
    ...r,
    placeChain: r.locationKey ? (chains.get(r.locationKey) ?? [r.locationKey]) : [],
    casualties: claims.filter((c) => c.incidentId === r.id),
  }));
}

export function findCandidates(
  sql: SqlConnection,
  subject: MatchSubject,
  options: { excludeReportId?: number; chains: Map<string, string[]> },
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
  return withClaims(sql, rows, options.chains);
}

/** One stored incident as a match subject (an editor may merge into any live incident). */
export function loadCandidate(
  sql: SqlConnection,
  id: number,
  chains: Map<string, string[]>,
): Candidate | null {
  const row = sql.prepare(`SELECT ${SUBJECT_COLUMNS} WHERE i.id = ? AND i.deletedAt IS NULL`).get(id) as
    | SubjectRow
    | undefined;
  return row ? (withClaims(sql, [row], chains)[0] ?? null) : null;
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
