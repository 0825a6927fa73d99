import 'server-only';
/**
 * What the overview and the saved searches page mark as new: incidents recorded since the user's
 * previous visit (visits.ts). Opening either page records this visit.
 */
import { db } from '../db';
import type { IncidentFilters } from '../incidents/filters';
import { appSql } from '../store/app-sql';
import { countIncidentsRecordedSince, recordedSince } from './feed-incidents';
import { recordVisit } from './visit-mutations';

/** Records this view; the instant after which incidents count as new, or null on a first visit. */
export async function visitSince(userId: number, now = new Date()): Promise<Date | null> {
  const { previousVisitAt } = await recordVisit(await appSql(), userId, now);
  return previousVisitAt ? new Date(previousVisitAt) : null;
}

export interface NewSinceVisit {
  /** ISO instant: the end of the previous visit. */
  since: string;
  /** Incidents recorded since, in all. */
  count: number;
  /** Of the incidents shown, those recorded since. */
  newIds: number[];
}

/** For the overview: how many incidents are new, and which of `shownIds` are. */
export async function newSinceLastVisit(userId: number, shownIds: number[]): Promise<NewSinceVisit | null> {
  const since = await visitSince(userId);
  if (!since) return null;
  const filters: IncidentFilters = {};
  const [count, shown] = await Promise.all([
    countIncidentsRecordedSince(filters, since, db()),
    recordedSince(shownIds, since, db()),
  ]);
  return { since: since.toISOString(), count, newIds: [...shown] };
}
