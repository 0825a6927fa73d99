/**
 * The reports list, paged by keyset on a store of a few hundred invented reports: walking the
 * pages gives every live report once, newest publication first and the undated ones last,
 * withdrawn ones left out; a bad cursor never breaks the page; the total follows every change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { countReports, listReports, reportPageSql } from '@/lib/reports/list-reports';
import { getReport, type ReportListItem } from '@/lib/reports/queries';
import { reportPageSchema } from '@/lib/reports/report-pages';
import { withdrawReport } from '@/lib/reports/withdrawal-mutations';
import type { Sql } from '@/lib/store/sql';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { type DraftStore, openDraftStore } from './helpers/draft-store';
import { draft, incident, place } from './helpers/drafts';
import { onPostgres } from './helpers/test-db';

let db: Db;
let sqlAsync: Sql;
let store: DraftStore['store'];
let n = 0;

/** A report stored by plain SQL, as a bulk load would: `day` null for no publication date. */
async function addReport(day: string | null): Promise<number> {
  const at = sqlDateTime(new Date());
  const i = ++n;
  const row = await sqlAsync.get<{ id: number }>(
    `INSERT INTO "Report" ("title", "outlet", "publishedAt", "publishedPrecision", "text", "contentHash", "ingestedAt")
     VALUES (?, 'Wire', ?, ?, ?, ?, ?) RETURNING "id"`,
    [`Invented report ${i}`, day && sqlDate(day), day && 'day', `Text ${i}`, `hash-${i}`, at],
  );
  return Number(row?.id);
}

