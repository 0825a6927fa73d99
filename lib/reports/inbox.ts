import 'server-only';
/**
 * The editors' inbox: live reports nobody has reviewed yet (read in by a feed, the JSON API or
 * `npm run ingest`; a report saved through the review screen was reviewed as it was saved), newest
 * first, with what the reader drafted from each and what it was unsure of.
 * Paged by keyset on `Report_inbox_idx` (reviewedAt, withdrawnAt, id): both NULL tests are
 * equalities on the index, so a page is a range of ids read in index order, and the count reads
 * the index alone. Nothing here is cached: marking a report reviewed moves no store version.
 */
import { z } from 'zod';
import { type Db, db } from '../db';
import { decimalIdSchema } from '../http/decimal-id';
import { queryRows } from '../stats/raw';
import { type Dialect, dayKey, dialectOf } from '../store/dialect';

export const INBOX_PAGE_SIZE = 50;

/** Where a waiting report came from, as far as the store can tell. */
export type InboxOrigin =
  | { kind: 'feed'; feed: string }
  /** Stored by a signed-in user without the review screen: the JSON API. */
  | { kind: 'submitted'; by: string | null }
  /** No user and no feed: `npm run ingest` or the sample data. */
  | { kind: 'ingest' };

export interface InboxIncident {
  id: number;
  title: string;
  status: string;
  /** YYYY-MM-DD */
  date: string;
  dateEnd: string | null;
  datePrecision: string;
}

export interface InboxItem {
  id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  /** An instant (ISO 8601, UTC). */
  ingestedAt: string;
  /** YYYY-MM-DD, or null when unknown. */
  publishedAt: string | null;
  language: string | null;
  origin: InboxOrigin;
  /** The live incidents it is a source of, drafted from it or joined to stored ones. */
  incidents: InboxIncident[];
  warningCount: number;
  /** The first few of what the reader asked an editor to check. */
  warnings: { code: string; message: string }[];
}

/** The first warnings shown per report; the report page lists them all. */
const WARNINGS_SHOWN = 3;

/** `?before=` names the last report of the previous page, by its id. */
export const inboxPageSchema = z.object({
  before: z.preprocess((v) => (v === '' ? undefined : v), decimalIdSchema.optional()),
});

/** Stored JSON is read back through a schema: anything unexpected shows as no warnings. */
const storedWarnings = z.array(z.object({ code: z.string(), message: z.string() }).loose()).catch([]);

function warningsOf(stored: unknown): { code: string; message: string }[] {
  if (typeof stored !== 'string') return storedWarnings.parse(stored ?? []);
  try {
    return storedWarnings.parse(JSON.parse(stored));
  } catch {
    return [];
  }
}

/** A DateTime column as the adapter hands it back from a raw query. */
type StoredInstant = string | Date;

interface InboxRow {
  id: number;
  title: string;
  outlet: string | null;
  url: string | null;
  ingestedAt: StoredInstant;
  publishedAt: string | null;
  language: string | null;
  warnings: unknown;
  feed: string | null;
  ingestedById: number | null;
  ingestedBy: string | null;
}

/** The page's statement: reports after `before` (or from the newest), `limit` of them. */
export function inboxPageSql(
  before: number | undefined,
  limit: number,
  dialect: Dialect = 'sqlite',
): { sql: string; params: number[] } {
  return {
    sql: `SELECT r.id, r.title, r.outlet, r.url, r."ingestedAt", ${dayKey('r."publishedAt"', dialect)} AS "publishedAt",
            r.language, r.warnings, r."ingestedById", u.name AS "ingestedBy",
            (SELECT f.name FROM "FeedItem" fi JOIN "Feed" f ON f.id = fi."feedId"
             WHERE fi."reportId" = r.id ORDER BY fi.id LIMIT 1) AS feed
     FROM "Report" r LEFT JOIN "User" u ON u.id = r."ingestedById"
     WHERE r."reviewedAt" IS NULL AND r."withdrawnAt" IS NULL${before === undefined ? '' : ' AND r.id < ?'}
     ORDER BY r.id DESC LIMIT ?`,
    params: before === undefined ? [limit] : [before, limit],
  };
}

