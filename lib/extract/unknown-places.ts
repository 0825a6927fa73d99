/**
 * Capitalised place phrases the gazetteer did not match — "in the town of Xyz", "in Xyz commune",
 * "near Morne-à-Cabrit" — kept as the source wrote them, for the incident's place text. Foreign
 * places, months, organisations and people ("in Ombaka's statement") are left out.
 */
import { FOREIGN_PLACES, NOT_PLACE_WORDS } from './lexicon';
import type { Token } from './tokens';
import { wordSet } from './words';

export interface UnknownPlace {
  text: string;
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
}

const AREA_NOUNS = wordSet(`
  town village commune city locality neighbourhood neighborhood area district section community zone
  suburb slum municipality hamlet settlement region
  quartier localite communale ville bourg habitation
`);
/** "the town of Xyz", « le quartier de Xyz », « la section communale de Xyz ». */
const OF = wordSet('of de d');
const PARTICLES = new Set(['de', 'des', 'du', 'la', 'le', 'l', 'd', 'au', 'aux']);

/** Capitalised words from `i` ("Fond Parisien", "Croix-des-Bouquets"), or null. */
function properNameAt(tokens: Token[], i: number): number | null {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < 5) {
    const t = tokens[j];
    if (t?.kind === 'word' && t.cap && !(t.text.length > 1 && t.text === t.text.toUpperCase())) {
      words++;
      j++;
    } else if (
      words > 0 &&
      t?.kind === 'word' &&
      // "Fond des Blancs", "Morne-à-Cabrit": "à" only inside a hyphenated name.
      (PARTICLES.has(t.norm) || (t.norm === 'a' && tokens[j - 1]?.text === '-')) &&
      (tokens[j + 1]?.cap || (tokens[j + 1]?.text === '-' && tokens[j + 2]?.cap))
    )
      j++;
    else if (
      words > 0 &&
      (t?.text === '-' || t?.text === '’' || t?.text === "'") &&
      tokens[j + 1]?.kind === 'word'
    )
      j++;
    else break;
  }
  // A hyphen that joined nothing after it is not part of the name.
  while (j > i && tokens[j - 1]?.kind !== 'word') j--;
  return words > 0 ? j : null;
}

/**
 * Capitalised place phrases the gazetteer did not match: "in the town of Xyz", "in Xyz commune",
 * "in Xyz". Foreign places, months, organisations and people ("in Ombaka's statement") are left out.
 */
const NAME_PREPOSITIONS = new Set(['in', 'at', 'near']);

export function findUnknownPlaces(
  tokens: Token[],
  text: string,
  offset: number,
  known: ReadonlySet<number>,
): UnknownPlace[] {
  const out: UnknownPlace[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.norm ?? '';
    let nameStart = -1;
    if (AREA_NOUNS.has(w) && OF.has(tokens[i + 1]?.norm ?? '')) nameStart = i + 2;
    if (nameStart === i + 2 && tokens[i + 2]?.text === '’') nameStart = i + 3;
    else if (NAME_PREPOSITIONS.has(w) && tokens[i]?.kind === 'word') {
      nameStart = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    }
    if (nameStart < 0 || known.has(nameStart)) continue;
    const end = properNameAt(tokens, nameStart);
    if (end === null) continue;
    const first = tokens[nameStart];
    const last = tokens[end - 1];
    if (!first || !last) continue;
    const phrase = text.slice(first.start - offset, last.end - offset);
    const folded = tokens
      .slice(nameStart, end)
      .filter((t) => t.kind === 'word')
      .map((t) => t.norm)
      .join(' ');
    const after = tokens[end];
    const possessive = (after?.text === '’' || after?.text === "'") && tokens[end + 1]?.norm === 's';
    const areaAfter = AREA_NOUNS.has(after?.norm ?? '');
    const viaOf = AREA_NOUNS.has(w);
    if (possessive || NOT_PLACE_WORDS.has(first.norm) || FOREIGN_PLACES.has(folded)) continue;
    if (tokens.slice(nameStart, end).some((_, k) => known.has(nameStart + k))) continue;
    // A bare "in Xyz" that is followed by a person-like or organisation word is not a place.
    if (
      !viaOf &&
      !areaAfter &&
      /^(?:police|hospital|university|ministry|council|department|force|group)$/.test(after?.norm ?? '')
    ) {
      continue;
    }
    out.push({ text: phrase, start: first.start, end: last.end, tokStart: nameStart, tokEnd: end });
    i = end - 1;
  }
  return out;
}

const OPENERS = new Set(['meanwhile', 'separately', 'elsewhere', 'and', 'also']);

/**
 * "Meanwhile, in St Catherine, two men were shot and killed by the police …": a sentence that opens
 * on a place outside Haiti tells of an event there (not "a court in Miami sentenced …", nor "the
 * Caribbean country", nor "In Nairobi, the minister said …": where someone spoke).
 */
export function sceneAbroad(tokens: Token[]): boolean {
  if (tokens.some((t) => TELLING.has(t.norm))) return false;
  let i = 0;
  while (OPENERS.has(tokens[i]?.norm ?? '') || tokens[i]?.text === ',') i++;
  if (tokens[i]?.norm !== 'in' && tokens[i]?.norm !== 'at') return false;
  const from = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
  for (let n = 1; n <= 3; n++) {
    const words = tokens.slice(from, from + n);
    if (words.length < n || words.some((w) => w.kind !== 'word')) return false;
    if (FOREIGN_PLACES.has(words.map((w) => w.norm).join(' ')) && tokens[from + n]?.text === ',') return true;
  }
  return false;
}
const TELLING = new Set(['said', 'says', 'told', 'reported', 'announced', 'according']);
