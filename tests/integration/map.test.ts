/**
 * The map's data on a real SQLite store: the SQL translation of the filters selects what the
 * timeline's Prisma filter selects; points below the threshold, clusters above it, never more
 * than MAX_FEATURES features; the view's bbox and the filters respected; casualties reconciled
 * as on the incident page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { rebuildIncidentCasualties } from '@/lib/incidents/casualty-summary';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { reconcileClaims } from '@/lib/incidents/reconcile';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { MAX_FEATURES } from '@/lib/map/grid';
import { queryMapData } from '@/lib/map/queries';
import type { Bbox, MapData } from '@/lib/map/types';
import { ARTIBONITE_BBOX, PORT_AU_PRINCE_BBOX } from '@/lib/map/views';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { openSqlConnection, type SqlConnection } from '@/lib/store/write-connection';
import { draft, incident, killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { createTestDb } from './helpers/test-db';

const WORLD: Bbox = [-180, -90, 180, 90];
const HAITI: Bbox = [-74.6, 17.9, -71.5, 20.2];
const TYPES = ['armed_clash', 'attack', 'ambush', 'killing', 'gunfire', 'kidnapping'] as const;

async function setup() {
  const { db, file } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  const sql = openSqlConnection(file);
  const gazetteer = loadGazetteer(sql);
  let n = 0;
  const store = (d: ReturnType<typeof draft>) =>
    storeDraft(sql, { input: { text: `Report ${++n}`, publishedAt: d.publishedAt }, draft: d, gazetteer });
  return { db, sql, store };
}

/** A deterministic pseudo-random source (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` incidents at `places` generated sites scattered over `area`, each with one report's
 * killed claim of 0–4, written with plain SQL in one transaction (storing them one by one
 * through the reader's path would take minutes).
 */
function generateIncidents(
  sql: SqlConnection,
  options: { count: number; places: number; area: Bbox; seed: number },
) {
  const next = random(options.seed);
  const now = sqlDateTime(new Date());
  const ouest = sql.prepare("SELECT id FROM Location WHERE key = 'ouest'").get() as { id: number };
  sql
    .transaction(() => {
      const reportId = Number(
        sql
          .prepare(
            `INSERT INTO Report (title, text, contentHash, ingestedAt, publishedEstimated)
           VALUES ('generated', 'generated', ?, ?, 0)`,
          )
          .run(`generated-${options.seed}`, now).lastInsertRowid,
      );
      const addPlace = sql.prepare(
        `INSERT INTO Location (key, name, normName, kind, parentId, lat, lng, radiusM, path)
       VALUES (?, ?, ?, 'site', ?, ?, ?, 200, ?)`,
      );
      const [w, s, e, n] = options.area;
      const placeIds: number[] = [];
      for (let p = 0; p < options.places; p++) {
        const key = `gen-${options.seed}-${p}`;
        const lat = s + next() * (n - s);
        const lng = w + next() * (e - w);
        placeIds.push(
          Number(
            addPlace.run(key, `Site ${p}`, `site ${p}`, ouest.id, lat, lng, `/haiti/ouest/${key}/`)
              .lastInsertRowid,
          ),
        );
      }
      const addIncident = sql.prepare(
        `INSERT INTO Incident (date, datePrecision, type, title, locationId, placePrecision, searchText,
                             status, createdAt, updatedAt)
       VALUES (?, 'day', ?, ?, ?, 'exact', ?, 'draft', ?, ?)`,
      );
      const addClaim = sql.prepare(
        `INSERT INTO CasualtyClaim (incidentId, reportId, kind, count, affiliation, createdAt)
       VALUES (?, ?, 'killed', ?, 'civilian', ?)`,
      );
      for (let i = 0; i < options.count; i++) {
        const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 700) * 86_400_000);
        const type = TYPES[Math.floor(next() * TYPES.length)] ?? 'other';
        const title = `Generated ${type} ${i}`;
        const id = Number(
          addIncident.run(
            sqlDate(day.toISOString().slice(0, 10)),
            type,
            title,
            placeIds[Math.floor(next() * placeIds.length)] ?? null,
            title.toLowerCase(),
            now,
            now,
          ).lastInsertRowid,
        );
        addClaim.run(id, reportId, Math.floor(next() * 5), now);
      }
      // Claims written directly: bring the per-incident summary up to date, as the app does.
      rebuildIncidentCasualties(sql);
    })
    .immediate();
}

const featureCount = (d: MapData) => d.points.length + d.clusters.length;
const incidentsIn = (d: MapData) => d.points.length + d.clusters.reduce((n, c) => n + c.count, 0);

