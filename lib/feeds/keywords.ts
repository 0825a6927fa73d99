/**
 * An admin's feed keywords ("Haïti", "MSS", "Kenya"): an item is taken when its title,
 * summary or categories hold one of them as whole words, whatever the case and accents
 * ("haiti" finds "Haïti", "MSS" does not find "message").
 */

/** Lower case, accents off, anything not a letter or digit one space: what is compared. */
export function foldForMatch(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Whether any keyword is in the text; no keywords take everything. */
export function matchesKeywords(text: string, keywords: readonly string[]): boolean {
  const wanted = keywords.map((k) => foldForMatch(k)).filter((k) => k.trim() !== '');
  if (wanted.length === 0) return true;
  const folded = foldForMatch(text);
  return wanted.some((k) => folded.includes(k));
}
