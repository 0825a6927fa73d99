/**
 * Adding, pausing, resuming and removing feeds: each change an audit entry by the admin who made
 * it. A feed changes one transaction at a time on PostgreSQL too (lock keys `feed:<id>`, and
 * `feed-url:<url>` for adding), as the poller's lease does (poll.ts).
 */
import { recordAudit } from '../audit/record';
import type { Sql } from '../store/sql';
import { sqlDateTime } from '../store/sql-values';
import type { ValidFeedInput } from './schema';

export type AddFeedResult = { ok: true; id: number } | { ok: false; field: 'url'; message: string };

export async function addFeed(
  sql: Sql,
  input: ValidFeedInput,
  userId: number | null,
): Promise<AddFeedResult> {
  const at = sqlDateTime(new Date());
  return sql.transaction(
    async (tx): Promise<AddFeedResult> => {
      const existing = await tx.get<{ name: string }>('SELECT "name" FROM "Feed" WHERE "url" = ?', [
        input.url,
      ]);
      if (existing)
        return { ok: false, field: 'url', message: `this feed is already registered, as “${existing.name}”` };
      const id = await tx.insert('Feed', {
        url: input.url,
        name: input.name,
        language: input.language,
        keywords: JSON.stringify(input.keywords),
        addedById: userId,
        addedAt: at,
        nextFetchAt: null, // due at once
      });
      await recordAudit(tx, { userId, at, entity: 'Feed', entityId: id, action: 'create', after: input });
      return { ok: true, id };
    },
    { lockKeys: [`feed-url:${input.url}`] },
  );
}

/** Pauses or resumes a feed; false when there is no such feed. */
export async function setFeedActive(
  sql: Sql,
  id: number,
  active: boolean,
  userId: number | null,
): Promise<boolean> {
  const at = sqlDateTime(new Date());
  return sql.transaction(
    async (tx) => {
      const { changes } = await tx.run(
        // Resumed: due at once, its errors forgotten (the admin has looked).
        `UPDATE "Feed" SET "active" = ?, "failures" = CASE WHEN ? THEN 0 ELSE "failures" END,
                "nextFetchAt" = CASE WHEN ? THEN NULL ELSE "nextFetchAt" END
          WHERE "id" = ? AND "active" <> ?`,
        [active, active, active, id, active],
      );
      if (changes === 0)
        return (await tx.get('SELECT 1 AS "found" FROM "Feed" WHERE "id" = ?', [id])) !== undefined;
      await recordAudit(tx, {
        userId,
        at,
        entity: 'Feed',
        entityId: id,
        action: active ? 'resume' : 'pause',
      });
      return true;
    },
    { lockKeys: [`feed:${id}`] },
  );
}

/** Removes a feed and its item records; the reports it brought in stay. False when there is none. */
export async function deleteFeed(sql: Sql, id: number, userId: number | null): Promise<boolean> {
  const at = sqlDateTime(new Date());
  return sql.transaction(
    async (tx) => {
      const feed = await tx.get<{ url: string; name: string }>(
        'SELECT "url", "name" FROM "Feed" WHERE "id" = ?',
        [id],
      );
      if (!feed) return false;
      await tx.run('DELETE FROM "Feed" WHERE "id" = ?', [id]);
      await recordAudit(tx, { userId, at, entity: 'Feed', entityId: id, action: 'delete', before: feed });
      return true;
    },
    { lockKeys: [`feed:${id}`] },
  );
}
