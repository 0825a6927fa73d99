/**
 * The acceptance test of the reader and the store: the five sample reports, loaded into an
 * empty store the way a fresh install loads them, must give these incidents and figures.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { casualtyTotals } from '@/lib/stats/totals';
import { seedDatabase } from '@/prisma/seed';
import { createTestDb } from './helpers/test-db';

let db: Db;
const reportIdByFile = new Map<string, number>();

beforeAll(async () => {
  const store = await createTestDb();
  db = store.db;
  await seedDatabase(db, store.sql);
  const reports = await db.report.findMany({ select: { id: true, text: true } });
  const openings: Record<string, string> = {
    '000': 'There are concerns over the safety',
    '001': 'Kenyan police officers deployed in Haiti under',
    '002': 'PORT-AU-PRINCE, Haiti',
    '003': 'A Kenyan police officer deployed in Haiti as part',
    '004': 'date 2025-04-03',
  };
  for (const [file, opening] of Object.entries(openings)) {
    const report = reports.find((r) => r.text.trimStart().startsWith(opening));
    if (!report) throw new Error(`sample ${file} not stored`);
    reportIdByFile.set(file, report.id);
  }
});

const rid = (file: string) => reportIdByFile.get(file) as number;
const day = (d: Date) => d.toISOString().slice(0, 10);

async function incidents() {
  return db.incident.findMany({
    where: { deletedAt: null },
    include: {
      location: { include: { parent: { include: { parent: { include: { parent: true } } } } } },
      sources: true,
      claims: true,
    },
    orderBy: { date: 'asc' },
  });
}
type Loaded = Awaited<ReturnType<typeof incidents>>[number];
const sourceIds = (i: Loaded) => i.sources.map((s) => s.reportId).sort((a, b) => a - b);
const ancestry = (i: Loaded) => {
  const names: string[] = [];
  for (let l: { name: string; parent?: unknown } | null | undefined = i.location; l; l = l.parent as typeof l)
    names.push(l.name);
  return names;
};

describe('the five sample reports', () => {
  it('1. 23 Feb 2025, Ségur-Savien: one Kenyan MSS officer killed, named in one report, one incident with 002, 003, 004', async () => {
    const all = await incidents();
    const killed = all.filter((i) => i.claims.some((c) => c.kind === 'killed' && c.affiliation === 'mss'));
    expect(killed).toHaveLength(1);
    const [incident] = killed as [Loaded];
    expect(day(incident.date)).toBe('2025-02-23');
    expect(incident.datePrecision).toBe('day');
    expect(incident.location?.name).toBe('Ségur-Savien');
    expect(ancestry(incident)).toEqual(expect.arrayContaining(['Pont-Sondé', 'Artibonite']));
    expect(sourceIds(incident)).toEqual(expect.arrayContaining([rid('002'), rid('003'), rid('004')]));
    const mssKilled = incident.claims.filter((c) => c.kind === 'killed' && c.affiliation === 'mss');
    expect(mssKilled.every((c) => c.country === 'Kenya' && c.count === 1)).toBe(true);
    const named = mssKilled.filter((c) => JSON.stringify(c.persons ?? []).includes('Samuel Tompoi Kaetuai'));
    expect(named.map((c) => c.reportId)).toEqual([rid('003')]);
    expect(named[0]?.persons).toEqual([{ name: 'Samuel Tompoi Kaetuai', age: 26 }]);
  });

  it('2. 25 Mar 2025, Pont-Sondé: ambush, one Kenyan officer missing, one incident with 003 and 004', async () => {
    const all = await incidents();
    const missing = all.filter((i) => i.claims.some((c) => c.kind === 'missing' && c.affiliation === 'mss'));
    expect(missing).toHaveLength(1);
    const [incident] = missing as [Loaded];
    expect(day(incident.date)).toBe('2025-03-25');
    expect(incident.type).toBe('ambush');
    expect(incident.location?.name).toBe('Pont-Sondé');
    expect(sourceIds(incident)).toEqual(expect.arrayContaining([rid('003'), rid('004')]));
    expect(
      incident.claims
        .filter((c) => c.kind === 'missing')
        .every((c) => c.country === 'Kenya' && c.count === 1),
    ).toBe(true);
  });

  it('3. the week before 3 Apr 2025, Port-au-Prince: two Kenyan officers injured, evacuated (004)', async () => {
    const all = await incidents();
    const injured = all.filter((i) =>
      i.claims.some((c) => c.kind === 'injured' && c.affiliation === 'mss' && c.count === 2),
    );
    expect(injured).toHaveLength(1);
    const [incident] = injured as [Loaded];
    expect(incident.datePrecision).toBe('week');
    expect(day(incident.date) >= '2025-03-26' && day(incident.date) <= '2025-04-02').toBe(true);
    expect(incident.location?.name).toBe('Port-au-Prince');
    expect(sourceIds(incident)).toEqual([rid('004')]);
  });

  it('4. Tabarre gunfire near the US embassy: one incident, sources 000 and 001, dated 5 Aug 2025, weekday contradiction flagged', async () => {
    const all = await incidents();
    const gunfire = all.filter((i) => i.type === 'gunfire');
    expect(gunfire).toHaveLength(1);
    const [incident] = gunfire as [Loaded];
    expect(day(incident.date)).toBe('2025-08-05');
    expect(ancestry(incident)).toContain('Tabarre');
    expect(sourceIds(incident)).toEqual([rid('000'), rid('001')].sort((a, b) => a - b));
    const report = await db.report.findUniqueOrThrow({ where: { id: rid('000') } });
    expect(JSON.stringify(report.warnings)).toMatch(/Monday/);
    expect(JSON.stringify(report.warnings)).toMatch(/Tuesday/);
  });

  it('5. 2 Aug 2025, Pétion-Ville: arrest of former senator Nenel Cassy (000)', async () => {
    const all = await incidents();
    const arrests = all.filter((i) => i.type === 'arrest');
    expect(arrests).toHaveLength(1);
    const [arrest] = arrests as [Loaded];
    expect(day(arrest.date)).toBe('2025-08-02');
    expect(arrest.location?.name).toBe('Pétion-Ville');
    expect(`${arrest.title} ${arrest.sources[0]?.excerpt}`).toMatch(/Nenel Cassy/);
    expect(sourceIds(arrest)).toEqual([rid('000')]);
  });

  it('6. attacks repelled at Telesco and the Savien police station in Pont-Sondé (001)', async () => {
    const all = await incidents();
    const attacks = all.filter(
      (i) => i.sources.some((s) => s.reportId === rid('001')) && i.type === 'attack',
    );
    const places = attacks.map((i) => i.location?.name);
    expect(places).toEqual(expect.arrayContaining(['Telesco', 'Savien Police Station']));
    for (const attack of attacks) {
      expect(ancestry(attack)).toContain('Pont-Sondé');
      expect(['month', 'week', 'day']).toContain(attack.datePrecision);
      expect(day(attack.date) <= '2025-08-05').toBe(true);
    }
  });

  it('7. deployments: 800 Kenyans arriving June 2024, ~900 in Feb 2025, ≥800 Kenyans in Mar 2025, ~1,000 (¾ Kenyan) in Apr 2025, 2,500 planned; launch year conflict flagged', async () => {
    const deployments = await db.deployment.findMany();
    const has = (pred: (d: (typeof deployments)[number]) => boolean) => deployments.some(pred);
    const month = (d: (typeof deployments)[number]) => day(d.date).slice(0, 7);
    expect(
      has(
        (d) => d.country === 'Kenya' && d.personnel === 800 && d.kind === 'arrival' && month(d) === '2024-06',
      ),
    ).toBe(true);
    expect(
      has(
        (d) => d.personnel === 900 && d.hedge === 'about' && d.kind === 'strength' && month(d) === '2025-02',
      ),
    ).toBe(true);
    expect(
      has(
        (d) =>
          d.country === 'Kenya' && d.personnel === 800 && d.hedge === 'at_least' && month(d) === '2025-03',
      ),
    ).toBe(true);
    expect(has((d) => d.personnel === 1000 && d.hedge === 'about' && month(d) === '2025-04')).toBe(true);
    expect(has((d) => d.country === 'Kenya' && d.personnel === 750 && month(d) === '2025-04')).toBe(true);
    expect(has((d) => d.personnel === 2500 && d.kind === 'planned')).toBe(true);
    const launches = deployments.filter((d) => d.milestone);
    expect(launches.map(month)).toEqual(expect.arrayContaining(['2023-06', '2024-06']));
    const flagged = await db.report.findMany({ where: { id: { in: [rid('003'), rid('004'), rid('000')] } } });
    expect(
      flagged.some(
        (r) => /June 2023/.test(JSON.stringify(r.warnings)) && /June 2024/.test(JSON.stringify(r.warnings)),
      ),
    ).toBe(true);
  });

  it('8. figures: over 3,000 killed in 2025; over 5,500 killed in 2024 (UN); over one million displaced', async () => {
    const figures = await db.figure.findMany();
    expect(
      figures.some(
        (f) =>
          f.metric === 'killed' &&
          f.value === 3000 &&
          f.hedge === 'at_least' &&
          f.periodLabel.includes('2025') &&
          f.reportId === rid('000'),
      ),
    ).toBe(true);
    expect(
      figures.some(
        (f) =>
          f.metric === 'killed' &&
          f.value === 5500 &&
          f.hedge === 'at_least' &&
          f.periodLabel.includes('2024') &&
          /United Nations/.test(f.attributedTo ?? ''),
      ),
    ).toBe(true);
    expect(
      figures.some((f) => f.metric === 'displaced' && f.value === 1_000_000 && f.hedge === 'at_least'),
    ).toBe(true);
  });

  it('9. Kenyan MSS killed across the store: best 1, high 2, with both sources visible', async () => {
    const totals = await casualtyTotals(db, { affiliation: 'mss' });
    const kenyaKilled = totals.find((t) => t.kind === 'killed' && t.country === 'Kenya');
    expect(kenyaKilled).toMatchObject({ best: 1, high: 2 });
    expect(kenyaKilled?.sourceReportIds).toEqual(
      expect.arrayContaining([rid('002'), rid('003'), rid('004')]),
    );
    expect(kenyaKilled?.highFromFigure?.reportId).toBe(rid('000'));
  });

  it('stores no incident twice: every incident is a distinct event', async () => {
    const all = await incidents();
    const keys = all.map((i) => `${day(i.date)}|${i.type}|${i.location?.key ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the stored per-incident casualty summary', () => {
  it('says exactly what reconciling each incident’s claims says', async () => {
    const { reconcileClaims } = await import('@/lib/incidents/reconcile');
    const all = await db.incident.findMany({ include: { claims: true, casualties: true } });
    expect(all.some((i) => i.casualties.length > 0)).toBe(true);
    for (const i of all) {
      const expected = reconcileClaims(i.claims).map((r) => ({
        key: `${r.kind}|${r.affiliation}|${r.country ?? ''}`,
        low: r.low,
        best: r.best,
        high: r.high,
        sources: r.sources,
      }));
      const stored = i.casualties.map((c) => ({
        key: `${c.kind}|${c.affiliation}|${c.country}`,
        low: c.low,
        best: c.best,
        high: c.high,
        sources: c.sources,
      }));
      const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
      expect(stored.sort(byKey), `incident ${i.id}`).toEqual(expected.sort(byKey));
    }
  });
});
