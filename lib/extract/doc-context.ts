/**
 * What the whole article is about (affiliation.ts reads a bare "officer" by it): the multinational
 * mission or the Haitian police, and the contributing country it names most often.
 */
import { contingentCountryAt, SECURITY_NOUNS } from './lexicon';
import type { Token } from './tokens';

export interface DocContext {
  /** The article is about the multinational mission rather than the Haitian police alone. */
  mssFocus: boolean;
  /** The contributing country the article names most often. */
  dominantCountry: string | null;
}

/** What the whole article is about, from the tokens of all its sentences in order. */
export function docContext(sentences: readonly (readonly Token[])[]): DocContext {
  const counts = new Map<string, number>();
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
  return { mssFocus: mss > 0 && mss >= haitianPolice, dominantCountry };
}
