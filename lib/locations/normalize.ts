/**
 * How place names are compared: case, accents, hyphens, apostrophes and punctuation do not
 * matter. "Pont-Sondé", "Pont Sondé" and "pont-sonde" all become "pont sonde".
 * Joined spellings ("Petionville") differ from spaced ones and are listed as aliases.
 */
export function normalizePlaceName(name: string): string {
  return fold(name, /[^a-z0-9]+/g);
}

/** The same, keeping "%" and "_" (text search takes them literally: "50%", "km_12"). */
export function normalizeSearchText(text: string): string {
  return fold(text, /[^a-z0-9%_]+/g);
}

function fold(text: string, dropped: RegExp): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, ' ')
    .replace(dropped, ' ')
    .trim();
}
