import 'server-only';
import { cachedRead } from '../aggregates/version';
import { type Db, db } from '../db';
import type { SqlCondition } from '../stats/filter-sql';
import { queryRows } from '../stats/raw';
import { type Dialect, dayKey, dialectOf } from '../store/dialect';
import { sqlDate } from '../store/sql-values';
import type { ReportListItem } from './queries';
import { decodeReportCursor, encodeReportCursor, type ReportCursor } from './report-pages';

/** The two stretches of the list: dated reports, newest first, then the undated ones. */
export type ReportListPart = 'dated' | 'undated';

/**
 * One page of live reports, paged by keyset on `Report_live_by_published_idx` (withdrawnAt,
 * publishedAt, id): a deep page costs what the first one does. Dated and undated reports are
 * read as two ranges of that index (a NULL is neither before nor after a date in a keyset
 * comparison); the second statement runs only on pages that reach the undated ones.
 * Each row's incident count is an index lookup on IncidentSource(reportId), not Prisma's
 * `_count`, which groups all of IncidentSource for every page.
 */
export async function listReports(
  page: { cursor?: string; limit: number },
  database: Db = db(),
): Promise<{ items: ReportListItem[]; nextCursor: string | null }> {
  const after = page.cursor ? decodeReportCursor(page.cursor) : null;
  const dialect = dialectOf(database);
  const want = page.limit + 1; // one more than the page, to know whether another follows
  const rows: ReportRow[] = [];
  if (after?.publishedAt !== null) {
    rows.push(...(await readPart(database, reportPageSql('dated', after, want, dialect))));
  }
  if (rows.length < want) {
    const undatedAfter = after?.publishedAt === null ? after : null;
    rows.push(
      ...(await readPart(database, reportPageSql('undated', undatedAfter, want - rows.length, dialect))),
    );
  }
  const items = rows.slice(0, page.limit).map(toListItem);
  const last = items[page.limit - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encodeReportCursor(last) : null };
}

/**
 * The statement for one stretch, after `after` (a report of that stretch) or from its start.
 * The keyset is written `publishedAt <= ? AND (publishedAt < ? OR id < ?)`, the form SQLite
 * turns into an index range with bound parameters (see KEYSET_AFTER in lib/incidents).
 * Publication dates are stored as UTC midnight of the day (sqlDate), as every writer stores them,
 * so the day in the cursor is the stored value.
 */
export function reportPageSql(
  part: ReportListPart,
  after: ReportCursor | null,
  limit: number,
  dialect: Dialect = 'sqlite',
): SqlCondition {
  const where =
    part === 'dated'
      ? `r."publishedAt" IS NOT NULL${after?.publishedAt ? ' AND r."publishedAt" <= ? AND (r."publishedAt" < ? OR r.id < ?)' : ''}`
      : `r."publishedAt" IS NULL${after ? ' AND r.id < ?' : ''}`;
  const keyset =
    part === 'dated'
      ? after?.publishedAt
        ? [sqlDate(after.publishedAt), sqlDate(after.publishedAt), after.id]
        : []
      : after
        ? [after.id]
        : [];
  return {
    sql: `SELECT r.id, r.title, r.outlet, r.url, ${dayKey('r."publishedAt"', dialect)} AS "publishedAt",
            (SELECT count(*) FROM "IncidentSource" s WHERE s."reportId" = r.id) AS "incidentCount"
     FROM "Report" r
     WHERE r."withdrawnAt" IS NULL AND ${where}
     ORDER BY r."publishedAt" DESC, r.id DESC LIMIT ?`,
    params: [...keyset, limit],
  };
}

/**
 * How many live reports there are, counted from the index once per change to the set of live
 * reports (the "reports" counter, bumped by triggers on Report) rather than on every page view.
 */
export function countReports(database: Db = db()): Promise<number> {
  return cachedRead(database, { key: 'reports:live-count', scopes: ['reports'] }, async () => {
    const [row] = await queryRows<{ n: number }>(
      database,
      'SELECT count(*) AS n FROM "Report" WHERE "withdrawnAt" IS NULL',
      [],
    );
    return row?.n ?? 0;
  });
}

/** A row as the list's statement names its columns: a list item's fields. */
type ReportRow = ReportListItem;

function readPart(database: Db, query: SqlCondition) {
  return queryRows<ReportRow>(database, query.sql, query.params);
}

function toListItem(r: ReportRow): ReportListItem {
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    publishedAt: r.publishedAt,
    incidentCount: r.incidentCount,
  };
}
