/**
 * What around a French casualty word decides whether it counts (casualty-cues-fr.ts): a day told
 * between a verb and its object (« ont tué lundi deux personnes »), a bullet or a body part after
 * « touché » / « atteint », « vif » after « brûlé ».
 */
import type { CasualtyCueKind } from './casualty-cues';
import { isMonthWord, isWeekdayWord } from './date-words';
import { PERSON_NOUNS } from './lexicon';
import { MODIFIERS } from './noun-phrase-words';
import { isAge } from './phrase-asides';
import type { Token } from './tokens';
import { wordSet } from './words';

/** Every agreement of a participle: "touche" stands for touché, touchés, touchée, touchées. */
export function forms(stems: string): Set<string> {
  const out = new Set<string>();
  for (const stem of stems.trim().split(/\s+/)) for (const end of ['', 's', 'e', 'es']) out.add(stem + end);
  return out;
}

export const BURNED = forms('brule');
export const ALIVE = wordSet('vif vive vifs vives');
export const PERISHED = wordSet('peri perit');
export const HIT = forms('touche atteint');
const BODY_PARTS_FR = wordSet(
  'jambe jambes bras tete ventre poitrine dos cuisse epaule pied main cou visage',
);

/** « touché par balle », « atteint à la jambe », « touchée à la tête par une balle perdue ». */
export function hitByBullet(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
    const w = tokens[k]?.norm ?? '';
    if (w === 'balle' || w === 'balles' || w === 'projectile' || BODY_PARTS_FR.has(w)) return true;
    if (tokens[k]?.kind === 'punct') return false;
  }
  return false;
}

const DEATH_WORDS = wordSet('mort morte morts mortes decede decedee decedes succombe succombee tue tuee vie');
/** « …, atteint d'une balle à la tête, est mort »: a death told in the words after a wound's aside. */
function diedAfter(tokens: Token[], i: number): boolean {
  return tokens.slice(i + 1, i + 16).some((t) => DEATH_WORDS.has(t.norm));
}

/** A person noun at `k` or up to two words before it (« un policier haïtien »). */
function personBefore(tokens: Token[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 2 && tokens[j]?.kind !== 'punct'; j--)
    if (PERSON_NOUNS.has(tokens[j]?.norm ?? '')) return true;
  return false;
}

/** « Un policier haïtien, touché par balle au bras, a été transporté … »: an aside of a person's wound (not « …, est mort »). */
export function woundAside(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.text === ',' && personBefore(tokens, i - 2) && !diedAfter(tokens, i);
}

/** Words that go with a day told right after a verb: « hier soir », « samedi dernier ». */
const DAY_WORDS = wordSet('hier soir matin dernier derniere');
const isDayWord = (w: string) => isWeekdayWord(w) || DAY_WORDS.has(w);

/** The first token from `j` past a day told there ("ont tué lundi soir deux personnes"): `j` when none is. */
export function afterDay(tokens: Token[], j: number): number {
  let k = j;
  if ((tokens[k]?.norm === 'ce' || tokens[k]?.norm === 'cette') && isDayWord(tokens[k + 1]?.norm ?? '')) k++;
  while (isDayWord(tokens[k]?.norm ?? '')) k++;
  // « lundi 9 juin 2025 »: the date goes with the day, it counts nobody.
  if (k > j && tokens[k]?.kind === 'num' && isMonthWord(tokens[k + 1]?.norm ?? '')) {
    k += 2;
    if (tokens[k]?.kind === 'num' && /^(?:19|20)\d\d$/.test(tokens[k]?.text ?? '')) k++;
  }
  return k;
}

/** Words of violence: « ont péri » in an attack is a death to count, in a fire or a shipwreck is not. */
const VIOLENCE = wordSet(`
  attaque attaques gang gangs bandit bandits balle balles tirs massacre assaut armes armees arme
  affrontements fusillade embuscade assaillants criminels frappe frappes drone drones violence
  violences raid raids operation operations incursion incursions
`);

export function violenceTold(tokens: readonly Token[]): boolean {
  return tokens.some((t) => VIOLENCE.has(t.norm));
}

/** Nouns that are the victims themselves: "20 morts", "plus de 20 blessés", "54 décès", "60 otages". */
export const VICTIM_NOUNS: ReadonlyMap<string, CasualtyCueKind> = new Map([
  ['morts', 'killed'],
  ['mort', 'killed'],
  ['deces', 'killed'],
  ['tues', 'killed'],
  ['victimes', 'killed'],
  ['cadavres', 'killed'],
  // Kreyòl: « senk mò », « de kadav ».
  ['mo', 'killed'],
  ['kadav', 'killed'],
  ['corps', 'killed'],
  ['blesses', 'injured'],
  ['disparus', 'missing'],
  ['otages', 'kidnapped'],
  ['deplaces', 'displaced'],
]);

