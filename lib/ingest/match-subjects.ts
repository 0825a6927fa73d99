/**
 * A drafted incident as the matcher sees it (lib/incidents/match.ts stays pure: the persons named
 * as victims, the places' names and chains are read here), and the stored incident an undated one
 * reports.
 */
import type { IncidentDraft } from '../extract/schema';
import type { MatchSubject } from '../incidents/match';
import type { UndatedSubject } from '../incidents/match-undated';
import type { GazetteerEntry } from '../locations/gazetteer';
import type { Sql } from '../store/sql';
import { draftVictimNames, placeNames } from './candidate-victims';
import { type Candidate, type PlaceIndex, placeIndex, placeOf, type SuggestedMatch } from './candidates';
import { findUndatedCandidates, pickUndatedMatch } from './undated-candidates';

export function subjectOf(incident: IncidentDraft, places: PlaceIndex): MatchSubject {
  return {
    date: incident.date ?? '',
    dateEnd: incident.dateEnd,
    datePrecision: incident.datePrecision ?? 'year',
    type: incident.type,
    ...placeOf(places, incident.place?.key),
    casualties: incident.casualties,
  };
}

/** What matching needs beside the draft: where places are, their names, the report's text. */
export interface MatchContext {
  places: PlaceIndex;
  placeNames: ReadonlySet<string>;
  text: string;
}

export function matchContext(gazetteer: readonly GazetteerEntry[], text: string): MatchContext {
  return { places: placeIndex(gazetteer), placeNames: placeNames(gazetteer), text };
}

/** The subject with the persons it names as victims, which only the store's callers can read. */
export function namedSubjectOf(incident: IncidentDraft, context: MatchContext): MatchSubject {
  return { ...subjectOf(incident, context.places), victimNames: draftVictimNames(incident, context) };
}

function undatedSubjectOf(incident: IncidentDraft, context: MatchContext): UndatedSubject {
  return {
    type: incident.type,
    ...placeOf(context.places, incident.place?.key),
    casualties: incident.casualties,
    victimNames: draftVictimNames(incident, context),
    weekday: incident.weekday ?? null,
    monthDay: incident.monthDay ?? null,
  };
}

/**
 * The stored incident an undated one reports, if its place and victims single one out (see
 * pickUndatedMatch); the incident then keeps its own date.
 */
export async function findUndatedMatch(
  sql: Sql,
  incident: IncidentDraft,
  options: { context: MatchContext; excludeReportId?: number; now: Date },
): Promise<{ match: SuggestedMatch; target: Candidate } | null> {
  const { context } = options;
  const subject = undatedSubjectOf(incident, context);
  const candidates = await findUndatedCandidates(sql, subject, { ...options, ...context });
  const match = pickUndatedMatch(subject, candidates);
  const target = candidates.find((c) => c.id === match?.incidentId);
  return match && target ? { match, target } : null;
}
