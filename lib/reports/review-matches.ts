/**
 * The stored incidents the review screen puts beside the drafted ones: what the matcher
 * suggests, with enough of the stored incident (date, place, type, casualties, sources) for an
 * editor to judge "same event or not" side by side.
 */
import type { SuggestedMatch } from '../ingest/candidates';
import type { SqlConnection } from '../store/write-connection';

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

export function loadMatchViews(
  sql: SqlConnection,
  matches: readonly (SuggestedMatch | null)[],
): (MatchView | null)[] {
  const ids = [...new Set(matches.flatMap((m) => (m ? [m.incidentId] : [])))];
  if (ids.length === 0) return matches.map(() => null);
  const list = JSON.stringify(ids);
  const rows = sql
    .prepare(
      `SELECT i.id, i.title, substr(i.date, 1, 10) AS date, substr(i.dateEnd, 1, 10) AS dateEnd,
              i.datePrecision, i.type, l.name AS place,
              (SELECT count(*) FROM IncidentSource s WHERE s.incidentId = i.id) AS sources
       FROM Incident i LEFT JOIN Location l ON l.id = i.locationId
       WHERE i.id IN (SELECT value FROM json_each(?)) AND i.deletedAt IS NULL`,
    )
    .all(list) as IncidentRow[];
  const casualties = sql
    .prepare(
      `SELECT incidentId, kind, affiliation, country, best FROM IncidentCasualty
       WHERE incidentId IN (SELECT value FROM json_each(?)) ORDER BY kind, affiliation`,
    )
    .all(list) as { incidentId: number; kind: string; affiliation: string; country: string; best: number }[];
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
