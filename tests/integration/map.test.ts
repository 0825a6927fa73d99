/**
 * The map's data on a real SQLite store: the SQL translation of the filters selects what the
 * timeline's Prisma filter selects; points up to MAX_POINTS incidents in view, clusters above;
 * never more than MAX_FEATURES features or MAX_BYTES of JSON, at any zoom; the view's bbox and the
 * filters respected; casualties reconciled as on the incident page.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { reconcileClaims } from '@/lib/incidents/reconcile';
import { jsonBytes, MAX_BYTES, MAX_POINTS } from '@/lib/map/budget';
import { MAX_FEATURES } from '@/lib/map/grid';
import { queryMapData } from '@/lib/map/queries';
import type { Bbox, MapData } from '@/lib/map/types';
import { ARTIBONITE_BBOX, PORT_AU_PRINCE_BBOX } from '@/lib/map/views';
import { draft, incident, killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { generateIncidents, setupMapStore as setup } from './helpers/map-store';

const WORLD: Bbox = [-180, -90, 180, 90];
const HAITI: Bbox = [-74.6, 17.9, -71.5, 20.2];

const featureCount = (d: MapData) => d.points.length + d.clusters.length;
const incidentsIn = (d: MapData) => d.points.length + d.clusters.reduce((n, c) => n + c.count, 0);

describe('the map filters select what the timeline selects', () => {
  let db: Db;
  beforeAll(async () => {
    const s = await setup();
    db = s.db;
    const segur = incident({ casualties: [killed(1), killed(3, 'gang', null)] });
    await s.store(draft({ incidents: [segur] }));
    await s.store(draft({ publishedAt: '2025-02-25', incidents: [incident({ casualties: [killed(1)] })] }));
    await s.store(draft({ publishedAt: '2025-02-26', incidents: [incident({ casualties: [killed(2)] })] }));
    await s.store(
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
    // Few enough with the named ones to stay under MAX_POINTS: these cases compare every point.
    await generateIncidents(s.sqlAsync, { count: 180, places: 40, area: HAITI, seed: 1 });
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
    // Exactly MAX_POINTS incidents in the Port-au-Prince box, one more in the Artibonite.
    await generateIncidents(s.sqlAsync, {
      count: MAX_POINTS,
      places: 150,
      area: PORT_AU_PRINCE_BBOX,
      seed: 2,
    });
    await generateIncidents(s.sqlAsync, { count: 1, places: 1, area: [-72.7, 19.1, -72.6, 19.2], seed: 3 });
  });

  it(`draws ${MAX_POINTS} incidents one by one`, async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: PORT_AU_PRINCE_BBOX, zoom: 12 } });
    expect(data).toMatchObject({ mode: 'points', total: MAX_POINTS, cellDeg: null });
    expect(data.points).toHaveLength(MAX_POINTS);
  });

  it('clusters one incident more, and accounts for every incident', async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom: 12 } });
    expect(data.mode).toBe('clusters');
    expect(data.total).toBe(MAX_POINTS + 1);
    expect(incidentsIn(data)).toBe(MAX_POINTS + 1);
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
    await generateIncidents(s.sqlAsync, { count: 5000, places: 5000, area: HAITI, seed: 4 });
  });

  it.each([7, 9, 12, 19])(
    'at zoom %i over all of Haiti: at most MAX_FEATURES features and MAX_BYTES, every incident counted',
    async (zoom) => {
      const data = await queryMapData(db, { filters: {}, view: { bbox: HAITI, zoom } });
      expect(data.mode).toBe('clusters');
      expect(data.total).toBe(5000);
      expect(featureCount(data)).toBeLessThanOrEqual(MAX_FEATURES);
      expect(jsonBytes(data)).toBeLessThanOrEqual(MAX_BYTES);
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

describe('every answer within the budget: 6,000 incidents at 3,500 places', () => {
  let db: Db;
  const STREETS: Bbox = [-72.36, 18.52, -72.3, 18.56];
  /** What a 1920 × 1080 screen asks around Port-au-Prince at zoom 13, with the map's 25% margin. */
  const LARGE_SCREEN: Bbox = [-72.6, 18.35, -72.0, 18.7];
  /** Titles of 200 characters with accents (two bytes each), on places with 120-character names. */
  const longTitle = (i: number) =>
    `Échange de tirs à Pétion-Ville près de l’hôpital, où des bandits armés ont attaqué ${i} `.padEnd(
      200,
      'é',
    );
  beforeAll(async () => {
    const s = await setup();
    db = s.db;
    // Dense in Port-au-Prince (every street-level view holds hundreds), thin over the rest of Haiti.
    await generateIncidents(s.sqlAsync, { count: 3000, places: 1200, area: PORT_AU_PRINCE_BBOX, seed: 5 });
    await generateIncidents(s.sqlAsync, { count: 800, places: 300, area: STREETS, seed: 6 });
    await generateIncidents(s.sqlAsync, { count: 2000, places: 1900, area: HAITI, seed: 7 });
    await generateIncidents(s.sqlAsync, {
      count: 190,
      places: 100,
      area: STREETS,
      seed: 8,
      title: longTitle,
      placeName: (p) => `Lieu-dit au nom très long numéro ${p} `.padEnd(120, 'x'),
    });
  });

  const views: [string, Bbox, number[]][] = [
    ['all of Haiti', HAITI, [6, 8, 9, 10, 12, 15, 19]],
    ['Port-au-Prince', PORT_AU_PRINCE_BBOX, [10, 12, 13, 14, 16, 19]],
    ['a large screen over Port-au-Prince', LARGE_SCREEN, [12, 13, 14]],
    ['a few streets', STREETS, [14, 15, 16, 17, 18, 19]],
    ['the world', WORLD, [0, 5, 19]],
  ];
  const cases = views.flatMap(([name, bbox, zooms]) => zooms.map((zoom) => ({ name, bbox, zoom })));
  const filterSets: IncidentFilters[] = [{}, { type: ['gunfire'] }, { type: ['gunfire', 'ambush'] }];

  it.each(cases)(
    '$name at zoom $zoom: ≤ MAX_FEATURES features, ≤ MAX_BYTES, every incident counted',
    async ({ bbox, zoom }) => {
      for (const filters of filterSets) {
        const data = await queryMapData(db, { filters, view: { bbox, zoom } });
        const label = JSON.stringify({ filters, zoom, mode: data.mode, total: data.total });
        expect(featureCount(data), label).toBeLessThanOrEqual(MAX_FEATURES);
        expect(jsonBytes(data), label).toBeLessThanOrEqual(MAX_BYTES);
        expect(incidentsIn(data), label).toBe(data.total);
        expect(data.mode === 'points', label).toBe(data.total <= MAX_POINTS);
      }
    },
  );

  it('a street-level view holding hundreds answers with place markers, not hundreds of points', async () => {
    const data = await queryMapData(db, { filters: {}, view: { bbox: STREETS, zoom: 16 } });
    expect(data.total).toBeGreaterThan(MAX_POINTS);
    expect(data.mode).toBe('clusters');
    const markers = data.clusters.filter((c) => c.placeKey !== null);
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) expect(m.placeCount).toBe(1);
    expect(data.points.length).toBeLessThan(MAX_POINTS);
  });

  it('clusters a view of fewer than MAX_POINTS incidents when their texts would pass MAX_BYTES', async () => {
    // ~700 bytes a point: 190 of them would be ~130 KB.
    const data = await queryMapData(db, { filters: { q: 'bandits' }, view: { bbox: STREETS, zoom: 17 } });
    expect(data.total).toBe(190);
    expect(data.total).toBeLessThanOrEqual(MAX_POINTS);
    expect(data.mode).toBe('clusters');
    expect(jsonBytes(data)).toBeLessThanOrEqual(MAX_BYTES);
    expect(incidentsIn(data)).toBe(190);
  });
});
