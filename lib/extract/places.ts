/**
 * Gazetteer look-up on word tokens: names and aliases compared the way `normalizePlaceName`
 * compares them (case, accents, hyphens, apostrophes ignored), on token boundaries, longest
 * alias first. The index is built once per gazetteer array.
 */
import type { GazetteerEntry, GazetteerKind } from '../locations/gazetteer';
import { normalizePlaceName } from '../locations/normalize';
import type { PlaceMatch, PlacePrecision } from './schema';
import { type Token, tokenize } from './tokens';
import { phraseSet } from './words';

interface Phrase {
  words: string[];
  entry: GazetteerEntry;
  /** A common noun standing for the place ("the capital", "embassy"): used only when nothing better. */
  weak: boolean;
  /** A word that is usually not a place ("North", "Centre"): needs "department"/"region" after it. */
  needsQualifier: boolean;
  /** Written with capitals in the gazetteer: the text must capitalise it too. */
  proper: boolean;
  /** Which of `words` the gazetteer capitalises ("La Victoire": both, "Port-au-Prince": not "au"). */
  caps: boolean[];
  /** The place's name is also a word or a person's name ("Plaisance", "Pilate"): needs a place cue. */
  cued: boolean;
}

export interface GazetteerIndex {
  byKey: Map<string, GazetteerEntry>;
  phrases: Map<string, Phrase[]>;
  rank: (key: string) => number;
  department: (key: string) => string | null;
  /** Keys of the place and all its parents. */
  lineage: (key: string) => string[];
}

export interface PlaceMention {
  entry: GazetteerEntry;
  /** Token indices [tokStart, tokEnd) in the sentence's tokens. */
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  matchedText: string;
  weak: boolean;
}

const KIND_RANK: Record<GazetteerKind, number> = {
  country: 0,
  department: 1,
  commune: 2,
  neighbourhood: 3,
  site: 4,
};
const QUALIFIED_ONLY = phraseSet(`
  west north south center centre south_east southeast north_east northeast north_west northwest sant
  sid no nip okay est
`);
const WEAK_WORDS = phraseSet(`
  downtown police_academy the_capital embassy seaport main_seaport
`);
/** The gazetteer's key of Haiti's capital. */
export const CAPITAL_KEY = 'port-au-prince';

/** Extra common-noun names the reader understands for the capital. */
const CAPITAL_PHRASES = [
  'haitian capital',
  'capital city',
  "country's capital",
  "Haiti's capital",
  "nation's capital",
  'the capital',
];
const QUALIFIERS = new Set(['department', 'departement', 'region', 'province']);

function phraseTokens(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind !== 'punct');
}

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'de', 'du', 'des', 'd']);
/**
 * An alias that holds every word of an ambiguous name and another of its own ("Marchand-Dessalines"
 * of Dessalines, "Plaisance du Nord") names the place alone; "Le Borgne", "Anse Rouge" do not.
 */
function widens(name: string, words: string[]): boolean {
  const own = phraseTokens(name).map((t) => t.norm);
  return own.every((w) => words.includes(w)) && words.some((w) => !own.includes(w) && !ARTICLES.has(w));
}

function buildIndex(gazetteer: readonly GazetteerEntry[]): GazetteerIndex {
  const byKey = new Map(gazetteer.map((e) => [e.key, e]));
  const phrases = new Map<string, Phrase[]>();
  const seen = new Set<string>();
  const add = (text: string, entry: GazetteerEntry, forceWeak = false) => {
    const norm = normalizePlaceName(text);
    const toks = phraseTokens(text);
    const words = toks.map((t) => t.norm);
    const first = words[0];
    if (!first || seen.has(`${entry.key}|${words.join(' ')}`)) return;
    seen.add(`${entry.key}|${words.join(' ')}`);
    const weak = forceWeak || text === text.toLowerCase() || WEAK_WORDS.has(norm);
    const list = phrases.get(first) ?? [];
    list.push({
      words,
      entry,
      weak,
      needsQualifier: QUALIFIED_ONLY.has(norm),
      proper: !weak,
      caps: toks.map((t) => t.cap),
      cued: entry.ambiguous === true && !forceWeak && !widens(entry.name, words),
    });
    phrases.set(first, list);
  };
  for (const entry of gazetteer) {
    add(entry.name, entry);
    for (const alias of entry.aliases ?? []) add(alias, entry);
  }
  const capital = byKey.get(CAPITAL_KEY);
  if (capital) for (const p of CAPITAL_PHRASES) add(p, capital, true);
  // In a Haitian story "the airport" is the capital's; a common noun, so only when nothing better.
  const airport = byKey.get('toussaint-louverture-airport');
  if (airport) add('the airport', airport, true);
  for (const list of phrases.values()) {
    // Longest first; at equal length a proper name beats a common noun, a finer place a coarser one.
    list.sort((a, b) => b.words.length - a.words.length || Number(a.weak) - Number(b.weak));
  }
  const lineage = (key: string): string[] => {
    const out: string[] = [];
    for (let k: string | null = key; k && !out.includes(k); k = byKey.get(k)?.parent ?? null) out.push(k);
    return out;
  };
  return {
    byKey,
    phrases,
    lineage,
    rank: (key) => {
      const e = byKey.get(key);
      return e ? KIND_RANK[e.kind] : -1;
    },
    department: (key) => {
      for (const k of lineage(key)) {
        const e = byKey.get(k);
        if (e?.kind === 'department') return e.name;
      }
      return null;
    },
  };
}

