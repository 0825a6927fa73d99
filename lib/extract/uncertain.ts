/**
 * Speculation ("may have been killed", « pourrait ») and negation ("no officer was hurt", « n'a pas
 * été blessé », « a démenti la mort de ») around a casualty statement drop it; "did not survive",
 * « n'a pas survécu » is a death.
 */
import type { Token } from './tokens';
import { wordSet } from './words';

const NONE = wordSet('aucun aucune');
const SPECULATIVE = wordSet(`
  may might could possibly perhaps feared fear fears speculated speculation rumoured rumored
  unconfirmed presumed believed likely would will shall if risk threat threatened vowed whether avoid
  unverified possible craint craignent craindre pourrait pourraient probable
`);
const NEGATION = wordSet(`
  no not none never without nobody neither nor denied n’t nt
  dementi dementie dementis dement dementent
`);
const COMPARED = wordSet('moins plus');
const SURVIVE = wordSet('survive survived survecu');

/** Speculation or negation in the phrase, the verb group, or the few words that lead into them. */
export function isUncertain(tokens: Token[], from: number, to: number): boolean {
  let k = Math.max(0, from - 5);
  // The lead-in stops at a comma: "Last week, another officer went missing".
  for (let c = from - 1; c >= k; c--) {
    if (tokens[c]?.text === ',') {
      k = c + 1;
      break;
    }
  }
  for (; k <= to && k < tokens.length; k++) {
    const w = tokens[k]?.norm ?? '';
    // A capitalised "May" is the month: "on May 11 claimed the lives of …".
    if (w === 'may' && tokens[k]?.cap) continue;
    // Inside a capitalised name: "Doctors Without Borders", "No Man's Land".
    if (tokens[k]?.cap && k > 0 && tokens[k - 1]?.cap && tokens[k - 1]?.kind === 'word') continue;
    if (SPECULATIVE.has(w)) return true;
    // « n'a pas été blessé » (not « pas moins de 12 »); "did not survive", « n'a pas survécu »: a death.
    const pas = w === 'pas' && to - k <= 3 && !COMPARED.has(tokens[k + 1]?.norm ?? '');
    if ((NEGATION.has(w) || pas) && !tokens.slice(k + 1, k + 5).some((t) => SURVIVE.has(t.norm))) return true;
    // « aucun policier n'a été blessé »: none, said of the people themselves.
    if (k === from && NONE.has(w)) return true;
  }
  return false;
}
