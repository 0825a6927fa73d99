/**
 * A cheap test of whether a sentence may be French or Kreyòl, so the French and Kreyòl word lists
 * run only where they can match: English sentences (most of the reader's work) skip them.
 * Function words only: they are in nearly every French or Kreyòl sentence and in no English one.
 */
const FRENCH_OR_KREYOL =
  /(?:^|[\s'’(«"])(?:les|des|une|le|la|de|en|et|été|dans|avec|sont|est|du|au|aux|à|qui|que|ont|pour|par|sur|ils|elle|leur|ces|cette|nan|yo|ak|pou|ki|te|li)(?=[\s,.;:'’»")]|$)/i;

export function mayBeFrench(text: string): boolean {
  return FRENCH_OR_KREYOL.test(text);
}
