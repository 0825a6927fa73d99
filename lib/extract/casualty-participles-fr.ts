/**
 * French and Kreyòl casualty participles in every agreement ("tué" stands for tué, tués, tuée,
 * tuées; Kreyòl "touye", "blese"), for the French cue reader (casualty-cues-fr.ts) and person lists.
 */
import type { CasualtyCueKind } from './casualty-cues';
import { forms, TAKEN_AWAY } from './cue-context-fr';
import { parseNumberAt } from './numbers';
import type { Token } from './tokens';
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

/** « mortellement blessé », « mortellement atteint par balle »: wounds that killed. */
export const mortally = (tokens: Token[], i: number): 'killed' | 'injured' =>
  tokens[i - 1]?.norm === 'mortellement' ? 'killed' : 'injured';

/**
 * "…et trois autres blessés", « une quinzaine d'autres blessés », « plusieurs autres blessés »: more
 * people of the same side, counted (or about so many, or several) before « autres » at `k`.
 */
export function othersCounted(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  if (w !== 'autres' && w !== 'autre' && w !== 'lot') return false;
  const j = /^[’']$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.norm === 'd' ? k - 3 : k - 1;
  if (parseNumberAt(tokens, j) !== null || parseNumberAt(tokens, j - 1)?.end === j + 1) return true;
  return /^(?:plusieurs|quelques|nombreux|nombreuses)$/.test(tokens[j]?.norm ?? '');
}
