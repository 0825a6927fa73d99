/**
 * The built-in gazetteer: Haiti, its ten departments, the communes of the Port-au-Prince area
 * and of the Artibonite, the department capitals, and the neighbourhoods and sites the reports
 * name. Coordinates are WGS84 (lat, lng) of the place's centre; `radiusM` says how far from it
 * the place may extend, so that a commune is never drawn as an exact pin.
 *
 * The places themselves are in ./places/, one file per region, parents before children.
 * `key` is stable: the seed adds the entries a store lacks, by key, and never overwrites a stored
 * place (an editor's correction wins), so a corrected coordinate here reaches new installs only.
 */
import { ARTIBONITE } from './places/artibonite';
import { ELSEWHERE } from './places/elsewhere';
import { NATIONAL } from './places/national';
import { OUEST } from './places/ouest';

export type GazetteerKind = 'country' | 'department' | 'commune' | 'neighbourhood' | 'site';

export interface GazetteerEntry {
  /** Database id, when the entry was read from the store (editors can add places). */
  id?: number;
  key: string;
  name: string;
  kind: GazetteerKind;
  parent: string | null;
  lat: number;
  lng: number;
  aliases?: string[];
  pcode?: string;
  radiusM?: number;
}

/** Default extent by kind, when an entry does not give its own. */
export const DEFAULT_RADIUS_M: Record<GazetteerKind, number> = {
  country: 150_000,
  department: 40_000,
  commune: 6_000,
  neighbourhood: 1_500,
  site: 300,
};

/** Parents come before their children: national, then each region. */
export const GAZETTEER: readonly GazetteerEntry[] = [...NATIONAL, ...OUEST, ...ARTIBONITE, ...ELSEWHERE];