/** Nouns for what befell people "de" someone: "la mort de", "le massacre de", "l'enlèvement de". */
export const EVENT_NOUNS: ReadonlyMap<string, CasualtyCueKind> = new Map([
  ['mort', 'killed'],
  ['deces', 'killed'],
  ['massacre', 'killed'],
  ['assassinat', 'killed'],
  ['meurtre', 'killed'],
  ['execution', 'killed'],
  // « s'est soldée par la neutralisation d'au moins 8 bandits »
  ['neutralisation', 'killed'],
  ['enlevement', 'kidnapped'],
  ['kidnapping', 'kidnapped'],
  ['disparition', 'missing'],
]);

/** Infinitives after « permis de », « réussi à », « parvenu à »: what was done, not what may be. */
const INFINITIVES: ReadonlyMap<string, CasualtyCueKind> = new Map([
  ['neutraliser', 'killed'],
  ['abattre', 'killed'],
  ['tuer', 'killed'],
  ['blesser', 'injured'],
]);
const ACHIEVED = wordSet('permis reussi parvenu parvenus parvenue reussit');

/** « a permis de neutraliser », « ont réussi à abattre »: the kind of what an operation did. */
export function achievedAt(tokens: readonly Token[], i: number): CasualtyCueKind | null {
  const kind = INFINITIVES.get(tokens[i]?.norm ?? '');
  if (!kind || !ACHIEVED.has(tokens[i - 2]?.norm ?? '')) return null;
  // « n'a pas permis de neutraliser le chef », « neutraliser deux engins explosifs »: no one killed.
  if (tokens.slice(Math.max(0, i - 6), i).some((t) => t.norm === 'pas' || t.norm === 'jamais')) return null;
  return tokens.slice(i + 1, i + 6).some((t) => PERSON_NOUNS.has(t.norm)) ? kind : null;
}

const LISTED: ReadonlyMap<string, CasualtyCueKind> = new Map([
  ...[...forms('tue'), 'morts', 'victimes'].map((w): [string, CasualtyCueKind] => [w, 'killed']),
  ...[...forms('blesse')].map((w): [string, CasualtyCueKind] => [w, 'injured']),
]);
/** The verbs that list: « figurent », « se trouvent », « on compte », « il y a ». */
const LISTING: ReadonlyArray<readonly string[]> = [
  ['figurent'],
  ['figure'],
  ['se', 'trouvent'],
  ['se', 'trouve'],
  ['on', 'compte'],
  ['il', 'y', 'a'],
];

/** « Parmi les morts figurent deux policiers »: the kind, and the verb the people follow. */
export function listedAmong(
  tokens: readonly Token[],
  i: number,
): { kind: CasualtyCueKind; anchor: number } | null {
  const kind = LISTED.get(tokens[i]?.norm ?? '');
  // « parmi les morts », « parmi les personnes tuées »
  const people = tokens[i - 1]?.norm === 'personnes' || tokens[i - 1]?.norm === 'victimes' ? 1 : 0;
  if (!kind || tokens[i - 1 - people]?.norm !== 'les' || tokens[i - 2 - people]?.norm !== 'parmi')
    return null;
  const at = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
  const verb = LISTING.find((words) => words.every((w, k) => tokens[at + k]?.norm === w));
  return verb ? { kind, anchor: at + verb.length - 1 } : null;
}

/** « trois personnes âgées », « trois bandits armés »: the word at `k` describes the person noun before it. */
export function described(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.norm ?? '';
  // « kat timoun, 12 an, te kidnape », « deux policiers, 34 ans, tués »: past the age between commas.
  const open = w === ',' ? tokens.slice(0, k).findLastIndex((t) => t.text === ',') : -1;
  if (open > 0 && isAge(tokens as Token[], open, k) && PERSON_NOUNS.has(tokens[open - 1]?.norm ?? ''))
    return true;
  // « quatre policiers, tués le 2 juin »: the participle opens an aside about the people before the comma.
  const about = MODIFIERS.has(w) || tokens[k]?.text === ',';
  return w === 'agees' || w === 'ages' || (about && PERSON_NOUNS.has(tokens[k - 1]?.norm ?? ''));
}

/** Present participles ("tuant", "blessant"): an attack's toll told in the same sentence. */
export const GERUNDS: ReadonlyMap<string, CasualtyCueKind> = new Map([
  ['tuant', 'killed'],
  ['assassinant', 'killed'],
  ['abattant', 'killed'],
  ['blessant', 'injured'],
  ['enlevant', 'kidnapped'],
  ['kidnappant', 'kidnapped'],
]);

/** « lapidé à mort », « battus à mort », « frappée à mort »: a killing told by how. */
const TO_DEATH = forms('lapide battu frappe poignarde tabasse roue bastonne');

/** At `i`, the « mort » of « lapidé à mort »: the participle's index, else -1. */
export function toDeathAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.norm !== 'mort' || tokens[i - 1]?.norm !== 'a') return -1;
  return TO_DEATH.has(tokens[i - 2]?.norm ?? '') ? i - 2 : -1;
}

/**
 * The kind of what befell the people after « de » at `i` (EVENT_NOUNS), not « la neutralisation
 * d'un engin explosif » nor « d'un gang »: a neutralisation counts only people counted.
 */
