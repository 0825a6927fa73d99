import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { normalizePlaceName } from '@/lib/locations/normalize';
import { seedDatabase } from '@/prisma/seed';
import { createTestDb } from './helpers/test-db';

async function seededStore() {
  const { db, sql } = await createTestDb();
  const seed = () => seedDatabase(db, sql);
  return { db, sql, seed };
}

describe('sample data', () => {
  it('loads the gazetteer and the five sample reports into an empty store', async () => {
    const { db, seed } = await seededStore();
    const result = await seed();
    expect(result).toEqual({ placesAdded: GAZETTEER.length, reportsAdded: 5 });
    const reports = await db.report.findMany({ orderBy: { publishedAt: 'asc' } });
    expect(reports.map((r) => r.publishedAt?.toISOString().slice(0, 10))).toEqual([
      '2025-02-24',
      '2025-03-27',
      '2025-04-03',
      '2025-08-05',
      '2025-08-06',
    ]);
    // The header gives the title and is not part of the stored text.
    expect(reports.every((r) => !/^(title|published):/m.test(r.text))).toBe(true);
    expect(reports[0]?.title).toBe('Kenyan police officer killed in clash with gangs in Haiti’s Artibonite');
  });

  it('does not duplicate anything when run again (a restart)', async () => {
    const { db, seed } = await seededStore();
    await seed();
    const before = await Promise.all([db.location.count(), db.locationAlias.count(), db.report.count()]);
    expect(await seed()).toEqual({ placesAdded: 0, reportsAdded: 0 });
    expect(await Promise.all([db.location.count(), db.locationAlias.count(), db.report.count()])).toEqual(
      before,
    );
  });

  it('does not bring back sample reports into a store that already has reports', async () => {
    const { db, seed } = await seededStore();
    await seed();
    await db.report.deleteMany({ where: { id: { gt: 1 } } });
    await seed();
    expect(await db.report.count()).toBe(1);
  });

  it('keeps an editor’s correction to a built-in place across restarts', async () => {
    const { db, seed } = await seededStore();
    await seed();
    await db.location.update({ where: { key: 'telesco' }, data: { lat: 19.2 } });
    await seed();
    expect((await db.location.findUniqueOrThrow({ where: { key: 'telesco' } })).lat).toBe(19.2);
  });

  it('builds the place hierarchy with real parents and finds places by any spelling', async () => {
    const { db, seed } = await seededStore();
    await seed();
    const segur = await db.location.findUniqueOrThrow({
      where: { key: 'segur-savien' },
      include: { parent: { include: { parent: { include: { parent: true } } } } },
    });
    expect(segur.parent?.name).toBe('Pont-Sondé');
    expect(segur.parent?.parent?.name).toBe('Saint-Marc');
    expect(segur.parent?.parent?.parent?.name).toBe('Artibonite');

    const lookup = async (spelling: string) => {
      const norm = normalizePlaceName(spelling);
      const found = await db.location.findFirst({
        where: { OR: [{ normName: norm }, { aliases: { some: { normName: norm } } }] },
      });
      return found?.key;
    };
    for (const [spelling, key] of [
      ['Pont Sondé', 'pont-sonde'],
      ['Pont-Sonde', 'pont-sonde'],
      ['pont-sondé', 'pont-sonde'],
      ['Petionville', 'petion-ville'],
      ['Pétion-Ville', 'petion-ville'],
      ['Seguin', 'segur-savien'],
      ['Segur-Savien', 'segur-savien'],
      ['Port-au Prince', 'port-au-prince'],
    ] as const) {
      expect(await lookup(spelling), spelling).toBe(key);
    }
  });
});
