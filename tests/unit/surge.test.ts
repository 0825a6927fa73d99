import { describe, expect, it } from 'vitest';
import {
  type DailyCount,
  dayNumber,
  placeLookup,
  surgeWindow,
  weeklySeries,
} from '@/lib/early-warning/rollup';
import { FLOORS, readMeasure, surgeSignals, WINDOW_WEEKS } from '@/lib/early-warning/surge';

/** 56 weekly counts, latest first: `recent` per week in the last 4, `base` per week before. */
const weeks = (recent: number, base: number) =>
  Array.from({ length: WINDOW_WEEKS }, (_, w) => (w < 4 ? recent : base));

describe('the surge rule', () => {
  it('fires when the last four weeks double the baseline year’s weekly average', () => {
    const r = readMeasure(weeks(2, 1), FLOORS.incidents);
    expect(r).toMatchObject({ recent: 8, expected: 4, ratio: 2, level: 'surge' });
  });

  it('does not fire on a steady place, however busy', () => {
    expect(readMeasure(weeks(10, 10), FLOORS.incidents).level).toBe('none');
    // Just under twice: near the threshold ("rising"), not a signal.
    expect(readMeasure(weeks(15, 10), FLOORS.incidents).level).toBe('rising');
    expect(readMeasure(weeks(19, 10), FLOORS.incidents).level).toBe('rising');
    expect(readMeasure(weeks(20, 10), FLOORS.incidents).level).toBe('surge');
  });

  it('does not fire below the floor, however large the ratio', () => {
    // 1 incident over the baseline year, then 3 in four weeks: ×39, but three incidents.
    const counts = weeks(0, 0);
    counts[30] = 1;
    counts[0] = 3;
    const r = readMeasure(counts, FLOORS.incidents);
    expect(r.ratio).toBeCloseTo(39);
    expect(r.level).toBe('none');
    counts[1] = 1;
    expect(readMeasure(counts, FLOORS.incidents).level).toBe('surge');
  });

  it('calls a place with nothing in the baseline year and enough now a new signal', () => {
    expect(readMeasure(weeks(1, 0), FLOORS.incidents)).toMatchObject({
      recent: 4,
      expected: 0,
      ratio: null,
      level: 'new',
    });
    expect(
      readMeasure(
        weeks(0, 0).map((_, w) => (w === 0 ? 3 : 0)),
        FLOORS.incidents,
      ).level,
    ).toBe('none');
  });

  it('holds killed to a floor of their own', () => {
    const killed = weeks(0, 0);
    killed[0] = 9;
    expect(readMeasure(killed, FLOORS.killed).level).toBe('none');
    killed[0] = 10;
    expect(readMeasure(killed, FLOORS.killed).level).toBe('new');
  });

  it('fires a place on either measure, strongest signals first', () => {
    const place = (key: string) => ({
      key,
      name: key,
      kind: 'commune' as const,
      departmentKey: 'ouest',
      departmentName: 'Ouest',
      lat: 0,
      lng: 0,
    });
    const signals = surgeSignals([
      { place: place('steady'), incidents: weeks(3, 3), killed: weeks(1, 1) },
      { place: place('killing'), incidents: weeks(1, 1), killed: weeks(6, 2) },
      { place: place('rising'), incidents: weeks(3, 2), killed: weeks(0, 0) },
    ]);
    expect(signals.map((s) => [s.place.key, s.level])).toEqual([
      ['killing', 'surge'],
      ['rising', 'rising'],
      ['steady', 'none'],
    ]);
    expect(signals[0]?.incidents.level).toBe('none');
  });
});

