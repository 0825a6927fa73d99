import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { casualtiesByDepartment, casualtiesByMonth, casualtiesBySide } from '@/lib/stats/casualties';
import { incidentFilterSql } from '@/lib/stats/filter-sql';
import { incidentCountsByPeriod } from '@/lib/stats/overview';
import { queryRows } from '@/lib/stats/raw';
import { casualtyTotals, SOURCE_IDS_LISTED } from '@/lib/stats/totals';
import { dialectOf } from '@/lib/store/dialect';
import { draft, incident, killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { createTestDb } from './helpers/test-db';

let db: Db;

beforeAll(async () => {
  const store = await createTestDb();
  db = store.db;
  await installGazetteer(db, GAZETTEER);
  const gazetteer = await loadGazetteer(store.sql);
  const store1 = (text: string, d: ReturnType<typeof draft>) =>
    storeDraft(store.sql, { input: { text, publishedAt: d.publishedAt }, draft: d, gazetteer });
  const injured = (n: number, side: 'mss' | 'police' | 'civilian' = 'police') => ({
    ...killed(n, side, side === 'mss' ? 'Kenya' : null),
    kind: 'injured' as const,
  });
  // A: Ségur-Savien, Feb 2025, Kenyan killed — two sources agree on 1, a third says 2.
  await store1('a1', draft({ incidents: [incident({ casualties: [killed(1)] })] }));
  await store1('a2', draft({ incidents: [incident({ casualties: [killed(1)] })] }));
  await store1('a3', draft({ incidents: [incident({ casualties: [killed(2)] })] }));
  // B: Tabarre gunfire, Aug 2025, one source, police injured 3.
  await store1(
    'b1',
    draft({
      incidents: [
        incident({
          date: '2025-08-05',
          type: 'gunfire',
          title: 'Gunfire near the embassy in Tabarre',
          place: place('tabarre'),
          casualties: [injured(3)],
        }),
      ],
    }),
  );
  // C: Pétion-Ville arrest, no casualties.
  await store1(
    'c1',
    draft({
      incidents: [
        incident({
          date: '2025-08-02',
          type: 'arrest',
          title: 'Arrest of a former senator',
          place: place('petion-ville'),
        }),
      ],
    }),
  );
  // D: Cité Soleil, March 2025, civilians killed 10 and 12 by two sources.
  await store1(
    'd1',
    draft({
      incidents: [
        incident({
          date: '2025-03-10',
          type: 'attack',
          title: 'Massacre in Cité Soleil',
          place: place('cite-soleil'),
          casualties: [killed(10, 'civilian', null)],
        }),
      ],
    }),
  );
  await store1(
    'd2',
    draft({
      incidents: [
        incident({
          date: '2025-03-10',
          type: 'attack',
          title: 'Massacre in Cité Soleil',
          place: place('cite-soleil'),
          casualties: [killed(12, 'civilian', null)],
        }),
      ],
    }),
  );
  // F: Delmas, April 2025, a clash: police killed 2, gang members killed 5.
  await store1(
    'f1',
    draft({
      incidents: [
        incident({
          date: '2025-04-01',
          type: 'armed_clash',
          title: 'Clash in Delmas',
          place: place('delmas'),
          casualties: [killed(2, 'police', null), killed(5, 'gang', null)],
        }),
      ],
    }),
  );
  // E: deleted incident, must never count.
  const e = await store1(
    'e1',
    draft({
      incidents: [
        incident({
          date: '2025-03-11',
          type: 'killing',
          place: place('carrefour'),
          casualties: [killed(99, 'civilian', null)],
        }),
      ],
    }),
  );
  await db.incident.update({
    where: { id: e.incidents[0]?.incidentId as number },
    data: { deletedAt: new Date() },
  });
});

describe('filters in SQL and in Prisma', () => {
  const cases: IncidentFilters[] = [
    {},
    { place: 'artibonite' },
    { place: 'ouest' },
    { place: 'segur-savien' },
    { type: ['gunfire', 'arrest'] },
    { from: '2025-03-01', to: '2025-08-02' },
    { affiliation: 'civilian' },
    { kind: 'injured' },
    { affiliation: 'mss', kind: 'killed' },
    { q: 'petion ville' },
    { q: 'SÉGUR' },
    { q: 'massacre soleil' },
    { status: 'reviewed' },
    { confirmed: true },
    { confirmed: true, affiliation: 'mss' },
    { confirmed: true, kind: 'injured' },
  ];
  it.each(cases)('select the same incidents for %j', async (filters) => {
    const viaPrisma = (
      await db.incident.findMany({
        where: incidentWhere(filters),
        select: { id: true },
        orderBy: { id: 'asc' },
      })
    ).map((r) => r.id);
    const condition = incidentFilterSql(filters, dialectOf(db));
    const viaSql = (
      await queryRows<{ id: number }>(
        db,
        `SELECT i."id" FROM "Incident" i WHERE ${condition.sql} ORDER BY i.id`,
        condition.params,
      )
    ).map((r) => r.id);
    expect(viaSql).toEqual(viaPrisma);
  });

  it('finds places by text without accents, and through the places that contain them', async () => {
    const found = await db.incident.findMany({ where: incidentWhere({ q: 'pont sonde' }) });
    expect(found.map((i) => i.title)).toEqual(['Kenyan MSS officer killed in Ségur-Savien']);
  });
});

describe('casualty statistics', () => {
  it('reconciles sources per incident before summing: median best, low and high', async () => {
    const sides = await casualtiesBySide(db, {});
    expect(sides.find((s) => s.affiliation === 'mss' && s.kind === 'killed')).toMatchObject({
      low: 1,
      best: 1,
      high: 2,
      incidents: 1,
    });
    expect(sides.find((s) => s.affiliation === 'civilian' && s.kind === 'killed')).toMatchObject({
      low: 10,
      best: 10,
      high: 12,
    });
  });

  it('sums per month and ignores deleted incidents', async () => {
    const months = await casualtiesByMonth(db, {});
    expect(months.map((m) => [m.month, m.killed, m.injured])).toEqual([
      ['2025-02', 1, 0],
      ['2025-03', 10, 0],
      ['2025-04', 7, 0],
      ['2025-08', 0, 3],
    ]);
  });

  it('keeps only figures two or more sources give when asked', async () => {
    const months = await casualtiesByMonth(db, { confirmed: true });
    expect(months.map((m) => m.month)).toEqual(['2025-02', '2025-03']);
  });

  it('keeps only those figures in the totals too, and only their incidents in the lists', async () => {
    const all = await casualtyTotals(db, {});
    const confirmed = await casualtyTotals(db, { confirmed: true });
    expect(all.map((t) => `${t.kind}/${t.affiliation}/${t.best}`)).toContain('injured/police/3');
    expect(confirmed.map((t) => `${t.kind}/${t.affiliation}/${t.best}`)).toEqual([
      'killed/civilian/10',
      'killed/mss/1',
    ]);
    const condition = incidentFilterSql({ confirmed: true }, dialectOf(db));
    const titles = await queryRows<{ title: string }>(
      db,
      `SELECT i."title" FROM "Incident" i WHERE ${condition.sql} ORDER BY i.title`,
      condition.params,
    );
    expect(titles.map((t) => t.title)).toEqual([
      'Kenyan MSS officer killed in Ségur-Savien',
      'Massacre in Cité Soleil',
    ]);
  });

  it('groups by department through the place hierarchy', async () => {
    const departments = await casualtiesByDepartment(db, {});
    expect(departments).toEqual(
      expect.arrayContaining([
        { department: 'Artibonite', killed: 1, injured: 0, missing: 0 },
        { department: 'Ouest', killed: 17, injured: 3, missing: 0 },
      ]),
    );
  });

  it('totals respect the filters, and agree with the per-side series', async () => {
    const totals = await casualtyTotals(db, { place: 'artibonite' });
    expect(totals.map((t) => `${t.kind}/${t.affiliation}/${t.best}`)).toEqual(['killed/mss/1']);
    expect(totals[0]?.sourceReportIds).toHaveLength(3);
    expect(totals[0]?.sourceCount).toBe(3);
  });

  it(`counts every source of a total but lists only the newest ${SOURCE_IDS_LISTED}`, async () => {
    const other = await createTestDb();
    await installGazetteer(other.db, GAZETTEER);
    const gazetteer = await loadGazetteer(other.sql);
    const reportIds: number[] = [];
    for (let i = 0; i < SOURCE_IDS_LISTED + 5; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 10 * 86_400_000).toISOString().slice(0, 10);
      const stored = (await storeDraft(other.sql, {
        input: { text: `police report ${i}`, publishedAt: day },
        draft: draft({
          publishedAt: day,
          incidents: [incident({ date: day, casualties: [killed(1, 'police', null)] })],
        }),
        gazetteer,
      })) as { reportId: number };
      reportIds.push(stored.reportId);
    }
    const [police] = await casualtyTotals(other.db, {});
    expect(police).toMatchObject({ kind: 'killed', affiliation: 'police', best: SOURCE_IDS_LISTED + 5 });
    expect(police?.sourceCount).toBe(SOURCE_IDS_LISTED + 5);
    expect(police?.sourceReportIds).toEqual(reportIds.sort((a, b) => a - b).slice(-SOURCE_IDS_LISTED));
    // Nothing else carries the full list.
    expect(Object.keys(police ?? {})).not.toContain('reports');
  });
});

describe('casualties among one side', () => {
  it('count that side only, not everyone hurt in the incidents where it was', async () => {
    const police = await casualtiesByMonth(db, { affiliation: 'police' });
    expect(police.map((m) => [m.month, m.killed, m.injured])).toEqual([
      ['2025-04', 2, 0],
      ['2025-08', 0, 3],
    ]);
    const totals = await casualtyTotals(db, { affiliation: 'gang' });
    expect(totals.map((t) => `${t.kind}/${t.affiliation}/${t.best}`)).toEqual(['killed/gang/5']);
    const injuredOnly = await casualtiesBySide(db, { kind: 'injured' });
    expect(injuredOnly.map((r) => `${r.kind}/${r.affiliation}/${r.best}`)).toEqual(['injured/police/3']);
  });
});

describe('overview counts', () => {
  it('counts incidents in the last 30 and 90 days against the periods before, deleted ones excluded', async () => {
    expect(await incidentCountsByPeriod(db, '2025-08-10', [30, 90])).toEqual([
      { days: 30, current: 2, previous: 0 },
      { days: 90, current: 2, previous: 3 },
    ]);
  });
});
