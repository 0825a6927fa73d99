/**
 * The missions a deployment figure may belong to as a whole, as reports name them: the MSS ("the
 * Kenyan-led multinational mission") and the Gang Suppression Force (« la FRG ») that succeeded it.
 */
import type { SentenceFacts } from './analyze';
import { normsOf } from './tokens';
import { wordSet } from './words';

type Tokens = SentenceFacts['tokens'];

/** Whole-mission rows: the MSS, and the Gang Suppression Force that succeeded it. */
export const MSS_TOTAL = 'MSS-total';
export const GSF_TOTAL = 'GSF-total';

const GSF_FR = wordSet('repression suppression');
const LED_ADJECTIVES = wordSet('multinational international security support foreign regional');

/** Which mission a mission word names: the MSS, the GSF, or (null) whichever the report is about. */
export function missionAt(norms: readonly string[], i: number): string | null {
  const w = norms[i] ?? '';
  if (w === 'gsf' || w === 'frg' || w === 'fsg' || (w === 'suppression' && norms[i + 1] === 'force'))
    return GSF_TOTAL;
  // « la Force de répression des gangs », « Force de suppression des gangs »: the GSF in French.
  if (w === 'force' && norms[i + 1] === 'de' && GSF_FR.has(norms[i + 2] ?? '') && norms[i + 4] === 'gangs')
    return GSF_TOTAL;
  if (w === 'mss' || (w === 'multinational' && norms[i + 1] === 'security')) return MSS_TOTAL;
  // "the Kenyan-led mission": the MSS, whatever force the report is about.
  // "the Kenyan-led multinational mission": one word may stand between.
  const by =
    norms[i - 1] === 'led'
      ? i - 1
      : norms[i - 2] === 'led' && LED_ADJECTIVES.has(norms[i - 1] ?? '')
        ? i - 2
        : -1;
  const led = by >= 0 ? by - (norms[by - 1] === '-' ? 2 : 1) : -1;
  if (w === 'mission' && (norms[led] === 'kenyan' || norms[led] === 'kenya')) return MSS_TOTAL;
  return null;
}

const REPLACING = wordSet(
  'replace replaces replaced replacing succeed succeeds succeeding ranplase remplacer remplace succeder',
);

/**
 * The verb whose object is the mission named at `i` ("to replace the Kenyan-led Multinational Security
 * Support (MSS) mission", "took over from the MSS", « succéder à la MMAS »): its index, else null.
 */
export function replacedAt(tokens: Tokens, i: number): number | null {
  const norms = normsOf(tokens);
  for (let k = i - 1; k >= 0 && i - k <= 12; k--) {
    const t = tokens[k]?.text ?? '';
    if (t === ',' || t === ';' || t === '.' || t === ':') return null;
    if (REPLACING.has(norms[k] ?? '')) return k;
    if (
      norms[k] === 'from' &&
      norms[k - 1] === 'over' &&
      /^(?:took|take|takes|taking|taken)$/.test(norms[k - 2] ?? '')
    )
      return k - 2;
  }
  return null;
}
