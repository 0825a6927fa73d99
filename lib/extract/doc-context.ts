/**
 * What the whole article is about (affiliation.ts reads a bare "officer" by it): the multinational
 * mission or the Haitian police, and the contributing country it names most often.
 */
import { POLICE_WORDS, SOLDIER_WORDS } from './affiliation-words';
import { contingentCountryAt, SECURITY_NOUNS } from './lexicon';
import type { Token } from './tokens';

export interface DocContext {
  /** The article is about the multinational mission rather than the Haitian police alone. */
  mssFocus: boolean;
  /** The contributing country the article names most often. */
  dominantCountry: string | null;
  /**
   * The dominant country's people are told only as police ("Kenyan police officers"): a bare
   * "soldier" is then not one of theirs.
   */
  dominantIsPolice: boolean;
}

/** What the whole article is about, from the tokens of all its sentences in order. */
export function docContext(sentences: readonly (readonly Token[])[]): DocContext {
  const counts = new Map<string, number>();
  const asPolice = new Set<string>();
  const asSoldiers = new Set<string>();
  let mss = 0;
  let haitianPolice = 0;
  const norms: string[] = [];
  for (const tokens of sentences) for (const t of tokens) norms.push(t.norm);
  for (let i = 0; i < norms.length; i++) {
    const w = norms[i] ?? '';
    const c = contingentCountryAt(norms, i);
    if (c) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
    if (
      w === 'mss' ||
      w === 'gsf' ||
      w === 'contingent' ||
      (w === 'multinational' && norms[i + 1] === 'security')
    )
      mss++;
    if (c && SECURITY_NOUNS.has(norms[i + c.length] ?? '')) mss++;
    // "Kenyan police officers", "Jamaican soldiers", « soldats jamaïcains »: what the country sent.
    const near = c ? [norms[i + c.length], norms[i - 1]] : [];
    if (c && near.some((x) => POLICE_WORDS.has(x ?? ''))) asPolice.add(c.country);
    if (c && near.some((x) => SOLDIER_WORDS.has(x ?? ''))) asSoldiers.add(c.country);
    if (
      w === 'pnh' ||
      w === 'hnp' ||
      (w === 'haitian' && (norms[i + 1] === 'police' || norms[i + 2] === 'police'))
    ) {
      haitianPolice++;
    }
  }
  let dominantCountry: string | null = null;
  let best = 0;
  for (const [country, n] of counts) {
    if (n > best) {
      best = n;
      dominantCountry = country;
    }
  }
  return {
    mssFocus: mss > 0 && mss >= haitianPolice,
    dominantCountry,
    dominantIsPolice:
      dominantCountry !== null && asPolice.has(dominantCountry) && !asSoldiers.has(dominantCountry),
  };
}
