/**
 * The early-warning rule: is violence in a place rising above its own normal? Pure (no store),
 * unit-tested in tests/unit/surge.test.ts; lib/early-warning/queries.ts feeds it weekly counts.
 *
 * For each place and each measure (incidents; killed, the reconciled best figures the charts sum):
 *   recent   = the last 4 weeks' total (the 4 weeks ending on the "as of" day),
 *   expected = the mean weekly count over the 52 weeks before them × 4 (what 4 weeks usually hold).
 * A measure fires when recent ≥ its floor AND either recent ≥ 2 × expected ("surge") or the place
 * had none at all in those 52 weeks ("new"). Between 1.5× and 2× (floor met) it is "rising": shown
 * as near the threshold, not as a signal.
 *
 * Why these numbers:
 * - 2 × (a rise of 100% or more) over a year's weekly average is ACLED's Subnational Threat
 *   Tracker: "the weekly average of violent events … has increased by 100% or more during the most
 *   recent month of data relative to the weekly average for the past year". Analysts know it, and
 *   a doubling is what the issue's done-when names.
 * - The floor: ACLED limits that tracker to places whose four-week average is at least one event
 *   a week (≥ 4 events in 4 weeks), because a place that rarely sees violence would otherwise fire
 *   on a single event; its country change map likewise calls low-baseline places "limited change".
 *   So 1 → 3 incidents does not fire. Killed get a floor of their own, higher because one
 *   incident can kill several: HDX Signals (OCHA) does not signal on ACLED fatalities below a
 *   minimum (100 a month for a whole country); a commune is far smaller, so 10 in 4 weeks.
 * - "New" uses the same floor, not a higher one: a threshold that fell as the baseline rose from
 *   zero (one incident last year needing 4, none needing 6) would make a quieter history harder
 *   to flag. The threshold max(floor, 2 × expected) only ever rises with the baseline.
 * - Doubling is insensitive where violence is already high (100 → 180 a month does not fire):
 *   ACLED accepts that too; "rising" (≥ 1.5×) shows such places near the threshold.
 * Comparisons are in whole numbers (recent × 52 against ratio × 4 × the baseline's total), so a
 * place exactly at twice its baseline fires whatever the floating point would say.
 */

export const RECENT_WEEKS = 4;
export const BASELINE_WEEKS = 52;
/** Weekly counts the rule reads: index 0 is the week ending on the "as of" day, 55 the oldest. */
export const WINDOW_WEEKS = RECENT_WEEKS + BASELINE_WEEKS;
export const SURGE_RATIO = 2;
export const RISING_RATIO = 1.5;

export const MEASURES = ['incidents', 'killed'] as const;
export type Measure = (typeof MEASURES)[number];

/** The least a place must have in the last 4 weeks for a measure to fire at all. */
export const FLOORS: Record<Measure, number> = { incidents: 4, killed: 10 };

/** "surge" and "new" fire; "rising" is near the threshold; "none" neither. */
export type SignalLevel = 'surge' | 'new' | 'rising' | 'none';

export const LEVEL_RANK: Record<SignalLevel, number> = { surge: 0, new: 1, rising: 2, none: 3 };

export const LEVEL_LABELS: Record<SignalLevel, string> = {
  surge: 'Surge',
  new: 'New violence',
  rising: 'Rising',
  none: 'No signal',
};

/** One colour per level, on the map and beside the table's words (never the colour alone). */
export const LEVEL_COLOURS: Record<SignalLevel, string> = {
  surge: '#b3261e',
  new: '#6a1b9a',
  rising: '#c06000',
  none: '#607d8b',
};

export interface MeasureReading {
  recent: number;
  /** What 4 weeks held on average over the baseline year (not rounded). */
  expected: number;
  /** recent / expected; null when the baseline year held none. */
  ratio: number | null;
  level: SignalLevel;
}

export function fires(level: SignalLevel): boolean {
  return level === 'surge' || level === 'new';
}

/** One measure of one place: `weekly[0]` the latest week (see WINDOW_WEEKS). */
export function readMeasure(weekly: readonly number[], floor: number): MeasureReading {
  let recent = 0;
  let baseline = 0;
  for (let w = 0; w < WINDOW_WEEKS; w++) {
    const n = weekly[w] ?? 0;
    if (w < RECENT_WEEKS) recent += n;
    else baseline += n;
  }
  const expected = (baseline / BASELINE_WEEKS) * RECENT_WEEKS;
  const ratio = baseline === 0 ? null : recent / expected;
  // recent ≥ r × expected, in whole numbers: recent × 52 ≥ r × 4 × baseline.
  const atLeast = (r: number) => recent * BASELINE_WEEKS >= r * RECENT_WEEKS * baseline;
  let level: SignalLevel = 'none';
  if (recent >= floor) {
    if (baseline === 0) level = 'new';
    else if (atLeast(SURGE_RATIO)) level = 'surge';
    else if (atLeast(RISING_RATIO)) level = 'rising';
  }
  return { recent, expected, ratio, level };
}

/** The stronger of several levels (a place fires when either measure does). */
export function strongest(levels: readonly SignalLevel[]): SignalLevel {
  return levels.reduce<SignalLevel>((a, b) => (LEVEL_RANK[b] < LEVEL_RANK[a] ? b : a), 'none');
}

/** A commune or a department, as the early-warning view names and draws it. */
export interface SurgePlace {
  key: string;
  name: string;
  kind: 'commune' | 'department';
  /** The department a commune lies in (a department's own key and name for a department). */
  departmentKey: string;
  departmentName: string;
  lat: number;
  lng: number;
}

export interface WeeklySeries {
  place: SurgePlace;
  incidents: number[];
  killed: number[];
}

export interface PlaceSignal extends Record<Measure, MeasureReading> {
  place: SurgePlace;
  level: SignalLevel;
  /** The weekly counts behind the readings, latest first (for a sparkline). */
  weekly: Record<Measure, number[]>;
}

/** Every place's readings, strongest signals first, then by how far recent incidents exceed normal. */
export function surgeSignals(series: Iterable<WeeklySeries>): PlaceSignal[] {
  const out: PlaceSignal[] = [];
  for (const s of series) {
    const incidents = readMeasure(s.incidents, FLOORS.incidents);
    const killed = readMeasure(s.killed, FLOORS.killed);
    out.push({
      place: s.place,
      incidents,
      killed,
      level: strongest([incidents.level, killed.level]),
      weekly: { incidents: s.incidents, killed: s.killed },
    });
  }
  const excess = (p: PlaceSignal) => p.incidents.recent - p.incidents.expected;
  return out.sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      excess(b) - excess(a) ||
      b.killed.recent - a.killed.recent ||
      a.place.name.localeCompare(b.place.name, 'fr'),
  );
}