describe('from places and days to communes and departments', () => {
  const rows = [
    { id: 1, key: 'haiti', name: 'Haiti', kind: 'country', path: '/haiti/', lat: 19, lng: -72 },
    { id: 2, key: 'ouest', name: 'Ouest', kind: 'department', path: '/haiti/ouest/', lat: 18.5, lng: -72.3 },
    {
      id: 3,
      key: 'delmas',
      name: 'Delmas',
      kind: 'commune',
      path: '/haiti/ouest/delmas/',
      lat: 18.5,
      lng: -72.3,
    },
    {
      id: 4,
      key: 'delmas-32',
      name: 'Delmas 32',
      kind: 'neighbourhood',
      path: '/haiti/ouest/delmas/delmas-32/',
      lat: 18.5,
      lng: -72.3,
    },
    {
      id: 5,
      key: 'tabarre',
      name: 'Tabarre',
      kind: 'commune',
      path: '/haiti/ouest/tabarre/',
      lat: 18.6,
      lng: -72.3,
    },
    // A site straight under the department, as an editor may add one.
    {
      id: 6,
      key: 'site-x',
      name: 'Site X',
      kind: 'site',
      path: '/haiti/ouest/site-x/',
      lat: 18.6,
      lng: -72.3,
    },
  ];
  const lookup = placeLookup(rows);
  const asOf = '2025-06-30';
  const on = (locationId: number | null, daysBefore: number, incidents = 1, killed = 0): DailyCount => ({
    locationId,
    day: dayNumber(asOf) - daysBefore,
    incidents,
    killed,
  });

  it('counts a neighbourhood for its commune and department, a department-level place for the department only', () => {
    expect(lookup.get(4)?.commune?.key).toBe('delmas');
    expect(lookup.get(4)?.commune?.departmentName).toBe('Ouest');
    expect(lookup.get(6)?.commune).toBeUndefined();
    expect(lookup.get(6)?.department?.key).toBe('ouest');
    expect(lookup.get(1)).toEqual({ commune: undefined, department: undefined });

    const series = weeklySeries(
      [on(4, 0, 2, 5), on(3, 6), on(5, 7), on(2, 13), on(6, 20), on(1, 0), on(null, 0)],
      lookup,
      asOf,
    );
    const by = (kind: string, key: string) =>
      series.find((s) => s.place.kind === kind && s.place.key === key);
    expect(by('commune', 'delmas')?.incidents.slice(0, 2)).toEqual([3, 0]);
    expect(by('commune', 'delmas')?.killed[0]).toBe(5);
    expect(by('commune', 'tabarre')?.incidents.slice(0, 2)).toEqual([0, 1]);
    // The department: its communes, its own place and the site under it, week by week.
    expect(by('department', 'ouest')?.incidents.slice(0, 4)).toEqual([3, 2, 1, 0]);
    expect(series).toHaveLength(3);
  });

  it('keeps only the 56 weeks ending on the as-of day', () => {
    const series = weeklySeries([on(3, -1), on(3, 0), on(3, 56 * 7 - 1), on(3, 56 * 7)], lookup, asOf);
    const delmas = series.find((s) => s.place.key === 'delmas');
    expect(delmas?.incidents.reduce((a, b) => a + b)).toBe(2);
    expect(delmas?.incidents[55]).toBe(1);
  });

  it('rolls a surge in one commune up to its department', () => {
    const counts: DailyCount[] = [];
    for (let w = 0; w < 56; w++) {
      counts.push(on(3, w * 7, w < 4 ? 2 : 1)); // Delmas doubles
      counts.push(on(5, w * 7, 3)); // Tabarre steady
    }
    const signals = surgeSignals(weeklySeries(counts, lookup, asOf));
    const level = (key: string) => signals.find((s) => s.place.key === key)?.level;
    expect(level('delmas')).toBe('surge');
    expect(level('tabarre')).toBe('none');
    // The department: 5 a week in the last four against 4 before: ×1.25, not a signal.
    expect(level('ouest')).toBe('none');
  });

  it('names the window’s days', () => {
    expect(surgeWindow('2025-06-30')).toEqual({
      from: '2024-06-04',
      baselineTo: '2025-06-02',
      recentFrom: '2025-06-03',
      to: '2025-06-30',
    });
  });
});
