/**
 * How place names are compared: case, accents, hyphens, apostrophes and punctuation do not
 * matter. "Pont-Sondé", "Pont Sondé" and "pont-sonde" all become "pont sonde".
 * Joined spellings ("Petionville") differ from spaced ones and are listed as aliases.
 */
export function normalizePlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