const cache = new WeakMap<readonly GazetteerEntry[], GazetteerIndex>();

export function gazetteerIndex(gazetteer: readonly GazetteerEntry[]): GazetteerIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = buildIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

/** Word positions of the tokens (punctuation between the words of a name is skipped). */
function matchAt(tokens: Token[], i: number, words: string[]): number | null {
  let j = i;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) while (tokens[j]?.kind === 'punct' && /^[-–'’.]$/.test(tokens[j]?.text ?? '')) j++;
    if (tokens[j]?.norm !== words[w] || tokens[j]?.kind === 'punct') return null;
    j++;
  }
  return j;
}

/** Capitalised words that may stand before a place name without making a new name of it. */
const NAME_PREFIXES = phraseSet(`
  lower upper greater downtown central northern southern eastern western north south east west haitian
  in at near the of and from to
`);

/** Every word the gazetteer capitalises is capitalised in the text too ("la victoire" is no place). */
function capitalisedAsWritten(tokens: Token[], i: number, end: number, caps: boolean[]): boolean {
  let w = 0;
  for (let j = i; j < end; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct') continue;
    // "Pétion-ville", "Croix-des-bouquets": within a hyphenated name the first capital is enough.
    const prev = tokens[j - 1];
    const hyphenated = j > i && prev?.kind === 'punct' && /^[-‑]$/.test(prev.text) && prev.end === t.start;
    if (caps[w] && t.kind === 'word' && !t.cap && !hyphenated) return false;
    w++;
  }
  return true;
}

/** Words after which a capitalised name is a place: "in Pilate", "à Plaisance", "nan Limonade". */
const PLACE_CUES = phraseSet(`
  in at near from of to into toward towards around outside inside across through between via
  a au aux de d du des en dans vers sur par entre pres nan lan
  town ville vil komin commune
`);

/**
 * A name that is also a word or a person's name counts as a place only right after a place cue
 * and not followed by another capitalised word: "in Pilate", not "Pilate said" nor "from
 * Chantal Dupont".
 */
const AREA_WORDS = new Set(['area', 'neighbourhood', 'neighborhood', 'district', 'zone', 'locality']);

function placeCued(tokens: Token[], i: number, end: number): boolean {
  // "the Santo area", "the Source Matelas neighbourhood": named as a place by the word after it.
  if (AREA_WORDS.has(tokens[end]?.norm ?? '') && tokens[i]?.cap) return true;
  let k = i - 1;
  if (tokens[k]?.kind === 'punct' && /^['’]$/.test(tokens[k]?.text ?? '')) k--;
  const prev = tokens[k];
  if (prev?.kind !== 'word' || !PLACE_CUES.has(prev.norm)) return false;
  const next = tokens[end];
  return !(next?.kind === 'word' && next.cap);
}

/**
 * "Wharf Jérémie" is a neighbourhood of Cité Soleil, not the town of Jérémie: a place name glued
 * to a capitalised word that is not the start of the sentence is part of a longer, other name.
 */
function insideLongerName(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev?.kind !== 'word' || !prev.cap || NAME_PREFIXES.has(prev.norm)) return false;
  const before = tokens[i - 2];
  const sentenceStart = !before || /^[.!?“"‘(—–:]$/.test(before.text);
  return !sentenceStart && prev.text !== prev.text.toUpperCase();
}

export function findPlaceMentions(
  tokens: Token[],
  text: string,
  offset: number,
  index: GazetteerIndex,
): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind === 'punct') continue;
    const candidates = index.phrases.get(t.norm);
    if (!candidates) continue;
    for (const p of candidates) {
      const end = matchAt(tokens, i, p.words);
      if (end === null) continue;
      if (p.proper && !capitalisedAsWritten(tokens, i, end, p.caps)) continue;
      if (p.cued && !placeCued(tokens, i, end)) continue;
      if (insideLongerName(tokens, i)) continue;
      if (p.needsQualifier && !QUALIFIERS.has(tokens[end]?.norm ?? '')) continue;
      const last = tokens[end - 1] ?? t;
      out.push({
        entry: p.entry,
        tokStart: i,
        tokEnd: end,
        start: t.start,
        end: last.end,
        matchedText: text.slice(t.start - offset, last.end - offset),
        weak: p.weak,
      });
      i = end - 1;
      break;
    }
  }
  return out;
}

export function placePrecision(entry: GazetteerEntry, near: boolean): PlacePrecision {
  const byKind: Record<GazetteerKind, PlacePrecision> = {
    country: 'country',
    department: 'department',
    commune: 'commune',
    neighbourhood: 'neighbourhood',
    site: near ? 'neighbourhood' : 'exact',
  };
  return byKind[entry.kind];
}

export function toPlaceMatch(m: PlaceMention, index: GazetteerIndex, near: boolean): PlaceMatch {
  return {
    key: m.entry.key,
    name: m.entry.name,
    department: index.department(m.entry.key),
    lat: m.entry.lat,
    lng: m.entry.lng,
    matchedText: m.matchedText,
    precision: placePrecision(m.entry, near),
  };
}
