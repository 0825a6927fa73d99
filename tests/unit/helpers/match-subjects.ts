/** Places, victims and incidents the matching tests (match.test.ts, match-undated.test.ts) compare. */
import type { MatchSubject } from '@/lib/incidents/match';

export const PONT_SONDE = ['pont-sonde', 'saint-marc', 'artibonite', 'haiti'];
export const SEGUR = ['segur-savien', ...PONT_SONDE];
export const TELESCO = ['telesco', ...PONT_SONDE];
export const SAINT_MARC = ['saint-marc', 'artibonite', 'haiti'];
export const TABARRE = ['tabarre', 'ouest', 'haiti'];
export const DELMAS = ['delmas', 'ouest', 'haiti'];
export const PAP = ['port-au-prince', 'ouest', 'haiti'];
export const GENERAL_HOSPITAL = ['hopital-general', 'port-au-prince', 'ouest', 'haiti'];
export const AIRPORT = ['aeroport-toussaint-louverture', 'tabarre', 'ouest', 'haiti'];
export const DROUILLARD = ['drouillard', 'cite-soleil', 'ouest', 'haiti'];
export const BEL_AIR = ['bel-air', 'port-au-prince', 'ouest', 'haiti'];
export const PETITE_RIVIERE = ['petite-riviere-de-lartibonite', 'dessalines', 'artibonite', 'haiti'];
export const OUEST = ['ouest', 'haiti'];
export const HAITI = ['haiti'];
export const COMMUNES = new Set([
  'saint-marc',
  'tabarre',
  'delmas',
  'port-au-prince',
  'cite-soleil',
  'petite-riviere-de-lartibonite',
]);

export const kenyanKilled = [{ kind: 'killed' as const, affiliation: 'mss', country: 'Kenya' }];
export const kenyanInjured = [{ kind: 'injured' as const, affiliation: 'mss', country: 'Kenya' }];
export const civiliansKilled = [{ kind: 'killed' as const, affiliation: 'civilian', country: null }];
export const civiliansInjured = [{ kind: 'injured' as const, affiliation: 'civilian', country: null }];
export const gangKilled = [{ kind: 'killed' as const, affiliation: 'gang', country: null }];
/** Counted victims: n of a side and kind. */
export const victims = (kind: 'killed' | 'injured' | 'missing', count: number, affiliation = 'civilian') => ({
  kind,
  count,
  affiliation,
  country: null,
});

export function subject(overrides: Partial<MatchSubject>): MatchSubject {
  const placeChain = overrides.placeChain ?? SEGUR;
  return {
    date: '2025-02-23',
    dateEnd: null,
    datePrecision: 'day',
    type: 'armed_clash',
    placeChain,
    commune: placeChain.find((k) => COMMUNES.has(k)) ?? null,
    casualties: [],
    ...overrides,
  };
}
