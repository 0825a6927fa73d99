/**
 * The editors' inbox on a real store: reports read in without a review (a feed, the JSON API, the
 * ingest command) wait in it, newest first, with where they came from, what the reader drafted
 * and what it was unsure of; a report saved through the review screen never does; marking one
 * reviewed (editors only, at the version they read, audited) or withdrawing it takes it out.
 * The page and the count read Report_inbox_idx as a range, never the whole table.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db';
import { readReport } from '@/lib/extract';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft, suggestMatches } from '@/lib/ingest/store-draft';
import { INBOX_COUNT_SQL, inboxCount, inboxPageSchema, inboxPageSql, listInbox } from '@/lib/reports/inbox';
import { markReportReviewedAction } from '@/lib/reports/inbox-actions';
import { ReportVersionConflictError, ReportWithdrawnError } from '@/lib/reports/report-errors';
import { draftToReview } from '@/lib/reports/review-draft';
import { loadMatchViews } from '@/lib/reports/review-matches';
import { markReportReviewed, ReportAlreadyReviewedError } from '@/lib/reports/review-mutations';
import { saveReview } from '@/lib/reports/save-review';
import { withdrawReport } from '@/lib/reports/withdrawal-mutations';
import type { Sql } from '@/lib/store/sql';
import { sqlDateTime } from '@/lib/store/sql-values';
import { createUser } from '@/lib/users/mutations';
import { openDraftStore } from './helpers/draft-store';
import { draft, incident, place } from './helpers/drafts';
import { formOf, request } from './helpers/request-context';
import { onPostgres } from './helpers/test-db';

const SECRET = 'inbox-test-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let db: Db;
let sqlAsync: Sql;
let sql: Sql;
let editorId: number;
let editorToken: string;
let viewerToken: string;
let n = 0;

/** A report stored the way `npm run ingest` (no user) or the API (the editor) stores one. */
async function ingest(
  options: { userId?: number; incidents?: ReturnType<typeof incident>[]; warnings?: string[] } = {},
) {
  const i = ++n;
  return storeDraft(sqlAsync, {
    input: {
      title: `Waiting report ${i}`,
      outlet: 'Wire',
      text: `Inbox report ${i}.`,
      publishedAt: '2025-03-01',
    },
    draft: draft({
      publishedAt: '2025-03-01',
      incidents: options.incidents ?? [],
      warningDetails: (options.warnings ?? []).map((message) => ({
        code: 'unknown_place' as const,
        message,
        evidence: null,
      })),
    }),
    gazetteer: await loadGazetteer(sqlAsync),
    userId: options.userId ?? null,
  });
}

/** A report saved through the review screen, as an editor saves it. */
async function saveThroughReview(): Promise<number> {
  const gazetteer = await loadGazetteer(sqlAsync);
  const text = `PORT-AU-PRINCE — Two police officers were killed on Monday in Pont-Sondé. Reviewed ${++n}.`;
  const read = readReport(text, { publishedAt: '2025-02-24', gazetteer });
  const review = draftToReview(
    { title: `Reviewed report ${n}`, outlet: '', url: '', publishedAt: '2025-02-24', text },
    read,
    await loadMatchViews(sqlAsync, await suggestMatches(sqlAsync, read, gazetteer)),
  );
  const saved = await saveReview(sqlAsync, { review, userId: editorId });
  if (!saved.ok) throw new Error(saved.message);
  return saved.reportId;
}

/** Many reports by plain SQL, as a bulk load would: `reviewed` ones carry a review time. */
async function addReports(count: number, reviewed: (i: number) => boolean) {
  const at = sqlDateTime(new Date());
  for (let i = 0; i < count; i++) {
    const k = ++n;
    await sql.run(
      'INSERT INTO "Report" ("title", "text", "contentHash", "ingestedAt", "reviewedAt") VALUES (?, ?, ?, ?, ?)',
      [`Bulk report ${k}`, `Bulk ${k}`, `bulk-${k}`, at, reviewed(i) ? at : null],
    );
  }
}

