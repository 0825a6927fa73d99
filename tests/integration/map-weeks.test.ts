/**
 * The map's weeks on a real SQLite store: the span the time control runs through follows the
 * filters (and only live, unrejected incidents), and a week's map holds what the timeline's
 * filter holds for those seven days — an incident known only to its month in every week of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { queryMapData } from '@/lib/map/queries';
import type { Bbox } from '@/lib/map/types';
import { queryWeekSpan } from '@/lib/map/week-span';
import { filtersForWeek, spanOf, weekAt, weekCount } from '@/lib/map/weeks';
import { draft, incident, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { setupMapStore } from './helpers/map-store';

const WORLD: Bbox = [-180, -90, 180, 90];

let db: Db;
beforeAll(async () => {
  const s = await setupMapStore();
  db = s.db;
  await s.store(
    draft({
      incidents: [
        // Sunday 23 February 2025: the last day of the week of the 17th.
        incident(),
        incident({
          date: '2025-03-10',
          type: 'gunfire',
          title: 'Gunfire near the US embassy in Tabarre',
          place: place('tabarre'),
        }),
        incident({
          date: '2025-06-01',
          datePrecision: 'month',
          type: 'attack',
          title: 'Attack in Telesco, some day in June',
          place: place('telesco'),
        }),
        incident({
          date: '2025-07-15',
          type: 'attack',
          title: 'Attack later rejected',
          place: place('delmas'),
        }),
        incident({
          date: '2025-08-20',
          type: 'attack',
          title: 'Attack later deleted',
          place: place('carrefour'),
        }),
      ],
    }),
  );
  await db.incident.updateMany({ where: { title: 'Attack later rejected' }, data: { status: 'rejected' } });
  await db.incident.updateMany({ where: { title: 'Attack later deleted' }, data: { deletedAt: new Date() } });
});

describe('the weeks the time control runs through', () => {
  it('run from the week of the earliest incident to the week of the last day the latest may be on', async () => {
    // June 2025 ends on Monday the 30th: its month-long incident reaches the week of 30 June.
    expect(await queryWeekSpan(db, {})).toEqual({ first: '2025-02-17', last: '2025-06-30' });
  });

  it('follow the other filters, and leave out rejected and deleted incidents unless asked', async () => {
    expect(await queryWeekSpan(db, { type: ['gunfire'] })).toEqual({
      first: '2025-03-10',
      last: '2025-03-10',
    });
    expect(await queryWeekSpan(db, { place: 'artibonite' })).toEqual({
      first: '2025-02-17',
      last: '2025-06-30',
    });
    expect(await queryWeekSpan(db, { place: 'ouest' })).toEqual({ first: '2025-03-10', last: '2025-03-10' });
    expect(await queryWeekSpan(db, { status: 'rejected' })).toEqual({
      first: '2025-07-14',
      last: '2025-07-14',
    });
  });

  it('are the filters’ own dates where they give them, the store’s where they leave an end open', async () => {
    expect(await queryWeekSpan(db, { from: '2024-12-31', to: '2025-01-20' })).toEqual({
      first: '2024-12-30',
      last: '2025-01-20',
    });
    expect(await queryWeekSpan(db, { from: '2025-03-01' })).toEqual({
      first: '2025-02-24',
      last: '2025-06-30',
    });
    expect(await queryWeekSpan(db, { to: '2025-03-31' })).toEqual({
      first: '2025-02-17',
      last: '2025-03-31',
    });
    // The June incident starts before the 20th and runs into it: the span starts at the filter.
    expect(await queryWeekSpan(db, { from: '2025-06-20', type: ['attack'] })).toEqual({
      first: '2025-06-16',
      last: '2025-06-30',
    });
  });

  it('are none when nothing matches and the filters give no range', async () => {
    expect(await queryWeekSpan(db, { type: ['ambush'] })).toBeNull();
    expect(await queryWeekSpan(db, { q: 'nowhere at all' })).toBeNull();
  });
});

describe('a week on the map', () => {
  const titles = async (filters: IncidentFilters) =>
    (await queryMapData(db, { filters, view: { bbox: WORLD, zoom: 8 } })).points.map((p) => p.title).sort();

  it('holds the incidents whose days overlap it, as the timeline’s filter selects them', async () => {
    const span = spanOf('2025-02-01', '2025-07-31');
    for (let i = 0; i < weekCount(span); i++) {
      const filters = filtersForWeek({}, weekAt(span, i));
      const expected = await db.incident.findMany({ where: incidentWhere(filters), select: { title: true } });
      expect(await titles(filters), JSON.stringify(filters)).toEqual(expected.map((e) => e.title).sort());
    }
  });

  it('shows an incident known only to its month in every week of that month, and in no other', async () => {
    const telesco = 'Attack in Telesco, some day in June';
    const weeks = ['2025-05-26', '2025-06-02', '2025-06-09', '2025-06-16', '2025-06-23', '2025-06-30'];
    for (const week of weeks) expect(await titles(filtersForWeek({}, week))).toContain(telesco);
    for (const week of ['2025-05-19', '2025-07-07'])
      expect(await titles(filtersForWeek({}, week))).not.toContain(telesco);
  });

  it('puts a Sunday in the week that it ends, and keeps the other filters', async () => {
    expect(await titles(filtersForWeek({}, '2025-02-17'))).toEqual([
      'Kenyan MSS officer killed in Ségur-Savien',
    ]);
    expect(await titles(filtersForWeek({}, '2025-02-24'))).toEqual([]);
    expect(await titles(filtersForWeek({ type: ['gunfire'] }, '2025-02-17'))).toEqual([]);
    expect(await titles(filtersForWeek({ type: ['gunfire'] }, '2025-03-10'))).toEqual([
      'Gunfire near the US embassy in Tabarre',
    ]);
  });
});
