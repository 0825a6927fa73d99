/**
 * The names of actors in a sentence: every name and alias of the actor register
 * (lib/actors/register.ts) and the words for groups a report does not name ("gang members",
 * "gunmen", « bandits armés »), found longest first by looking up runs of words. incident-actors.ts
 * decides the role each one plays.
 */
import { ACTORS, type ActorEntry, actorByKey } from '../actors/register';

/** Lower case, no accents, one kind of apostrophe: what names and cues are matched on. */
export function foldActorText(text: string): string {
  // Most sentences are plain ASCII: no accents to take off, so no Unicode normalisation.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range itself
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
}

/** Words for an armed group the report does not name, in the three languages. */
const UNNAMED_GANG = [
  'suspected gang members',
  'gang members',
  'gang member',
  'members of gangs',
  'members of a gang',
  'gangsters',
  'armed gangs',
  'gangs',
  'gang',
  'armed bandits',
  'bandits',
  'membres de gangs',
  "membres d'un gang",
  'gangs armes',
  'bandits armes',
  'bandi yo',
  'bandi',
  'gang yo',
];
const UNIDENTIFIED = [
  'unidentified gunmen',
  'unknown gunmen',
  'gunmen',
  'gunman',
  'armed men',
  'armed individuals',
  'assailants',
  'attackers',
  'hommes armes',
  'individus armes',
  'hommes lourdement armes',
  'assaillants',
  'inconnus armes',
];

interface Name {
  folded: string;
  entry: ActorEntry;
}

/** Every name and generic word, longest first so "Kenyan police" wins over "police". */
const NAMES: Name[] = [
  ...ACTORS.flatMap((entry) => entry.aliases.map((a) => ({ folded: foldActorText(a), entry }))),
  ...UNNAMED_GANG.map((folded) => ({ folded, entry: actorByKey('unnamed-gang') as ActorEntry })),
  ...UNIDENTIFIED.map((folded) => ({ folded, entry: actorByKey('unidentified-gunmen') as ActorEntry })),
].sort((a, b) => b.folded.length - a.folded.length);
const WORD = /[\p{L}\p{N}'-]+/gu;
/** A name as the words it is made of, one space apart: what a run of the sentence's words is looked up as. */
const wordsOf = (folded: string) => [...folded.matchAll(WORD)].map((m) => m[0]).join(' ');
const NAME_OF = new Map(NAMES.map((n) => [wordsOf(n.folded), n.entry]));
/** For each first word of a name, the most words a name starting with it has. */
const FIRST_WORDS = new Map<string, number>();
for (const key of NAME_OF.keys()) {
  const parts = key.split(' ');
  const first = parts[0] ?? '';
  FIRST_WORDS.set(first, Math.max(FIRST_WORDS.get(first) ?? 0, parts.length));
}

const WORD_CHAR = /^[\p{L}\p{N}'-]$/u;
const NON_ASCII_WORD_CHAR = new Map<number, boolean>();

/** The width of the character at `at` when WORD would take it (a letter, a digit, ' or -), else 0. */
function inWord(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45
      ? 1
      : 0;
  }
  const cp = text.codePointAt(at) as number;
  let yes = NON_ASCII_WORD_CHAR.get(cp);
  if (yes === undefined) {
    yes = WORD_CHAR.test(String.fromCodePoint(cp));
    NON_ASCII_WORD_CHAR.set(cp, yes);
  }
  return yes ? (cp > 0xffff ? 2 : 1) : 0;
}

export interface NameHit {
  text: string;
  entry: ActorEntry;
  start: number;
  end: number;
}

/**
 * The names in a sentence, longest first at each word, left to right ("Kenyan police" before
 * "police"): a lookup of each run of words, far cheaper than one pattern of every name.
 */
export function namesIn(folded: string): NameHit[] {
  const words: string[] = [];
  const starts: number[] = [];
  // The runs WORD matches, by hand: a Unicode class tried at every character was most of this.
  for (let i = 0; i < folded.length; ) {
    let j = i;
    while (j < folded.length) {
      const width = inWord(folded, j);
      if (width === 0) break;
      j += width;
    }
    if (j > i) {
      words.push(folded.slice(i, j));
      starts.push(i);
      i = j;
    } else i += (folded.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  const hits: NameHit[] = [];
  for (let i = 0; i < words.length; ) {
    const longest = Math.min(FIRST_WORDS.get(words[i] as string) ?? 0, words.length - i);
    let taken = 0;
    for (let n = longest; n >= 1; n--) {
      const text = n === 1 ? (words[i] as string) : words.slice(i, i + n).join(' ');
      const entry = NAME_OF.get(text);
      if (!entry) continue;
      const last = i + n - 1;
      hits.push({
        text,
        entry,
        start: starts[i] as number,
        end: (starts[last] as number) + (words[last] as string).length,
      });
      taken = n;
      break;
    }
    i += taken || 1;
  }
  return hits;
}