/** One page of the inbox, newest first; `nextBefore` is the cursor of the page after it. */
export async function listInbox(
  page: { before?: number; limit?: number } = {},
  database: Db = db(),
): Promise<{ items: InboxItem[]; nextBefore: number | null }> {
  const limit = page.limit ?? INBOX_PAGE_SIZE;
  const query = inboxPageSql(page.before, limit + 1, dialectOf(database)); // one more, to know whether a page follows
  const rows = await queryRows<InboxRow>(database, query.sql, query.params);
  const shown = rows.slice(0, limit);
  const incidents = await incidentsOf(
    database,
    shown.map((r) => r.id),
  );
  const items = shown.map((r) => toItem(r, incidents.get(r.id) ?? []));
  const last = items.at(-1);
  return { items, nextBefore: rows.length > limit && last ? last.id : null };
}

export const INBOX_COUNT_SQL =
  'SELECT count(*) AS n FROM "Report" WHERE "reviewedAt" IS NULL AND "withdrawnAt" IS NULL';

/** How many reports wait for review: counted on Report_inbox_idx alone (the navigation's badge). */
export async function inboxCount(database: Db = db()): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database, INBOX_COUNT_SQL, []);
  return row?.n ?? 0;
}

/** The live incidents each report is a source of, oldest first: one indexed lookup per report. */
async function incidentsOf(database: Db, reportIds: number[]): Promise<Map<number, InboxIncident[]>> {
  const byReport = new Map<number, InboxIncident[]>();
  if (reportIds.length === 0) return byReport;
  const dialect = dialectOf(database);
  const rows = await queryRows<InboxIncident & { reportId: number }>(
    database,
    `SELECT s."reportId", i.id, i.title, i.status, ${dayKey('i.date', dialect)} AS date,
            ${dayKey('i."dateEnd"', dialect)} AS "dateEnd", i."datePrecision"
     FROM "IncidentSource" s JOIN "Incident" i ON i.id = s."incidentId"
     WHERE s."reportId" IN (${reportIds.map(() => '?').join(', ')}) AND i."deletedAt" IS NULL
     ORDER BY s."reportId", i.date, i.id`,
    reportIds,
  );
  for (const { reportId, ...incident } of rows) {
    const list = byReport.get(reportId) ?? [];
    list.push(incident);
    byReport.set(reportId, list);
  }
  return byReport;
}

function originOf(r: InboxRow): InboxOrigin {
  if (r.feed !== null) return { kind: 'feed', feed: r.feed };
  if (r.ingestedById !== null) return { kind: 'submitted', by: r.ingestedBy };
  return { kind: 'ingest' };
}

function toItem(r: InboxRow, incidents: InboxIncident[]): InboxItem {
  const warnings = warningsOf(r.warnings);
  return {
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    url: r.url,
    ingestedAt: new Date(r.ingestedAt).toISOString(),
    publishedAt: r.publishedAt,
    language: r.language,
    origin: originOf(r),
    incidents,
    warningCount: warnings.length,
    warnings: warnings.slice(0, WARNINGS_SHOWN).map((w) => ({ code: w.code, message: w.message })),
  };
}

/** What the report page's review panel needs: whether it waits, and which of its incidents are drafts. */
export interface ReportReviewState {
  reviewedAt: string | null;
  incidentCount: number;
  drafts: { id: number; title: string }[];
}

export async function reportReviewState(
  reportId: number,
  database: Db = db(),
): Promise<ReportReviewState | null> {
  const [[report], byReport] = await Promise.all([
    queryRows<{ reviewedAt: StoredInstant | null }>(
      database,
      'SELECT "reviewedAt" FROM "Report" WHERE id = ?',
      [reportId],
    ),
    incidentsOf(database, [reportId]),
  ]);
  if (!report) return null;
  const incidents = byReport.get(reportId) ?? [];
  return {
    reviewedAt: report.reviewedAt === null ? null : new Date(report.reviewedAt).toISOString(),
    incidentCount: incidents.length,
    drafts: incidents.filter((i) => i.status === 'draft').map(({ id, title }) => ({ id, title })),
  };
}
