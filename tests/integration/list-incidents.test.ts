/**
 * The timeline's page query (one SQL statement): paging by cursor gives every matching incident
 * once, newest first, across ties on the date, with what the incident page says about each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { incidentPageSql, listIncidents } from '@/lib/incidents/list-incidents';
import type { IncidentListItem } from '@/lib/incidents/queries';
import { reconcileClaims } from '@/lib/incidents/reconcile';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { openDraftStore } from './helpers/draft-store';
import { draft, incident, killed } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { onPostgres } from './helpers/test-db';

let db: Db;
let segurId: number;

async function allPages(filters: IncidentFilters, limit: number): Promise<IncidentListItem[]> {
  const items: IncidentListItem[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listIncidents(filters, { cursor, limit }, db);
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}

beforeAll(async () => {
  const opened = await openDraftStore();
  db = opened.db;
  const sql = opened.sqlAsync;
  for (const n of [1, 1, 2]) {
    segurId = (await opened.store(draft({ incidents: [incident({ casualties: [killed(n)] })] }))).incidents[0]
      ?.incidentId as number;
  }
  // 120 more, four per day, some rejected and one without a place.
  const now = sqlDateTime(new Date());
  const delmas = (await sql.get<{ id: number }>(`SELECT "id" FROM "Location" WHERE "key" = 'delmas'`)) as {
    id: number;
  };
  const add = (...values: (string | number | null)[]) =>
    sql.run(
      `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "locationId", "placePrecision",
                               "searchText", "status", "createdAt", "updatedAt")
       VALUES (?, 'day', 'gunfire', ?, ?, 'commune', ?, ?, ?, ?)`,
      values,
    );
  for (let i = 0; i < 120; i++) {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 4) * 86_400_000).toISOString().slice(0, 10);
    const status = i % 10 === 3 ? 'rejected' : 'draft';
    await add(sqlDate(day), `Gunfire ${i}`, i === 5 ? null : delmas.id, `gunfire ${i}`, status, now, now);
  }
});

describe('the timeline list', () => {
  it.each([
    [{}, 7],
    [{ type: ['gunfire'] }, 4],
    [{ place: 'artibonite' }, 2],
  ] as [IncidentFilters, number][])(
    'pages through every incident once, newest first: %j by %i',
    async (filters, limit) => {
      const listed = await allPages(filters, limit);
      const expected = await db.incident.findMany({
        where: incidentWhere(filters),
        orderBy: [{ date: 'desc' }, { id: 'desc' }],
        select: { id: true },
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(listed.map((i) => i.id)).toEqual(expected.map((i) => i.id));
    },
  );

  it('gives each incident its place, sources and reconciled casualties', async () => {
    const [item] = (await listIncidents({ place: 'segur-savien' }, { limit: 5 }, db)).items;
    const stored = await db.incident.findUniqueOrThrow({
      where: { id: segurId },
      include: { claims: true, location: true, _count: { select: { sources: true } } },
    });
    expect(item).toMatchObject({
      id: segurId,
      date: '2025-02-23',
      dateEnd: null,
      type: stored.type,
      title: stored.title,
      status: 'draft',
      place: { key: 'segur-savien', name: stored.location?.name, path: stored.location?.path },
      sourceCount: 3,
      disputed: true,
    });
    expect(item?.casualties).toEqual(reconcileClaims(stored.claims));
  });

  it('shows an incident without a place as such', async () => {
    const items = await allPages({ q: 'gunfire 5' }, 50);
    expect(items.find((i) => i.title === 'Gunfire 5')).toMatchObject({
      place: null,
      sourceCount: 0,
      casualties: [],
    });
  });

  // SQLite's query plan, read with SQLite's EXPLAIN QUERY PLAN.
  it.skipIf(onPostgres)('reads a page after a cursor as an index range, however deep', async () => {
    const query = incidentPageSql({}, { cursor: '2024-01-10_50', limit: 50 });
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      `EXPLAIN QUERY PLAN ${query.sql}`,
      ...query.params,
    );
    expect(plan.map((p) => p.detail).join(' ')).toMatch(
      /Incident_live_by_date_idx \(deletedAt=\? AND date<\?\)/,
    );
  });
});