/** What the list must show, in order: the old all-at-once query, through Prisma. */
async function expectedIds(): Promise<number[]> {
  const rows = await db.report.findMany({
    where: { withdrawnAt: null },
    orderBy: [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

async function allPages(limit: number): Promise<{ items: ReportListItem[]; pages: number }> {
  const items: ReportListItem[] = [];
  let cursor: string | undefined;
  for (let pages = 1; ; pages++) {
    const page = await listReports({ cursor, limit }, db);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (!page.nextCursor) return { items, pages };
    cursor = page.nextCursor;
  }
}

beforeAll(async () => {
  const opened = await openDraftStore();
  ({ db, sqlAsync, store } = opened);
  process.env.DATABASE_URL = opened.url; // getReport reads through the app's client
  // A few through the storing path, with incidents behind them (one undated).
  for (const publishedAt of ['2025-03-01', '2025-03-01', null]) {
    await store(
      draft({ publishedAt, incidents: [incident({ date: '2025-02-27', place: place('delmas') })] }),
    );
  }
  // 300 more over 40 days (several a day, so ties on the date are common) and 60 undated,
  // interleaved so ids do not follow dates.
  for (let i = 0; i < 300; i++) {
    const day = new Date(Date.UTC(2024, 5, 1) + (i % 40) * 86_400_000).toISOString().slice(0, 10);
    await addReport(i % 5 === 0 ? null : day);
  }
  // Withdrawn ones, dated and undated: by an editor, and by plain SQL.
  for (const id of [5, 6, 7, 50, 101]) {
    await withdrawReport(sqlAsync, { reportId: id, version: 1, reason: 'junk', userId: null });
  }
  await sqlAsync.run('UPDATE "Report" SET "withdrawnAt" = ? WHERE "id" IN (200, 201)', [
    sqlDateTime(new Date()),
  ]);
});

describe('the reports list', () => {
  it.each([50, 7, 1])(
    'pages through every live report once, dated then undated: %i a page',
    async (limit) => {
      const expected = await expectedIds();
      expect(expected.length).toBe(303 - 7);
      const { items, pages } = await allPages(limit);
      expect(items.map((r) => r.id)).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / limit));
      const firstUndated = items.findIndex((r) => r.publishedAt === null);
      expect(firstUndated).toBeGreaterThan(0);
      expect(items.slice(firstUndated).every((r) => r.publishedAt === null)).toBe(true);
    },
  );

  it('turns from the dated reports to the undated ones on a page boundary', async () => {
    const dated = await db.report.count({ where: { withdrawnAt: null, publishedAt: { not: null } } });
    const first = await listReports({ limit: dated }, db);
    expect(first.items.every((r) => r.publishedAt !== null)).toBe(true);
    expect(first.nextCursor).toMatch(/^\d{4}-\d{2}-\d{2}_\d+$/);
    const second = await listReports({ cursor: first.nextCursor ?? undefined, limit: 5 }, db);
    expect(second.items.map((r) => r.publishedAt)).toEqual([null, null, null, null, null]);
    expect(second.nextCursor).toMatch(/^undated_\d+$/);
  });

  it('says what each report is and how many incidents it supports', async () => {
    const { items } = await allPages(50);
    const stored = await db.report.findMany({
      where: { withdrawnAt: null },
      select: { id: true, title: true, outlet: true, url: true, _count: { select: { sources: true } } },
    });
    const byId = new Map(items.map((r) => [r.id, r]));
    for (const r of stored) {
      expect(byId.get(r.id)).toMatchObject({
        title: r.title,
        outlet: r.outlet,
        url: r.url,
        incidentCount: r._count.sources,
      });
    }
    expect(items.filter((r) => r.incidentCount > 0).length).toBeGreaterThan(0);
    expect(items.find((r) => r.publishedAt !== null)?.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('agrees with the report page on how many incidents a report supports', async () => {
    const withSources = (await allPages(50)).items.filter((r) => r.incidentCount > 0);
    expect(withSources.length).toBeGreaterThan(0);
    for (const item of withSources) {
      expect((await getReport(item.id))?.incidentCount).toBe(item.incidentCount);
    }
  });

  it('refuses a cursor it did not give, and the page shows the first page instead', async () => {
    for (const cursor of [
      'nonsense',
      '2025-02-30_4',
      '2025-02-03',
      'undated_',
      '2025-02-03_-1',
      'x'.repeat(101),
    ]) {
      expect(reportPageSchema.safeParse({ cursor }).success, cursor).toBe(false);
    }
    expect(reportPageSchema.safeParse({ cursor: ['2025-02-03_1', 'undated_2'] }).success).toBe(false);
    expect(reportPageSchema.safeParse({ limit: '500' }).success).toBe(false);
    expect(reportPageSchema.parse({ cursor: 'undated_12', limit: '7' })).toEqual({
      cursor: 'undated_12',
      limit: 7,
    });
    expect(reportPageSchema.parse({})).toEqual({ cursor: undefined, limit: 50 });
    // Even unchecked, an unreadable cursor reads as none, and one past the end as an empty page.
    const first = await listReports({ limit: 3 }, db);
    expect((await listReports({ cursor: 'nonsense', limit: 3 }, db)).items).toEqual(first.items);
    expect(await listReports({ cursor: 'undated_1', limit: 3 }, db)).toEqual({ items: [], nextCursor: null });
  });

  it('counts the live reports, and the count follows a new report and a withdrawal', async () => {
    const live = async () => (await expectedIds()).length;
    expect(await countReports(db)).toBe(await live());
    const before = await countReports(db);
    const id = await addReport('2025-04-01');
    expect(await countReports(db)).toBe(before + 1);
    await db.report.update({ where: { id }, data: { title: 'Renamed' } });
    expect(await countReports(db)).toBe(before + 1);
    await withdrawReport(sqlAsync, { reportId: id, version: 1, reason: null, userId: null });
    expect(await countReports(db)).toBe(before);
    expect(await countReports(db)).toBe(await live());
  });

  // SQLite's query plans, read with SQLite's EXPLAIN QUERY PLAN (here and in the next test).
  it.skipIf(onPostgres).each([
    [
      'the newest dated reports',
      reportPageSql('dated', null, 51),
      /USING INDEX Report_live_by_published_idx \(withdrawnAt=\? AND publishedAt>\?\)/,
    ],
    [
      'dated reports after a cursor',
      reportPageSql('dated', { publishedAt: '2024-06-20', id: 150 }, 51),
      /USING INDEX Report_live_by_published_idx \(withdrawnAt=\? AND publishedAt>\? AND publishedAt<\?\)/,
    ],
    [
      'undated reports after a cursor',
      reportPageSql('undated', { publishedAt: null, id: 150 }, 51),
      /USING INDEX Report_live_by_published_idx \(withdrawnAt=\? AND publishedAt=\? AND id<\?\)/,
    ],
  ])('reads %s as an index range, in index order', async (_name, query, range) => {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${query.sql}`,
      ...query.params,
    );
    const details = plan.map((p) => p.detail).join(' | ');
    expect(details).toMatch(range);
    expect(details).not.toMatch(/TEMP B-TREE/);
    expect(details).toMatch(/IncidentSource_reportId_idx \(reportId=\?\)/);
  });

  it.skipIf(onPostgres)('counts from the index alone', async () => {
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      'EXPLAIN QUERY PLAN SELECT count(*) AS n FROM Report WHERE withdrawnAt IS NULL',
    );
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/USING COVERING INDEX/);
  });
});
