/**
 * Records a view of the overview or the saved searches in the user's visits (visits.ts). Not
 * audited: it is the user's own reading position, like a session's lastSeenAt, and changes no data.
 */
import type { Sql } from '../store/sql';
import { rollVisit, type Visits } from './visits';

const read = async (sql: Sql, userId: number): Promise<Visits> =>
  (await sql.get<Visits>('SELECT "lastVisitAt", "previousVisitAt" FROM "User" WHERE "id" = ?', [userId])) ?? {
    lastVisitAt: null,
    previousVisitAt: null,
  };

/** The user's visits after this view; written only when they changed enough (at most every few minutes). */
export async function recordVisit(sql: Sql, userId: number, now = new Date()): Promise<Visits> {
  const seen = rollVisit(await read(sql, userId), now);
  if (!seen.write) return seen.visits;
  // Read again inside the transaction, under the user's lock key (PostgreSQL: two servers), so
  // two pages loading at once roll the visit once.
  return sql.transaction(
    async (tx) => {
      const { visits, write } = rollVisit(await read(tx, userId), now);
      if (write) {
        await tx.run('UPDATE "User" SET "lastVisitAt" = ?, "previousVisitAt" = ? WHERE "id" = ?', [
          visits.lastVisitAt,
          visits.previousVisitAt,
          userId,
        ]);
      }
      return visits;
    },
    { lockKeys: [`visit:${userId}`] },
  );
}