describe('the map filters select what the timeline selects', () => {
  let db: Db;
  beforeAll(async () => {
    const s = await setup();
    db = s.db;
    const segur = incident({ casualties: [killed(1), killed(3, 'gang', null)] });
    s.store(draft({ incidents: [segur] }));
    s.store(draft({ publishedAt: '2025-02-25', incidents: [incident({ casualties: [killed(1)] })] }));
    s.store(draft({ publishedAt: '2025-02-26', incidents: [incident({ casualties: [killed(2)] })] }));
    s.store(
      draft({
        incidents: [
          incident({
            date: '2025-03-10',
            type: 'gunfire',
            title: 'Gunfire near the US embassy in Tabarre',
            place: place('tabarre'),
          }),
          incident({
            date: '2025-04-02',
            type: 'ambush',
            title: 'Ambush in Pétion-Ville',
            place: place('petion-ville'),
            casualties: [killed(2, 'police', null)],
          }),
          incident({
            date: '2025-05-01',
            datePrecision: 'month',
            type: 'kidnapping',
            title: 'Kidnapping somewhere',
            place: null,
          }),
          incident({
            date: '2025-06-01',
            type: 'attack',
            title: 'Attack in Telesco',
            place: place('telesco'),
          }),
          incident({
            date: '2025-07-01',
            type: 'attack',
            title: 'Attack later rejected',
            place: place('delmas'),
          }),
          incident({
            date: '2025-07-02',
            type: 'attack',
            title: 'Attack later deleted',
            place: place('carrefour'),
          }),
        ],
      }),
    );
    await db.incident.updateMany({ where: { title: 'Attack later rejected' }, data: { status: 'rejected' } });
    await db.incident.updateMany({
      where: { title: 'Attack later deleted' },
      data: { deletedAt: new Date() },
    });
    await db.incident.updateMany({ where: { title: 'Attack in Telesco' }, data: { status: 'reviewed' } });
    generateIncidents(s.sql, { count: 300, places: 40, area: HAITI, seed: 1 });
  });

  const cases: IncidentFilters[] = [
    {},
    { type: ['ambush'] },
    { type: ['attack', 'gunfire'] },
    { place: 'artibonite' },
    { place: 'pont-sonde' },
    { place: 'tabarre' },
    { from: '2025-02-23', to: '2025-04-02' },
    { from: '2025-03-11' },
    { to: '2025-02-23' },
    { affiliation: 'mss' },
    { kind: 'killed' },
    { affiliation: 'gang', kind: 'killed' },
    { status: 'reviewed' },
    { status: 'rejected' },
    { q: 'pont sonde' },
    { q: 'SÉGUR-savien' },
    { q: 'petion ville' },
    { q: 'generated ambush' },
    { q: '!!!' },
    { place: 'ouest', type: ['attack'], from: '2024-06-01' },
  ];

  it.each(cases)('filters %j', async (filters) => {
    const data = await queryMapData(db, { filters, view: { bbox: WORLD, zoom: 8 } });
    const where = incidentWhere(filters);
    const [placed, unplaced] = await Promise.all([
      db.incident.findMany({ where: { AND: [where, { locationId: { not: null } }] }, select: { id: true } }),
      db.incident.count({ where: { AND: [where, { locationId: null }] } }),
    ]);
    expect(data.mode).toBe('points');
    expect(data.points.map((p) => p.id).sort((a, b) => a - b)).toEqual(
      placed.map((p) => p.id).sort((a, b) => a - b),
    );
    expect(data.total).toBe(placed.length);
    expect(data.unplaced).toBe(unplaced);
  });

  it('gives each point the reconciled best casualties of the incident page', async () => {
    const data = await queryMapData(db, { filters: { q: 'segur' }, view: { bbox: WORLD, zoom: 8 } });
    expect(data.points).toHaveLength(1);
    const point = data.points[0];
    const claims = await db.casualtyClaim.findMany({ where: { incidentId: point?.id } });
    const best = (kind: string) =>
      reconcileClaims(claims)
        .filter((f) => f.kind === kind)
        .reduce((n, f) => n + f.best, 0);
    // Three sources say 1, 1 and 2 Kenyan officers killed (best 1); one says 3 gang members.
    expect(point).toMatchObject({
      killed: best('killed'),
      injured: 0,
      missing: 0,
      placeName: 'Ségur-Savien',
    });
    expect(point?.killed).toBe(4);
  });

  it('keeps to the bbox: Port-au-Prince shows Tabarre, not Pont-Sondé, and the Artibonite the reverse', async () => {
    const named = (d: MapData) =>
      d.points.filter((p) => !p.title.startsWith('Generated')).map((p) => p.placeName);
    const pap = await queryMapData(db, { filters: {}, view: { bbox: PORT_AU_PRINCE_BBOX, zoom: 12 } });
    const artibonite = await queryMapData(db, { filters: {}, view: { bbox: ARTIBONITE_BBOX, zoom: 10 } });
    expect(named(pap).sort()).toEqual(['Pétion-Ville', 'Tabarre']);
    expect(named(artibonite).sort()).toEqual(['Ségur-Savien', 'Telesco']);
    for (const p of pap.points) {
      expect(p.lat).toBeGreaterThanOrEqual(PORT_AU_PRINCE_BBOX[1]);
      expect(p.lng).toBeLessThanOrEqual(PORT_AU_PRINCE_BBOX[2]);
    }
  });

  it('returns points newest first with the place and its precision', async () => {
    const data = await queryMapData(db, { filters: { q: 'tabarre' }, view: { bbox: HAITI, zoom: 9 } });
    expect(data.points[0]).toMatchObject({
      title: 'Gunfire near the US embassy in Tabarre',
      date: '2025-03-10',
      datePrecision: 'day',
      type: 'gunfire',
      placeKey: 'tabarre',
      placePath: '/haiti/ouest/tabarre/',
      placePrecision: 'commune',
      radiusM: 6000,
    });
    const all = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom: 9 } });
    const dates = all.points.map((p) => p.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('points below the threshold, clusters above it', () => {
  let db: Db;
  beforeAll(async () => {
    const s = await setup();
    db = s.db;
    // Exactly MAX_FEATURES incidents in the Port-au-Prince box, one more in the Artibonite.
    generateIncidents(s.sql, { count: MAX_FEATURES, places: 300, area: PORT_AU_PRINCE_BBOX, seed: 2 });
    generateIncidents(s.sql, { count: 1, places: 1, area: [-72.7, 19.1, -72.6, 19.2], seed: 3 });
  });

  it(`draws ${MAX_FEATURES} incidents one by one`, async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: PORT_AU_PRINCE_BBOX, zoom: 12 } });
    expect(data).toMatchObject({ mode: 'points', total: MAX_FEATURES, cellDeg: null });
    expect(data.points).toHaveLength(MAX_FEATURES);
  });

  it('clusters one incident more, and accounts for every incident', async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom: 12 } });
    expect(data.mode).toBe('clusters');
    expect(data.total).toBe(MAX_FEATURES + 1);
    expect(incidentsIn(data)).toBe(MAX_FEATURES + 1);
    expect(featureCount(data)).toBeLessThanOrEqual(MAX_FEATURES);
    // The lone Artibonite incident is its own cell: it comes back as a point, not a "cluster of 1".
    expect(data.points.some((p) => p.lat > 19)).toBe(true);
    expect(data.clusters.every((c) => c.count > 1)).toBe(true);
  });

  it('a filter that leaves few incidents brings the points back', async () => {
    const data = await queryMapData(db, { filters: { type: ['ambush'] }, view: { bbox: HAITI, zoom: 12 } });
    expect(data.mode).toBe('points');
    expect(data.points.length).toBeGreaterThan(0);
    expect(data.points.every((p) => p.type === 'ambush')).toBe(true);
  });
});

