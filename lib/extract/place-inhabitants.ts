/**
 * The people of a place, for the place reader (place-context.ts): "residents of Tabarre" beaten,
 * « la population civile de Pont-Sondé » attacked, are where it happened.
 */
import type { Token } from './tokens';
import { wordSet } from './words';

/** "la population civile de Pont-Sondé", "residents of Tabarre": the people of the place attacked. */
const INHABITANTS = wordSet(`
  population habitants residents residants riverains villageois residents inhabitants abitan
`);

/** Words that make the people after them the ones violence was aimed at: "contre la population". */
const AIMED_AT = wordSet('contre against visant targeting targeted kont');

export function inhabitantsOf(tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (!['de', 'du', 'd', 'of', 'des'].includes(tokens[k]?.norm ?? '')) return false;
  k--;
  if (tokens[k]?.norm === 'civile' || tokens[k]?.norm === 'locale') k--;
  if (!INHABITANTS.has(tokens[k]?.norm ?? '')) return false;
  // Only people violence was aimed at: "residents of Port-au-Prince have confirmed …" speak.
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (AIMED_AT.has(tokens[j]?.norm ?? '')) return true;
  return false;
}

const CROWD_VIOLENCE = wordSet('beat lynched stoned burned set killed lynche lyncherent brule battu');

export function residentsActed(tokens: Token[], m: { tokStart: number; tokEnd?: number }): boolean {
  const of = tokens[m.tokStart - 1]?.norm ?? '';
  if (!['of', 'de', 'du', 'd'].includes(of) || !INHABITANTS.has(tokens[m.tokStart - 2]?.norm ?? ''))
    return false;
  const end = m.tokEnd ?? m.tokStart + 1;
  return tokens.slice(end, end + 8).some((t) => CROWD_VIOLENCE.has(t.norm));
}