/** What the inbox must hold, newest first, asked through Prisma rather than the inbox's SQL. */
async function expectedIds(): Promise<number[]> {
  const rows = await db.report.findMany({
    where: { reviewedAt: null, withdrawnAt: null },
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function allPages(limit: number): Promise<{ ids: number[]; pages: number }> {
  const ids: number[] = [];
  let before: number | undefined;
  for (let pages = 1; ; pages++) {
    const page = await listInbox({ before, limit }, db);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((r) => r.id));
    if (page.nextBefore === null) return { ids, pages };
    before = page.nextBefore;
  }
}

const inboxIds = async () => (await allPages(50)).ids;
const versionOf = async (id: number) =>
  (await sql.get<{ version: number }>('SELECT "version" FROM "Report" WHERE "id" = ?', [id]))?.version;

beforeAll(async () => {
  const opened = await openDraftStore();
  ({ db, sqlAsync } = opened);
  sql = sqlAsync;
  process.env.DATABASE_URL = opened.url;
  process.env.SESSION_SECRET = SECRET;
  editorId = await createUser(opened.sqlAsync, {
    input: {
      email: 'inbox@editors.test',
      name: 'Ines Editor',
      role: 'editor',
      password: 'inbox editor pass 1',
    },
    actorId: null,
  });
  const viewerId = await createUser(opened.sqlAsync, {
    input: {
      email: 'inbox@viewers.test',
      name: 'Vic Viewer',
      role: 'viewer',
      password: 'inbox viewer pass 1',
    },
    actorId: null,
  });
  editorToken = (await createSession(opened.sqlAsync, { secret: SECRET, userId: editorId })).token;
  viewerToken = (await createSession(opened.sqlAsync, { secret: SECRET, userId: viewerId })).token;
});

describe('the inbox', () => {
  it('lists reports read in without a review, newest first, with their origin, incidents and warnings', async () => {
    const fromIngest = (
      await ingest({
        incidents: [incident({ date: '2025-02-27', title: 'Clash in Delmas', place: place('delmas') })],
        warnings: ['“Ti Bwa” is not in the gazetteer', 'second', 'third', 'fourth'],
      })
    ).reportId;
    const fromApi = (await ingest({ userId: editorId })).reportId;
    const fromFeed = (await ingest()).reportId;
    const feedId = await sql.insert('Feed', {
      url: 'https://news.example/feed.xml',
      name: 'Example News',
      language: 'en',
      keywords: '[]',
      addedById: null,
      addedAt: sqlDateTime(new Date()),
      nextFetchAt: null,
    });
    await sql.insert('FeedItem', {
      feedId,
      key: 'item-1',
      url: 'https://news.example/a',
      title: 'An article',
      outcome: 'stored',
      error: null,
      reportId: fromFeed,
      seenAt: sqlDateTime(new Date()),
    });

    const { items } = await listInbox({}, db);
    expect(items.map((r) => r.id)).toEqual([fromFeed, fromApi, fromIngest]);
    const [feed, api, cli] = items;
    expect(feed?.origin).toEqual({ kind: 'feed', feed: 'Example News' });
    expect(api?.origin).toEqual({ kind: 'submitted', by: 'Ines Editor' });
    expect(cli).toMatchObject({
      origin: { kind: 'ingest' },
      title: `Waiting report ${n - 2}`,
      outlet: 'Wire',
      publishedAt: '2025-03-01',
      incidents: [{ title: 'Clash in Delmas', status: 'draft', date: '2025-02-27', datePrecision: 'day' }],
      warningCount: 4,
      warnings: [
        { code: 'unknown_place', message: '“Ti Bwa” is not in the gazetteer' },
        { code: 'unknown_place', message: 'second' },
        { code: 'unknown_place', message: 'third' },
      ],
    });
    expect(cli?.ingestedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(feed).toMatchObject({ incidents: [], warningCount: 0, warnings: [] });
    expect(await inboxCount(db)).toBe(3);
  });

  it('never holds a report saved through the review screen', async () => {
    const before = await inboxCount(db);
    const reviewed = await saveThroughReview();
    expect(await inboxIds()).not.toContain(reviewed);
    expect(await inboxCount(db)).toBe(before);
  });

  it('lets go of a report marked reviewed (audited, a new version) and of a withdrawn one', async () => {
    const marked = (await ingest()).reportId;
    const dismissed = (await ingest()).reportId;
    const count = await inboxCount(db);
    expect(await inboxIds()).toEqual(expect.arrayContaining([marked, dismissed]));

    expect(
      await markReportReviewed(sqlAsync, { reportId: marked, version: 1, userId: editorId }),
    ).toMatchObject({
      version: 2,
    });
    await withdrawReport(sqlAsync, {
      reportId: dismissed,
      version: 1,
      reason: 'not an article',
      userId: editorId,
    });
    const ids = await inboxIds();
    expect(ids).not.toContain(marked);
    expect(ids).not.toContain(dismissed);
    expect(await inboxCount(db)).toBe(count - 2);
    expect(await versionOf(marked)).toBe(2);
    const audit = (await sql.all(
      `SELECT "userId", "action", "before", "after" FROM "AuditEntry" WHERE "entity" = 'Report' AND "entityId" = ? ORDER BY "id"`,
      [marked],
    )) as { userId: number; action: string; before: string; after: string }[];
    expect(audit.at(-1)).toMatchObject({ userId: editorId, action: 'mark_reviewed' });
    expect(JSON.parse(audit.at(-1)?.after ?? '{}').reviewedAt).toMatch(/^\d{4}-/);

    // Once is enough; a withdrawn report is no longer anyone's to review.
    await expect(
      markReportReviewed(sqlAsync, { reportId: marked, version: 2, userId: editorId }),
    ).rejects.toThrow(ReportAlreadyReviewedError);
    await expect(
      markReportReviewed(sqlAsync, { reportId: dismissed, version: 2, userId: editorId }),
    ).rejects.toThrow(ReportWithdrawnError);
  });

  it('refuses to mark a report reviewed at a version older than the stored one', async () => {
    const { reportId } = await ingest();
    await sql.run('UPDATE "Report" SET "title" = ?, "version" = "version" + 1 WHERE "id" = ?', [
      'Corrected',
      reportId,
    ]);
    await expect(markReportReviewed(sqlAsync, { reportId, version: 1, userId: editorId })).rejects.toThrow(
      ReportVersionConflictError,
    );
    expect(await inboxIds()).toContain(reportId);
  });

  it('pages by keyset through every waiting report once, and counts them all', async () => {
    await addReports(200, (i) => i % 4 === 0);
    // Withdrawn ones, reviewed or not, are out whatever else they are.
    for (const { id } of (await sql.all(
      `SELECT "id" FROM "Report" WHERE "title" LIKE 'Bulk%' AND "id" % 9 = 0`,
    )) as {
      id: number;
    }[]) {
      await sql.run('UPDATE "Report" SET "withdrawnAt" = ? WHERE "id" = ?', [sqlDateTime(new Date()), id]);
    }
    const expected = await expectedIds();
    expect(expected.length).toBeGreaterThan(100);
    for (const limit of [50, 7, 1]) {
      const { ids, pages } = await allPages(limit);
      expect(ids, `${limit} a page`).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / limit));
    }
    expect(await inboxCount(db)).toBe(expected.length);
    const first = await listInbox({}, db);
    expect(first.items).toHaveLength(50);
    expect(first.nextBefore).toBe(expected[49]);
    // Past the last one, an empty page and no next one.
    expect(await listInbox({ before: expected.at(-1) }, db)).toEqual({ items: [], nextBefore: null });
  });

  it('takes only a plain id as its cursor', () => {
    expect(inboxPageSchema.parse({})).toEqual({ before: undefined });
    expect(inboxPageSchema.parse({ before: '' })).toEqual({ before: undefined });
    expect(inboxPageSchema.parse({ before: '120' })).toEqual({ before: 120 });
    for (const before of ['0', '-3', '1e3', '12x', ['4', '5'], '9'.repeat(20)]) {
      expect(inboxPageSchema.safeParse({ before }).success, String(before)).toBe(false);
    }
  });

  // SQLite's query plans, read with SQLite's EXPLAIN QUERY PLAN (here and in the next test).
  it.skipIf(onPostgres).each([
    ['the newest page', undefined, /USING INDEX Report_inbox_idx \(reviewedAt=\? AND withdrawnAt=\?\)/],
    [
      'a page after a cursor',
      120,
      /USING INDEX Report_inbox_idx \(reviewedAt=\? AND withdrawnAt=\? AND id<\?\)/,
    ],
  ])('reads %s as a range of Report_inbox_idx, in index order', async (_name, before, range) => {
    const query = inboxPageSql(before, 51);
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${query.sql}`,
      ...query.params,
    );
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(range);
    expect(details).not.toMatch(/TEMP B-TREE/);
    expect(details).toMatch(/FeedItem_reportId_idx \(reportId=\?\)/);
  });

  it.skipIf(onPostgres)('counts from the index alone', async () => {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${INBOX_COUNT_SQL}`);
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING COVERING INDEX Report_inbox_idx/);
  });
});

