/**
 * "New since your last visit". A visit is a run of page views with less than VISIT_GAP_MS between
 * them (as web analytics count sessions): while it lasts, the incidents marked new stay marked —
 * a reload does not clear them — and the marks move on only when the user comes back after a
 * pause. `lastVisitAt` follows the user's views (written at most every VISIT_TOUCH_MS, so reading
 * pages does not each write), `previousVisitAt` is where the visit before this one ended: what
 * was recorded after it is new. Pure.
 */
import { sqlDateTime } from '../store/sql-values';

export const VISIT_GAP_MS = 30 * 60_000;
export const VISIT_TOUCH_MS = 5 * 60_000;

export interface Visits {
  lastVisitAt: string | null;
  previousVisitAt: string | null;
}

/** The visits after a view at `now`, and whether they changed enough to be written. */
export function rollVisit(stored: Visits, now: Date): { visits: Visits; write: boolean } {
  const at = sqlDateTime(now);
  if (!stored.lastVisitAt) return { visits: { lastVisitAt: at, previousVisitAt: null }, write: true };
  const idle = now.getTime() - Date.parse(stored.lastVisitAt);
  if (idle >= VISIT_GAP_MS) {
    return { visits: { lastVisitAt: at, previousVisitAt: stored.lastVisitAt }, write: true };
  }
  if (idle >= VISIT_TOUCH_MS) {
    return { visits: { lastVisitAt: at, previousVisitAt: stored.previousVisitAt }, write: true };
  }
  return { visits: stored, write: false };
}