describe('5,000 incidents', () => {
  let db: Db;
  beforeAll(async () => {
    const s = await setup();
    db = s.db;
    generateIncidents(s.sql, { count: 5000, places: 5000, area: HAITI, seed: 4 });
  });

  it.each([7, 9, 12, 19])(
    'at zoom %i over all of Haiti: at most 2,000 features, every incident counted',
    async (zoom) => {
      const data = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom } });
      expect(data.mode).toBe('clusters');
      expect(data.total).toBe(5000);
      expect(featureCount(data)).toBeLessThanOrEqual(MAX_FEATURES);
      expect(incidentsIn(data)).toBe(5000);
    },
  );

  it('gives each cluster its mean position inside its bounds, casualty sums and its places', async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom: 8 } });
    const killedInView = await db.casualtyClaim.aggregate({ _sum: { count: true } });
    const killed =
      data.clusters.reduce((n, c) => n + c.killed, 0) + data.points.reduce((n, p) => n + p.killed, 0);
    expect(killed).toBe(killedInView._sum.count);
    for (const c of data.clusters) {
      const [w, s, e, n] = c.bounds;
      expect(c.lng).toBeGreaterThanOrEqual(w);
      expect(c.lng).toBeLessThanOrEqual(e);
      expect(c.lat).toBeGreaterThanOrEqual(s);
      expect(c.lat).toBeLessThanOrEqual(n);
      expect(c.placeNames.length).toBe(Math.min(3, c.placeCount));
      expect(c.placeKey).toBeNull();
    }
    // Cells of ~64 px at zoom 8: about 0.35°, so Haiti is some tens of clusters, not thousands.
    expect(data.cellDeg).toBeCloseTo(0.3516, 3);
    expect(data.clusters.length).toBeLessThan(100);
  });

  it('a smaller bbox holds fewer incidents; zooming in to it draws them one by one', async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: PORT_AU_PRINCE_BBOX, zoom: 12 } });
    expect(data.mode).toBe('points');
    expect(data.total).toBeLessThan(200);
    expect(data.total).toBeGreaterThan(0);
  });

  it('respects the filters when clustering', async () => {
    const all = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom: 9 } });
    const attacks = await queryMapData(db, {
      filters: { type: ['attack', 'ambush', 'gunfire'] },
      view: { bbox: HAITI, zoom: 9 },
    });
    const expected = await db.incident.count({ where: { type: { in: ['attack', 'ambush', 'gunfire'] } } });
    expect(attacks.total).toBe(expected);
    expect(incidentsIn(attacks)).toBe(expected);
    expect(attacks.total).toBeLessThan(all.total);
  });
});