describe('marking a report reviewed from its page', () => {
  const mark = (fields: Record<string, string>) => markReportReviewedAction({}, formOf(fields));

  it('is refused to viewers and visitors, who change nothing', async () => {
    const { reportId } = await ingest();
    for (const token of [viewerToken, undefined]) {
      request.token = token;
      const state = await mark({ reportId: String(reportId), version: '1' });
      expect(state.denied).toBeTruthy();
    }
    expect(await versionOf(reportId)).toBe(1);
    expect(await inboxIds()).toContain(reportId);
  });

  it('takes the report out of the inbox for an editor', async () => {
    const { reportId } = await ingest();
    request.token = editorToken;
    const state = await mark({ reportId: String(reportId), version: '1' });
    expect(state).toMatchObject({ ok: true, message: 'Marked reviewed: the report has left the inbox.' });
    expect(await inboxIds()).not.toContain(reportId);
    const again = await mark({ reportId: String(reportId), version: '1' });
    expect(again).toMatchObject({ ok: true, message: expect.stringContaining('already marked reviewed') });
  });

  it('answers a stale version, a withdrawn or unknown report and a bad form in words', async () => {
    request.token = editorToken;
    const stale = (await ingest()).reportId;
    await sql.run('UPDATE "Report" SET "version" = 3 WHERE "id" = ?', [stale]);
    expect(await mark({ reportId: String(stale), version: '1' })).toMatchObject({
      message: expect.stringContaining(
        'Someone changed this report since you opened it (it is now version 3)',
      ),
    });
    expect(await inboxIds()).toContain(stale);

    const withdrawn = (await ingest()).reportId;
    await withdrawReport(sqlAsync, { reportId: withdrawn, version: 1, reason: null, userId: editorId });
    expect(await mark({ reportId: String(withdrawn), version: '2' })).toMatchObject({
      message: expect.stringContaining('was withdrawn'),
    });
    expect(await mark({ reportId: '999999', version: '1' })).toMatchObject({
      message: 'Report 999999 does not exist.',
    });
    expect(await mark({ reportId: 'x' })).toMatchObject({
      message: expect.stringContaining('names no report'),
    });
    for (const state of [
      await mark({ reportId: String(stale), version: '1' }),
      await mark({ reportId: '999999', version: '1' }),
    ]) {
      expect(state.ok).toBeFalsy();
    }
  });
});
