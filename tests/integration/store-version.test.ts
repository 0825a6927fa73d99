/**
 * Results cached per store version (lib/aggregates/version.ts) must never outlive a write that
 * changes them: the triggers bump the right counter whoever writes (Prisma, the write
 * connection, plain SQL), and the cached counts, charts and map follow each change.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cachedStats } from '@/lib/aggregates/cached-stats';
import { cachedRead, storeVersion } from '@/lib/aggregates/version';
import type { Db } from '@/lib/db';
import { queryMapData } from '@/lib/map/queries';
import { PORT_AU_PRINCE_BBOX } from '@/lib/map/views';
import type { Sql } from '@/lib/store/sql';
import { type DraftStore, openDraftStore } from './helpers/draft-store';
import { killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';

let db: Db;
let sql: Sql;
let n = 0;
let storeOne: DraftStore['storeOne'];

beforeAll(async () => {
  ({ db, sqlAsync: sql, storeOne } = await openDraftStore());
});

const versions = async () => ({
  data: await storeVersion(db, ['data']),
  text: await storeVersion(db, ['text']),
});

/** A new incident each time: ten days after the last, so the reader never takes it for the same. */
async function storeDelmasClash(civiliansKilled: number): Promise<number> {
  const day = new Date(Date.UTC(2023, 0, 1) + ++n * 10 * 86_400_000).toISOString().slice(0, 10);
  return await storeOne({
    date: day,
    title: `Clash in Delmas (${++n})`,
    place: place('delmas'),
    casualties: [killed(civiliansKilled, 'civilian', null)],
  });
}

describe('the store version', () => {
  it('moves "data" when a report adds an incident and its casualties', async () => {
    const before = await versions();
    await storeDelmasClash(3);
    const after = await versions();
    expect(after.data).not.toBe(before.data);
  });

  it('moves "data", not "text", when a review status or a date changes', async () => {
    const id = await storeDelmasClash(1);
    let before = await versions();
    await db.incident.update({ where: { id }, data: { status: 'reviewed' } });
    let after = await versions();
    expect(after.data).not.toBe(before.data);
    expect(after.text).toBe(before.text);
    before = after;
    await sql.run(`UPDATE "Incident" SET "date" = '2025-04-02T00:00:00.000+00:00' WHERE "id" = ?`, [id]);
    after = await versions();
    expect(after.data).not.toBe(before.data);
  });

  it('moves "text", not "data", when only a title changes, and neither for bookkeeping', async () => {
    const id = await storeDelmasClash(1);
    const before = await versions();
    await db.incident.update({ where: { id }, data: { title: 'Renamed clash in Delmas' } });
    const renamed = await versions();
    expect(renamed.text).not.toBe(before.text);
    expect(renamed.data).toBe(before.data);
    await db.incident.update({ where: { id }, data: { version: { increment: 1 } } });
    expect(await versions()).toEqual(renamed);
  });

  it('moves "data" when a place or a figure changes', async () => {
    let before = await versions();
    await db.location.update({ where: { key: 'delmas' }, data: { lat: 18.545 } });
    expect((await versions()).data).not.toBe(before.data);
    before = await versions();
    const report = await db.report.findFirstOrThrow();
    await db.figure.create({
      data: { metric: 'killed', value: 7, reportId: report.id, affiliation: 'police' },
    });
    expect((await versions()).data).not.toBe(before.data);
  });
});

describe('cached reads', () => {
  it('runs the read once per version of the scopes it names', async () => {
    let reads = 0;
    const count = () =>
      cachedRead(db, { key: 'test-count', scopes: ['data'] }, async () => {
        reads++;
        return db.incident.count({ where: incidentWhere({}) });
      });
    const first = await count();
    expect(await count()).toBe(first);
    expect(reads).toBe(1);
    const id = await storeDelmasClash(2);
    expect(await count()).toBe(first + 1);
    expect(reads).toBe(2);
    await db.incident.update({ where: { id }, data: { title: 'Only the title changed' } });
    expect(await count()).toBe(first + 1);
    expect(reads).toBe(2);
    await db.incident.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await count()).toBe(first);
    expect(reads).toBe(3);
  });

  it('does not remember a failed read', async () => {
    let calls = 0;
    const read = () =>
      cachedRead(db, { key: 'test-failing', scopes: ['data'] }, async () => {
        calls++;
        if (calls === 1) throw new Error('locked');
        return 'ok';
      });
    await expect(read()).rejects.toThrow('locked');
    await expect(read()).resolves.toBe('ok');
  });

  it('gives charts the casualties a new report adds, and drops those of a deleted incident', async () => {
    const civilians = async () =>
      (await cachedStats.casualtiesBySide(db, { place: 'delmas' }))
        .filter((s) => s.kind === 'killed' && s.affiliation === 'civilian')
        .reduce((sum, s) => sum + s.best, 0);
    const before = await civilians();
    const id = await storeDelmasClash(40);
    expect(await civilians()).toBe(before + 40);
    await db.incident.update({ where: { id }, data: { status: 'rejected' } });
    expect(await civilians()).toBe(before);
  });

  it('gives the deployments chart a new deployment', async () => {
    const before = (await cachedStats.deployments(db)).points.length;
    const report = await db.report.findFirstOrThrow();
    await db.deployment.create({
      data: {
        country: 'Jamaica',
        personnel: 24,
        date: new Date('2025-05-01'),
        kind: 'arrival',
        reportId: report.id,
      },
    });
    const after = await cachedStats.deployments(db);
    expect(after.points).toHaveLength(before + 1);
    expect(after.points.some((p) => p.country === 'Jamaica' && p.personnel === 24)).toBe(true);
  });

  it('gives the map the incidents a new report adds, with their current titles', async () => {
    const view = { bbox: PORT_AU_PRINCE_BBOX, zoom: 12 };
    const before = await queryMapData(db, { filters: {}, view });
    const id = await storeDelmasClash(5);
    const after = await queryMapData(db, { filters: {}, view });
    expect(after.total).toBe(before.total + 1);
    await db.incident.update({ where: { id }, data: { title: 'Retitled on the map' } });
    const retitled = await queryMapData(db, { filters: {}, view });
    expect(retitled.points.find((p) => p.id === id)?.title).toBe('Retitled on the map');
  });
});

describe('filtering by casualty kind and side through the summary', () => {
  it.each([{ kind: 'killed' as const }, { affiliation: 'civilian' as const }])(
    'selects the incidents that have such a claim: %j',
    async (filters) => {
      const viaSummary = await db.incident.findMany({
        where: incidentWhere(filters),
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      const viaClaims = await db.incident.findMany({
        where: { deletedAt: null, status: { not: 'rejected' }, claims: { some: filters } },
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      expect(viaClaims.length).toBeGreaterThan(0);
      expect(viaSummary).toEqual(viaClaims);
    },
  );
});
