/**
 * An admin's feed keywords ("Haïti", "MSS", "Kenya"): an item is taken when its title,
 * summary or categories hold one of them as whole words, whatever the case and accents
 * ("haiti" finds "Haïti", "MSS" does not find "message"). Text is folded as the timeline's
 * search folds it (normalizeSearchText), each side padded so a keyword matches whole words.
 */
import { normalizeSearchText } from '../locations/normalize';

const padded = (text: string) => ` ${normalizeSearchText(text)} `;

/** Whether any keyword is in the text; no keywords take everything. */
export function matchesKeywords(text: string, keywords: readonly string[]): boolean {
  const wanted = keywords.map(padded).filter((k) => k.trim() !== '');
  if (wanted.length === 0) return true;
  const folded = padded(text);
  return wanted.some((k) => folded.includes(k));
}
