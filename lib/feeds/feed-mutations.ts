/** Adding, pausing, resuming and removing feeds: each change an audit entry by the admin who made it. */
import { recordAudit } from '../audit/record';
import { insertRow, sqlDateTime } from '../store/sql-values';
import { type SqlConnection, writeTransaction } from '../store/write-connection';
import type { ValidFeedInput } from './schema';

export type AddFeedResult = { ok: true; id: number } | { ok: false; field: 'url'; message: string };

export function addFeed(sql: SqlConnection, input: ValidFeedInput, userId: number | null): AddFeedResult {
  return writeTransaction(sql, () => {
    const existing = sql.prepare('SELECT name FROM Feed WHERE url = ?').get(input.url) as
      | { name: string }
      | undefined;
    if (existing)
      return { ok: false, field: 'url', message: `this feed is already registered, as “${existing.name}”` };
    const at = sqlDateTime(new Date());
    const id = insertRow(sql, 'Feed', {
      url: input.url,
      name: input.name,
      language: input.language,
      keywords: JSON.stringify(input.keywords),
      addedById: userId,
      addedAt: at,
      nextFetchAt: null, // due at once
    });
    recordAudit(sql, { userId, at, entity: 'Feed', entityId: id, action: 'create', after: input });
    return { ok: true, id };
  });
}

/** Pauses or resumes a feed; false when there is no such feed. */
export function setFeedActive(
  sql: SqlConnection,
  id: number,
  active: boolean,
  userId: number | null,
): boolean {
  return writeTransaction(sql, () => {
    const changed = sql
      .prepare(
        // Resumed: due at once, its errors forgotten (the admin has looked).
        `UPDATE Feed SET active = ?, failures = CASE WHEN ? THEN 0 ELSE failures END,
                nextFetchAt = CASE WHEN ? THEN NULL ELSE nextFetchAt END
          WHERE id = ? AND active <> ?`,
      )
      .run(active ? 1 : 0, active ? 1 : 0, active ? 1 : 0, id, active ? 1 : 0).changes;
    if (changed === 0) return sql.prepare('SELECT 1 FROM Feed WHERE id = ?').get(id) !== undefined;
    recordAudit(sql, {
      userId,
      at: sqlDateTime(new Date()),
      entity: 'Feed',
      entityId: id,
      action: active ? 'resume' : 'pause',
    });
    return true;
  });
}

/** Removes a feed and its item records; the reports it brought in stay. False when there is none. */
export function deleteFeed(sql: SqlConnection, id: number, userId: number | null): boolean {
  return writeTransaction(sql, () => {
    const feed = sql.prepare('SELECT url, name FROM Feed WHERE id = ?').get(id) as
      | { url: string; name: string }
      | undefined;
    if (!feed) return false;
    sql.prepare('DELETE FROM Feed WHERE id = ?').run(id);
    recordAudit(sql, {
      userId,
      at: sqlDateTime(new Date()),
      entity: 'Feed',
      entityId: id,
      action: 'delete',
      before: feed,
    });
    return true;
  });
}
