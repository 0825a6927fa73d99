/**
 * A place named through another: after its possessive ("Port-au-Prince's Delmas", "the capital's
 * suburb of Tabarre") or after a place used as its description ("the Port-au-Prince suburb of
 * Tabarre"). Such a place is the scene, ranked above the one that describes it (incident-places.ts).
 */
import { CAPITAL_KEY, type GazetteerIndex, type PlaceMention } from './places';
import type { Token } from './tokens';

/** Kinds of place a name describes another by: "the capital's suburb of Tabarre". */
const PLACE_KINDS = new Set([
  'suburb',
  'neighbourhood',
  'neighborhood',
  'district',
  'town',
  'city',
  'village',
  'commune',
  'municipality',
  'community',
  'locality',
  'slum',
  'area',
]);

/** Another place's possessive just before token `at`: "Port-au-Prince's Delmas", "Haiti's Artibonite". */
function afterPossessive(tokens: Token[], at: number, covered: ReadonlySet<number>): boolean {
  return tokens[at - 1]?.norm === 's' && covered.has(at - 3);
}

/**
 * Named after another place's possessive, directly or through a kind of place: "Port-au-Prince's
 * Delmas", "the capital's suburb of Tabarre"; or after a place named as a kind of place, when it
 * does not hold that place: "the Port-au-Prince suburb of Tabarre" is Tabarre, "the Delmas
 * neighbourhood of Port-au-Prince" is Delmas.
 */
export function possessedPlace(
  tokens: Token[],
  mention: PlaceMention,
  mentions: PlaceMention[],
  index: GazetteerIndex,
  covered: ReadonlySet<number>,
): boolean {
  const at = mention.tokStart;
  if (afterPossessive(tokens, at, covered)) return true;
  const ofKind = tokens[at - 1]?.norm === 'of' && PLACE_KINDS.has(tokens[at - 2]?.norm ?? '');
  if (!ofKind) return false;
  if (afterPossessive(tokens, at - 2, covered)) return true;
  // "the Port-au-Prince suburb of Tabarre": the place named first describes the one after "of",
  // unless it lies inside it or in the capital ("the Delmas neighbourhood of Port-au-Prince").
  const first = mentions.find((m) => m.tokEnd === at - 2);
  return (
    first !== undefined &&
    mention.entry.key !== CAPITAL_KEY &&
    !index.lineage(first.entry.key).includes(mention.entry.key)
  );
}
