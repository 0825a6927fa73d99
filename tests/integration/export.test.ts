/**
 * The export reads its batches with one SQL statement each: it must still give every matching
 * incident exactly once, newest first, across batch boundaries and ties on the date, with the
 * incident page's reconciled casualties and sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { exportIncidents } from '@/lib/export/batches';
import type { ExportIncident } from '@/lib/export/csv';
import { refreshIncidentCasualties } from '@/lib/incidents/casualty-summary';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { reconcileClaims } from '@/lib/incidents/reconcile';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { openDraftStore } from './helpers/draft-store';
import { draft, incident, killed } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';

let db: Db;
let segurId: number;

async function exportAll(filters: IncidentFilters = {}): Promise<ExportIncident[]> {
  const rows: ExportIncident[] = [];
  for await (const batch of exportIncidents(filters, db)) rows.push(...batch);
  return rows;
}

beforeAll(async () => {
  const opened = await openDraftStore();
  db = opened.db;
  const sql = opened.sqlAsync;
  // One incident, three sources that disagree: 1, 1 and 2 Kenyan officers killed. The first
  // names him, and gives a police officer injured (one source: not confirmed).
  for (const n of [1, 1, 2]) {
    const first = !segurId;
    const casualties = first
      ? [
          { ...killed(n), persons: [{ name: 'Samuel Tompoi Kaetuai', age: 26 }] },
          { ...killed(1, 'police', null), kind: 'injured' as const },
        ]
      : [killed(n)];
    segurId = (await opened.store(draft({ incidents: [incident({ casualties })] }))).incidents[0]
      ?.incidentId as number;
  }
  await db.report.updateMany({
    where: { sources: { some: { incidentId: segurId } } },
    data: { outlet: 'Example News' },
  });
  await db.incident.update({ where: { id: segurId }, data: { summary: 'A patrol was ambushed.' } });
  // 1,200 more, three per day, so batches of 500 end inside a day.
  const now = sqlDateTime(new Date());
  const delmas = (await sql.get<{ id: number }>(`SELECT "id" FROM "Location" WHERE "key" = 'delmas'`)) as {
    id: number;
  };
  await sql.transaction(async (tx) => {
    const added: number[] = [];
    for (let i = 0; i < 1200; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
      const status = i % 100 === 7 ? 'rejected' : 'draft';
      const row = await tx.get<{ id: number }>(
        `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "locationId", "placePrecision",
                                 "searchText", "status", "createdAt", "updatedAt")
         VALUES (?, 'day', 'gunfire', ?, ?, 'commune', ?, ?, ?, ?) RETURNING "id"`,
        [sqlDate(day), `Gunfire ${i}`, delmas.id, `gunfire ${i}`, status, now, now],
      );
      added.push(Number(row?.id));
    }
    await refreshIncidentCasualties(tx, added);
  });
});

describe('the export', () => {
  it('gives every matching incident once, newest first, across batches', async () => {
    const rows = await exportAll();
    const expected = await db.incident.findMany({
      where: incidentWhere({}),
      orderBy: [{ date: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    expect(rows.length).toBeGreaterThan(1000);
    expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  });

  it('applies the filters', async () => {
    const rows = await exportAll({ type: ['gunfire'], from: '2024-06-01' });
    const expected = await db.incident.count({
      where: incidentWhere({ type: ['gunfire'], from: '2024-06-01' }),
    });
    expect(rows).toHaveLength(expected);
    expect(rows.every((r) => r.type === 'gunfire' && r.date >= '2024-06-01')).toBe(true);
  });

  it('reconciles casualties and lists sources as the incident page does', async () => {
    const row = (await exportAll({ type: ['armed_clash'] })).find((r) => r.id === segurId);
    const stored = await db.incident.findUniqueOrThrow({
      where: { id: segurId },
      include: {
        claims: true,
        location: true,
        sources: { include: { report: true }, orderBy: { reportId: 'asc' } },
      },
    });
    expect(row).toMatchObject({
      date: '2025-02-23',
      placeKey: stored.location?.key,
      lat: stored.location?.lat,
      department: 'Artibonite',
    });
    expect(row?.casualties).toEqual(reconcileClaims(stored.claims));
    expect(row?.casualties[0]).toMatchObject({ low: 1, best: 1, high: 2, sources: 3 });
    expect(row?.sources).toEqual(
      stored.sources.map((s) => ({
        reportId: s.report.id,
        title: s.report.title,
        outlet: s.report.outlet,
        url: s.report.url,
        publishedAt: s.report.publishedAt?.toISOString().slice(0, 10) ?? null,
      })),
    );
  });

  it('carries the summary, the outlets and publication dates, and the victims the reader named', async () => {
    const row = (await exportAll({ type: ['armed_clash'] })).find((r) => r.id === segurId);
    expect(row?.summary).toBe('A patrol was ambushed.');
    expect(row?.sources.map((s) => s.outlet)).toEqual(['Example News', 'Example News', 'Example News']);
    expect(row?.victims).toEqual([
      { name: 'Samuel Tompoi Kaetuai', age: 26, kind: 'killed', affiliation: 'mss', country: 'Kenya' },
    ]);
  });

  it('with "confirmed only", holds the incidents and figures two or more sources give', async () => {
    const rows = await exportAll({ confirmed: true });
    expect(rows.map((r) => r.id)).toEqual([segurId]);
    expect(rows[0]?.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.sources}`)).toEqual([
      'killed/mss/3',
    ]);
  });
});
