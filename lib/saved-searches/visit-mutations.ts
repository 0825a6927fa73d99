/**
 * Records a view of the overview or the saved searches in the user's visits (visits.ts). Not
 * audited: it is the user's own reading position, like a session's lastSeenAt, and changes no data.
 */
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import { rollVisit, type Visits } from './visits';

const read = (sql: SqlConnection, userId: number) =>
  (sql.prepare('SELECT lastVisitAt, previousVisitAt FROM "User" WHERE id = ?').get(userId) as
    | Visits
    | undefined) ?? { lastVisitAt: null, previousVisitAt: null };

/** The user's visits after this view; written only when they changed enough (at most every few minutes). */
export function recordVisit(sql: SqlConnection, userId: number, now = new Date()): Visits {
  const seen = rollVisit(read(sql, userId), now);
  if (!seen.write) return seen.visits;
  // Read again inside the write lock: two pages loading at once roll the visit once.
  return writeTransaction(sql, () => {
    const { visits, write } = rollVisit(read(sql, userId), now);
    if (write) {
      sql
        .prepare('UPDATE "User" SET lastVisitAt = ?, previousVisitAt = ? WHERE id = ?')
        .run(visits.lastVisitAt, visits.previousVisitAt, userId);
    }
    return visits;
  });
}
