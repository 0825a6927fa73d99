/**
 * The contributing country a word names, for the deployment reader: the lexicon's names and
 * demonyms, the French names of countries that differ from the English (« la Jamaïque »,
 * « la Barbade »), and capitals that stand for their governments (Nairobi, Kingston, Nassau).
 */
import { contingentCountryAt } from './lexicon';
import { wordLabels } from './words';

// « Nairobi a promis l'envoi de 600 policiers », "Kingston will send …": a capital for its government;
// "230 officers jetted out of JKIA" (Nairobi's airport): Kenya's.
const FRENCH_NAMES: ReadonlyMap<string, string> = wordLabels(
  'jamaique:Jamaica barbade:Barbados nairobi:Kenya jkia:Kenya kingston:Jamaica nassau:Bahamas',
);

/** The contributing country named at token `i` ("Kenyan", "El Salvador", « la Jamaïque »), if any. */
export function countryAt(norms: readonly string[], i: number): { country: string; length: number } | null {
  const c = contingentCountryAt(norms, i);
  if (c) return c;
  const fr = FRENCH_NAMES.get(norms[i] ?? '');
  return fr ? { country: fr, length: 1 } : null;
}
