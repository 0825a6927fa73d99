/**
 * Stored incidents a drafted one could be: same time window, not deleted, not rejected, not
 * already reported by the same report. Read inside the write transaction, so two reports of
 * one event stored at the same moment cannot both create it.
 */
import { dateInterval, type MatchResult, type MatchSubject, scoreMatch } from '../incidents/match';
import { scoreUndatedMatch, type UndatedSubject } from '../incidents/match-undated';
import type { GazetteerEntry } from '../locations/gazetteer';
import { sqlDate, sqlDateTime } from '../store/sql-values';
import type { SqlConnection } from '../store/write-connection';
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

const DAY_MS = 86_400_000;
const dayToIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

type SubjectRow = Omit<Candidate, 'placeChain' | 'commune' | 'casualties'>;

const SUBJECT_COLUMNS = `i.id, i.title, i.status, substr(i.date, 1, 10) AS date,
  substr(i.dateEnd, 1, 10) AS dateEnd, i.datePrecision, i.type, l.key AS locationKey
  FROM Incident i LEFT JOIN Location l ON l.id = i.locationId`;

function withClaims(sql: SqlConnection, rows: SubjectRow[], places: PlaceIndex): Candidate[] {
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

export function findCandidates(
  sql: SqlConnection,
  subject: MatchSubject,
  options: { excludeReportId?: number; places: PlaceIndex },
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
  return withClaims(sql, rows, options.places);
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

/**
 * The days an undated report's event may fall on: the 12 months before it comes in, widened back
 * to the oldest publication date among the reports the store received in those 12 months (less a
 * week, as "on Tuesday" looks back). A live feed then looks back a year; a back-fill of 2024
 * pages loaded in 2026 looks back over 2024, where its undated copies belong. The single-best
 * rule (pickUndatedMatch) and the strong identity it needs guard the rest.
 */
export function undatedWindow(sql: SqlConnection, now: Date): [string, string] {
  const today = Math.floor(now.getTime() / DAY_MS);
  const yearAgo = today - 365;
  const row = sql
    .prepare(
      `SELECT min(substr(publishedAt, 1, 10)) AS oldest FROM Report
       WHERE publishedAt IS NOT NULL AND ingestedAt >= ?`,
    )
    .get(sqlDateTime(new Date(yearAgo * DAY_MS))) as { oldest: string | null } | undefined;
  const oldest = row?.oldest ? Math.round(Date.parse(`${row.oldest}T00:00:00Z`) / DAY_MS) - 7 : yearAgo;
  return [dayToIso(Math.min(yearAgo, oldest)), dayToIso(today)];
}

/**
 * Stored incidents an undated one could be: in the window, in the draft's commune (an undated
 * incident never joins on a wider or unknown place), on the weekday named. Scored by the caller.
 */
export function findUndatedCandidates(
  sql: SqlConnection,
  subject: UndatedSubject,
  options: { excludeReportId?: number; places: PlaceIndex; now: Date },
): Candidate[] {
  if (!subject.commune) return [];
  const keys = [...options.places].filter(([, p]) => p.commune === subject.commune).map(([key]) => key);
  const [first, last] = undatedWindow(sql, options.now);
  const rows = sql
    .prepare(
      `SELECT ${SUBJECT_COLUMNS}
       WHERE i.deletedAt IS NULL AND i.status <> 'rejected'
         AND i.date BETWEEN ? AND ?
         AND (? IS NULL OR (i.datePrecision = 'day' AND strftime('%w', substr(i.date, 1, 10)) = ?))
         AND l.key IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM IncidentSource s WHERE s.incidentId = i.id AND s.reportId = ?)`,
    )
    .all(
      sqlDate(first),
      sqlDate(last),
      subject.weekday,
      String(subject.weekday),
      JSON.stringify(keys),
      options.excludeReportId ?? -1,
    ) as SubjectRow[];
  return withClaims(sql, rows, options.places);
}

/**
 * The stored incident an undated one reports: the only candidate that qualifies, or the only one
 * with both strong identifications when several qualify. Otherwise none: two stored Tuesdays that
 * fit equally well are two events the report could be telling, and a guess would merge wrongly.
 */
export function pickUndatedMatch(
  subject: UndatedSubject,
  candidates: readonly Candidate[],
): SuggestedMatch | null {
  const scored = candidates.flatMap((c) => {
    const result = scoreUndatedMatch(subject, c);
    return result ? [{ c, result }] : [];
  });
  const top = Math.max(0, ...scored.map((s) => s.result.strength));
  const best = scored.filter((s) => s.result.strength === top);
  const only = best.length === 1 ? best[0] : undefined;
  if (!only) return null;
  const { c, result } = only;
  return {
    score: result.score,
    reasons: result.reasons,
    incidentId: c.id,
    title: c.title,
    date: c.date,
    datePrecision: c.datePrecision,
  };
}