export function eventNounAt(tokens: readonly Token[], i: number): CasualtyCueKind | undefined {
  const kind = EVENT_NOUNS.get(tokens[i]?.norm ?? '');
  if (tokens[i]?.norm !== 'neutralisation') return kind;
  const k = tokens[i + 2]?.text === '’' || tokens[i + 2]?.text === "'" ? i + 3 : i + 2;
  return /^(?:un|une|le|la|l|ce|cet|cette)$/.test(tokens[k]?.norm ?? '') ? undefined : kind;
}

/** « l'assassinat, le 19 juillet, d'un policier »: the token the "de" follows, past a day's aside. */
export function ofPastDay(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.text !== ',') return i;
  const close = tokens.findIndex((t, k) => k > i + 1 && k < i + 9 && t.text === ',');
  return close > 0 && tokens.slice(i + 2, close).some((t) => isMonthWord(t.norm)) ? close : i;
}

/** « deux infirmières ont été emmenées par les assaillants »: taken away by armed men, kidnapped. */
export const TAKEN_AWAY = forms('emmene');
const ASSAILANTS = wordSet('assaillants bandits ravisseurs gangs gang criminels malfrats hommes kidnappeurs');
/** … or « emmenés vers une destination inconnue », the words of a kidnapping. */
export const byAssailants = (tokens: readonly Token[], i: number) =>
  (tokens[i + 1]?.norm === 'par' && tokens.slice(i + 2, i + 5).some((t) => ASSAILANTS.has(t.norm))) ||
  (tokens[i + 1]?.norm === 'vers' &&
    tokens[i + 3]?.norm === 'destination' &&
    tokens[i + 4]?.norm === 'inconnue');

/** The auxiliary « avoir », in the forms a participle follows. */
export const AVOIR = wordSet('a ont avait avaient aurait auraient avons eu avoir ait aient');

/** "Avoir" as the auxiliary of the clause before `k`, within a few words: "ont incendié … et". */
export function avoirBefore(tokens: Token[], k: number): boolean {
  let skipped = 0;
  for (let j = k - 1; j >= 0 && j >= k - 12 - skipped; j--) {
    const t = tokens[j];
    // « ont tué trois personnes, dont une marchande de 52 ans, et blessé »: past the aside.
    const open = t?.text === ',' ? dontAsideOpening(tokens, j) : -1;
    if (open >= 0) {
      skipped += j - open;
      j = open;
      continue;
    }
    if (!t || t.text === ',' || t.text === ';' || t.text === '.') return false;
    if (AVOIR.has(t.norm)) return true;
  }
  return false;
}

/** « , dont une marchande de 52 ans, », « , à Cabaret, »: asides between a participle and the next. */
const ASIDE_OPENERS = wordSet('dont a au aux dans en pres');

/** The comma that opens a « , dont … , » or « , à Cabaret, » aside the comma at `close` ends, else -1. */
function dontAsideOpening(tokens: Token[], close: number): number {
  for (let p = close - 1; p >= 0 && close - p <= 12; p--) {
    const t = tokens[p]?.text;
    if (t === ';' || t === '.') return -1;
    if (t === ',') return ASIDE_OPENERS.has(tokens[p + 1]?.norm ?? '') ? p : -1;
  }
  return -1;
}

/** Adverbs (and Kreyòl "te") between the people and their participle: « ont été mortellement blessés ». */
export const BETWEEN = wordSet(`
  egalement aussi deja tous toutes tout malheureusement finalement respectivement ensuite
  mortellement grievement gravement legerement serieusement probablement vraisemblablement
  sauvagement froidement brutalement te ki
`);

/** The word before `i`, past adverbs. */
export function before(tokens: Token[], i: number): number {
  let k = i - 1;
  // « "neuf bandits" ont été "neutralisés" »: past the quotation marks too.
  while (k >= 0 && (BETWEEN.has(tokens[k]?.norm ?? '') || QUOTE_MARKS.has(tokens[k]?.text ?? ''))) k--;
  return k;
}
const QUOTE_MARKS = new Set(['«', '»', '"', '“', '”']);

/**
 * "ont perdu la vie", "ont trouvé la mort", Kreyòl « moun ki pèdi lavi yo », « 2 polisye te pèdi
 * lavi yo »: a death whose people are before; where they end (before the tense marker), else null.
 */
export function lifeLostAnchor(tokens: readonly Token[], i: number): number | null {
  const w = tokens[i]?.norm;
  const lost = w === 'lavi' && tokens[i - 1]?.norm === 'pedi';
  if (!lost)
    return (w === 'vie' && tokens[i - 2]?.norm === 'perdu') ||
      (w === 'mort' && tokens[i - 2]?.norm === 'trouve')
      ? i - 2
      : null;
  if (tokens[i - 2]?.norm === 'ki') return i - 2;
  return /^(?:te|t|ap|pral)$/.test(tokens[i - 2]?.norm ?? '') ? i - 2 : i - 1;
}
