/**
 * French and Kreyòl casualty participles in every agreement ("tué" stands for tué, tués, tuée,
 * tuées; Kreyòl "touye", "blese"), for the French cue reader (casualty-cues-fr.ts) and person lists.
 */
import type { CasualtyCueKind } from './casualty-cues';
import { forms, TAKEN_AWAY } from './cue-context-fr';
import { wordSet } from './words';

/** Participles by kind, every agreement: "tue" stands for tué, tués, tuée, tuées. */
export const PARTICIPLES: Array<[CasualtyCueKind, Set<string>]> = [
  [
    'killed',
    new Set([
      ...forms('tue assassine abattu execute massacre lynche decapite egorge calcine neutralise crible'),
      ...forms('carbonise achevee fusille'),
      ...wordSet('touye asasinen mouri'),
    ]),
  ],
  ['injured', new Set([...forms('blesse'), 'blese'])],
  ['missing', new Set([...forms('disparu'), 'disparet'])],
  ['kidnapped', new Set([...forms('enleve kidnappe sequestre'), ...TAKEN_AWAY, 'kidnape'])],
];

/** A French or Kreyòl casualty participle in any agreement ("tués", « blessée », "touye"). */
export function isCasualtyParticiple(norm: string): boolean {
  return PARTICIPLES.some(([, words]) => words.has(norm));
}
