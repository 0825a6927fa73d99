/**
 * The stored incidents the review screen puts beside the drafted ones: what the matcher
 * suggests, with enough of the stored incident (date, place, type, casualties, sources) for an
 * editor to judge "same event or not" side by side.
 */
import type { SuggestedMatch } from '../ingest/candidates';
import { dayKey, idIn } from '../store/dialect';
import type { Sql } from '../store/sql';

export interface MatchView {
  incidentId: number;
  title: string;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  place: string | null;
  casualties: { kind: string; affiliation: string; country: string | null; best: number }[];
  sources: number;
  score: number;
  reasons: string[];
}

interface IncidentRow {
  id: number;
  title: string;
  date: string;
  dateEnd: string | null;
  datePrecision: string;
  type: string;
  place: string | null;
  sources: number;
}

export async function loadMatchViews(
  sql: Sql,
  matches: readonly (SuggestedMatch | null)[],
): Promise<(MatchView | null)[]> {
  const ids = [...new Set(matches.flatMap((m) => (m ? [m.incidentId] : [])))];
  if (ids.length === 0) return matches.map(() => null);
  const d = sql.dialect;
  const these = idIn('i."id"', ids, d);
  const rows = await sql.all<IncidentRow>(
    `SELECT i."id", i."title", ${dayKey('i."date"', d)} AS "date", ${dayKey('i."dateEnd"', d)} AS "dateEnd",
            i."datePrecision", i."type", l."name" AS "place",
            (SELECT count(*) FROM "IncidentSource" s WHERE s."incidentId" = i."id") AS "sources"
     FROM "Incident" i LEFT JOIN "Location" l ON l."id" = i."locationId"
     WHERE ${these.sql} AND i."deletedAt" IS NULL`,
    these.params,
  );
  const theirs = idIn('"incidentId"', ids, d);
  // Enums sort by their declared order on PostgreSQL, by text on SQLite: sort as text on both.
  const casualties = await sql.all<{
    incidentId: number;
    kind: string;
    affiliation: string;
    country: string;
    best: number;
  }>(
    `SELECT "incidentId", "kind", "affiliation", "country", "best" FROM "IncidentCasualty"
     WHERE ${theirs.sql} ORDER BY CAST("kind" AS text), CAST("affiliation" AS text)`,
    theirs.params,
  );
  const byId = new Map(rows.map((r) => [Number(r.id), r]));
  return matches.map((m) => {
    const row = m ? byId.get(m.incidentId) : undefined;
    if (!m || !row) return null;
    return {
      incidentId: m.incidentId,
      title: row.title,
      date: row.date,
      dateEnd: row.dateEnd,
      datePrecision: row.datePrecision,
      type: row.type,
      place: row.place,
      casualties: casualties
        .filter((c) => Number(c.incidentId) === m.incidentId)
        .map((c) => ({
          kind: c.kind,
          affiliation: c.affiliation,
          country: c.country || null,
          best: Number(c.best),
        })),
      sources: Number(row.sources),
      score: m.score,
      reasons: m.reasons,
    };
  });
}
