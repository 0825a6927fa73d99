/**
 * What a realistic store looks like: how incidents spread over time, types, places, sides and
 * contingents. Weights are rough readings of the sample reports, not statistics.
 */
import { weightedPicker } from './random';

export const START_MS = Date.UTC(2021, 0, 1);
export const END_MS = Date.UTC(2026, 5, 30);
export const DAY_MS = 86_400_000;

export const pickType = weightedPicker([
  ['gunfire', 22],
  ['armed_clash', 18],
  ['attack', 16],
  ['killing', 14],
  ['kidnapping', 10],
  ['ambush', 6],
  ['arrest', 6],
  ['evacuation', 4],
  ['other', 4],
] as const);

export const pickPrecision = weightedPicker([
  ['day', 85],
  ['week', 8],
  ['month', 5],
  ['year', 2],
] as const);

export const pickStatus = weightedPicker([
  ['draft', 70],
  ['reviewed', 27],
  ['rejected', 3],
] as const);

export const pickAffiliation = weightedPicker([
  ['gang', 35],
  ['civilian', 30],
  ['police', 15],
  ['unknown', 12],
  ['mss', 8],
] as const);

export const pickKind = weightedPicker([
  ['killed', 55],
  ['injured', 35],
  ['missing', 10],
] as const);

export const pickHedge = weightedPicker([
  ['exact', 80],
  ['at_least', 10],
  ['about', 8],
  ['at_most', 2],
] as const);

export const MSS_COUNTRIES = [
  'Kenya',
  'Kenya',
  'Kenya',
  'Jamaica',
  'Guatemala',
  'El Salvador',
  'Bahamas',
  'Belize',
];
export const OUTLETS = ['AP', 'Reuters', 'AFP', 'Le Nouvelliste', 'Haiti Libre', 'Miami Herald', 'Ayibopost'];

export const TYPE_LABEL: Record<string, string> = {
  gunfire: 'Gunfire',
  armed_clash: 'Armed clash',
  attack: 'Attack',
  killing: 'Killings',
  kidnapping: 'Kidnapping',
  ambush: 'Ambush',
  arrest: 'Arrests',
  evacuation: 'Evacuation',
  other: 'Incident',
};

/** Place weight: Port-au-Prince (Ouest) communes and neighbourhoods first, then the Artibonite. */
export function placeWeight(place: { kind: string; path: string }): number {
  if (place.kind === 'country') return 0.5;
  if (place.kind === 'department') return 1;
  if (place.path.includes('/ouest/')) return 8;
  if (place.path.includes('/artibonite/')) return 4;
  return 1;
}

export const PLACE_PRECISION: Record<string, string> = {
  country: 'country',
  department: 'department',
  commune: 'commune',
  neighbourhood: 'neighbourhood',
  site: 'exact',
};
