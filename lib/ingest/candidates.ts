/**
 * Stored incidents a drafted one could be: same time window, not deleted, not rejected, not
 * already reported by the same report. Read inside the write transaction, so two reports of
 * one event stored at the same moment cannot both create it.
 */
import { dateInterval, type MatchResult, type MatchSubject, scoreMatch } from '../incidents/match';
import type { GazetteerEntry } from '../locations/gazetteer';
import { type Dialect, dayKey, idIn } from '../store/dialect';
import type { Sql } from '../store/sql';
import { sqlDate } from '../store/sql-values';
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

/** The columns of a candidate and the tables they come from (`i`: the incident, `l`: its place). */
export const subjectColumns = (dialect: Dialect) => `"i"."id", "i"."title", "i"."status",
  ${dayKey('"i"."date"', dialect)} AS "date", ${dayKey('"i"."dateEnd"', dialect)} AS "dateEnd",
  "i"."datePrecision", "i"."type", "l"."key" AS "locationKey"
  FROM "Incident" "i" LEFT JOIN "Location" "l" ON "l"."id" = "i"."locationId"`;

export async function withClaims(sql: Sql, rows: SubjectRow[], places: PlaceIndex): Promise<Candidate[]> {
  if (rows.length === 0) return [];
  const ids = idIn(
    '"incidentId"',
    rows.map((r) => r.id),
    sql.dialect,
  );
  const claims = await sql.all<{ incidentId: number } & Candidate['casualties'][number]>(
    `SELECT "incidentId", "kind", "affiliation", "country", "count" FROM "CasualtyClaim" WHERE ${ids.sql}`,
    ids.params,
  );
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

export async function findCandidates(
  sql: Sql,
  subject: MatchSubject,
  options: CandidateOptions,
): Promise<Candidate[]> {
  const [first, last] = dateInterval(subject);
  // Stored incidents start at most a month before the window (month precision) — or are dated
  // to a whole year.
  const rows = await sql.all<SubjectRow>(
    `SELECT ${subjectColumns(sql.dialect)}
     WHERE "i"."deletedAt" IS NULL AND "i"."status" <> 'rejected'
       AND ("i"."date" BETWEEN ? AND ? OR ("i"."datePrecision" = 'year' AND "i"."date" BETWEEN ? AND ?))
       AND NOT EXISTS (SELECT 1 FROM "IncidentSource" "s" WHERE "s"."incidentId" = "i"."id" AND "s"."reportId" = ?)`,
    [
      sqlDate(dayToIso(first - 32)),
      sqlDate(dayToIso(last + 1)),
      sqlDate(`${dayToIso(first - 366).slice(0, 4)}-01-01`),
      sqlDate(dayToIso(last + 1)),
      options.excludeReportId ?? -1,
    ],
  );
  return withNamesToMatch(sql, await withClaims(sql, rows, options.places), {
    names: subject.victimNames,
    places: options.placeNames ?? new Set(),
    matching: (c) => scoreMatch(subject, c) !== null,
  });
}

/** One stored incident as a match subject (an editor may merge into any live incident). */
export async function loadCandidate(sql: Sql, id: number, places: PlaceIndex): Promise<Candidate | null> {
  const row = await sql.get<SubjectRow>(
    `SELECT ${subjectColumns(sql.dialect)} WHERE "i"."id" = ? AND "i"."deletedAt" IS NULL`,
    [id],
  );
  return row ? ((await withClaims(sql, [row], places))[0] ?? null) : null;
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
