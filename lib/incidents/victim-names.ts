/**
 * The persons a report names as victims, as a careful coder would note them to tell one
 * kidnapping or killing from another: "missionary Jane Doe was abducted", "Doe was among those
 * taken", "eight people were abducted, including Doe", "gunmen killed journalist John Roe". Pure and
 * fast (regular expressions over the sentences, no language model): it runs on every stored report.
 * Only the role in the sentence makes a victim: a speaker ("Doe said", "according to Doe"), an
 * official quoted by title, an organisation, a place, a month or a nationality never is — but a
 * victim who later speaks is still a victim where the report says what happened to her.
 * Names come back folded ("jane doe"); a lone surname becomes the full name the text gives
 * elsewhere ("Doe" → "jane doe"), or stays a surname when the text gives none or several.
 */
import { normalizePlaceName } from '../locations/normalize';
import {
  DESCRIPTIVE_WORDS,
  MODIFIER_HEADS,
  NOT_NAME_WORDS,
  TITLE_WORDS,
  VICTIM_WORD,
} from './victim-name-words';

export interface VictimNameOptions {
  /**
   * Where to learn full names from (the whole report): "Jane Doe" there makes "Doe" hers. A
   * function is only called when a lone surname needs it.
   */
  context?: string | (() => string);
  /** Place names as normalizePlaceName folds them: a place is never a person. */
  places?: ReadonlySet<string>;
  /**
   * The years the incident may fall in: a sentence that names only other years tells another
   * event ("President X was assassinated in 2021"), whose victims are not this one's.
   */
  years?: readonly number[];
}

const YEAR = /\b(?:19|20)\d\d\b/g;

/** The sentence names years, none of them the incident's. */
function aboutOtherYears(sentence: string, years: readonly number[] | undefined): boolean {
  if (!years || years.length === 0) return false;
  const named = sentence.match(YEAR);
  return named !== null && !named.some((y) => years.includes(Number(y)));
}

export const foldName = (s: string) =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`]/g, "'");

const TOKEN = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const RUN_SOURCE = String.raw`(?:${TOKEN}|\p{Lu}\.)(?:[ \t]+(?:${TOKEN}|\p{Lu}\.))*`;
const RUN = new RegExp(RUN_SOURCE, 'gu');
/** Sentence ends, but not after an initial or a title ("Gena M. Heraty", "Mr. Doe", "Aug. 3"). */
const SENTENCE_END =
  /(?<=[.!?]["”’]?)(?<!\b(?:\p{Lu}|Mr|Mrs|Ms|Dr|Fr|Sr|St|Rev|Sgt|Lt|Capt|Col|Gen|Cpl|Pte|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)\s+/u;

// After the name: an apposition (", a 40-year-old teacher,") and more names ("Doe and Roe").
const APPOS = String.raw`(?:\s*,\s*[^,.;:“”"]{1,90}?,)?`;
const MORE_NAMES = String.raw`(?:\s*(?:,|,?\s+and|,?\s+et|&)\s+${RUN_SOURCE})*`;
const WHO = String.raw`(?:\s*,?\s*(?:who|qui))?`;
const ADVERBS = String.raw`(?:\s+(?:also|later|then|reportedly|allegedly|apparently|still|both|all|fatally|seriously|critically|badly|first|initially|subsequently|eventually|finally|reported|declared|confirmed|aussi|également|egalement|ensuite|finalement|grièvement|grievement|mortellement))*`;
const PASSIVE_EN = String.raw`\s+(?:was|were|is|are|had been|has been|have been|being|got|remains|remained)${ADVERBS}\s+(?:kidnapped|abducted|taken|seized|snatched|held|killed|shot|murdered|assassinated|executed|lynched|beheaded|burned|burnt|wounded|injured|hurt|released|freed|rescued|found (?:dead|murdered|shot)|slain|gunned down|stabbed|beaten|hacked|missing|dead|hospitali[sz]ed)\b`;
const FR_PARTICIPLE =
  '(?:enlev|kidnapp|tu|assassin|abattu|bless|lib[ée]r|rel[âa]ch|s[ée]questr|ex[ée]cut|lynch|br[ûu]l|retrouv[ée]e?s? mort|pris(?:e|es)? en otage)';
const PASSIVE_FR = String.raw`\s+(?:a|ont|avait|avaient|aurait|auraient)${ADVERBS}\s+été${ADVERBS}\s+${FR_PARTICIPLE}`;
const DIED = String.raw`\s+(?:later\s+)?(?:died|succumbed|perished)\b|\s+(?:est|serait)\s+(?:mort|morte|décédée?)|\s+a\s+(?:péri|succombé|trouvé la mort)`;
const AMONG = String.raw`\s+(?:was|were|is|are)\s+(?:also\s+)?among\b|\s+(?:figure|figurait|figurent|figuraient)\s+parmi\b|\s+(?:fait|faisait|font|faisaient)\s+partie\s+des\b`;
const SUBJECT = new RegExp(
  `^${APPOS}${MORE_NAMES}(?:\\s*,)?${WHO}(?:${PASSIVE_EN}|${PASSIVE_FR}|${DIED})`,
  'u',
);
const AMONG_SUBJECT = new RegExp(`^${APPOS}${MORE_NAMES}(?:${AMONG})(.*)$`, 'u');
const SPEAKER =
  /^(?:\s*,\s*[^,.;:]{1,90}?,)?\s+(?:said|says|told|tells|confirmed|stated|announced|added|explained|noted|wrote|declared|reported|a déclaré|a dit|a affirmé|a indiqué|a confirmé|a annoncé)\b/u;

// Before the name, once titles and articles are set aside.
const ACTIVE =
  /\b(?:kidnapped|abducted|killed|shot|murdered|assassinated|executed|seized|snatched|kidnap|abduct|kill|murder|wounded|injured|freed|released|rescued|lynched|beheaded|stabbed|enleve|kidnappe|tue|assassine|abattu|blesse|libere|execute|sequestre)(?:e|s|es)?$/;
const INCLUDING =
  /\b(?:including|among them|among whom|among those|notably|namely|dont|notamment|parmi eux|parmi elles|parmi lesquels|parmi lesquelles)\b/g;
const LIST_LEAD =
  /(?:\b(?:including|them|whom|those|notably|namely|dont|notamment|eux|elles|lesquels|lesquelles|and|et)|,|&)$/;
const IDENTIFIED =
  /\b(?:identified|named|identifie(?:e|s|es)?)\b[^.;]{0,80}\b(?:as|comme)(?:[^.;]{0,60}(?:,|\band|\bet))?$/;
/** "Among the dead were X", "parmi les victimes figurent X": victims follow, the first right after. */
const AMONG_THE_VICTIMS = String.raw`\b(?:among|parmi) (?:the |les )?(?:dead|victims|victimes|injured|wounded|hostages|otages|morts|blesses)\b`;
const AMONG_RIGHT_BEFORE = new RegExp(
  `${AMONG_THE_VICTIMS}(?:\\s+(?:were|was|are|is|figurent|figuraient|figure|figurait|se trouvent|on compte))?,?$`,
);
const AMONG_BEFORE_LIST = new RegExp(`${AMONG_THE_VICTIMS}[^.;]{0,80}$`);
const THE_VICTIM =
  /\b(?:victims?|victimes?)\s*(?:,|:|was|were|is|are|est|sont)?\s*(?:identified as|named|identifiee? comme)?$/;
const ARTICLES = new Set([
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'l',
  'un',
  'une',
  'des',
  'his',
  'her',
  'their',
]);

interface Occurrence {
  tokens: string[];
  titled: boolean;
}

const isNonName = (token: string) => {
  const f = foldName(token).replace(/['.]+$/, '');
  return NOT_NAME_WORDS.has(f) || TITLE_WORDS.has(f) || !/\p{Ll}/u.test(token.slice(1)) || token.length < 2;
};

/**
 * The words before a name, without the titles, descriptions and articles right before it
 * ("abducted the Irish missionary" → "abducted"); whether a title was among them.
 */
function leadOf(before: string): { lead: string; titled: boolean } {
  const words = foldName(before).trimEnd().split(/\s+/);
  let titled = false;
  while (words.length > 0) {
    const w = (words[words.length - 1] ?? '').replace(/[.]$/, '');
    if (TITLE_WORDS.has(w)) titled = true;
    else if (!ARTICLES.has(w) && !DESCRIPTIVE_WORDS.has(w) && !/\d/.test(w)) break;
    words.pop();
  }
  return { lead: words.join(' '), titled };
}

function isVictimRole(before: string, after: string, sentence: string, lead: string): boolean {
  if (SPEAKER.test(after) || /^'s\b|^’s\b/.test(after)) return false;
  if (SUBJECT.test(after)) return true;
  const among = AMONG_SUBJECT.exec(after);
  if (among) return VICTIM_WORD.test(foldName(among[1] ?? ''));
  const next = foldName(after).match(/^\s+([\p{L}-]+)/u)?.[1];
  if (next && MODIFIER_HEADS.has(next)) return false;
  if ((ACTIVE.test(lead) && !/\bby$/.test(lead)) || AMONG_RIGHT_BEFORE.test(lead)) return true;
  if (!LIST_LEAD.test(lead) && !/\bas$/.test(lead) && !THE_VICTIM.test(lead)) return false;
  // "eight were abducted, including Doe": the victims are told before the list, not after it
  // ("officials, including Roe, said eight were abducted" names a speaker).
  const foldedBefore = foldName(before);
  const including = [...foldedBefore.matchAll(INCLUDING)].at(-1);
  if (
    including &&
    foldedBefore.length - including.index <= 100 &&
    VICTIM_WORD.test(foldedBefore.slice(0, including.index))
  )
    return true;
  return (
    (IDENTIFIED.test(lead) && VICTIM_WORD.test(foldName(sentence))) ||
    THE_VICTIM.test(lead) ||
    AMONG_BEFORE_LIST.test(lead)
  );
}

/** The name in a run of capitalised words: what follows the last word that is never a name. */
function nameIn(run: string): { tokens: string[]; offset: number; cutTitle: boolean } | null {
  const parts = [...run.matchAll(/\S+/g)];
  let cut = 0;
  for (let i = 0; i < parts.length; i++) if (isNonName(parts[i]?.[0] ?? '')) cut = i + 1;
  const kept = parts.slice(cut).filter((p) => !/^\p{Lu}\.$/u.test(p[0]));
  if (kept.length === 0 || kept.length > 5) return null;
  const previous = foldName(parts[cut - 1]?.[0] ?? '').replace(/\.$/, '');
  return {
    tokens: kept.map((p) => p[0]),
    offset: parts[cut]?.index ?? 0,
    cutTitle: TITLE_WORDS.has(previous),
  };
}

function isPlace(tokens: string[], places: ReadonlySet<string> | undefined): boolean {
  if (!places) return false;
  return (
    places.has(normalizePlaceName(tokens.join(' '))) || places.has(normalizePlaceName(tokens.at(-1) ?? ''))
  );
}

/** Full names (two words or more) the text gives, by folded surname. */
function fullNamesBySurname(text: string, places: ReadonlySet<string> | undefined): Map<string, Set<string>> {
  const bySurname = new Map<string, Set<string>>();
  for (const m of text.matchAll(RUN)) {
    const name = nameIn(m[0]);
    if (!name || name.tokens.length < 2 || isPlace(name.tokens, places)) continue;
    const folded = name.tokens.map(foldName);
    const surname = folded.at(-1) ?? '';
    const set = bySurname.get(surname) ?? new Set<string>();
    set.add(folded.join(' '));
    bySurname.set(surname, set);
  }
  return bySurname;
}

function victimOccurrences(text: string, options: VictimNameOptions): Occurrence[] {
  const { places } = options;
  const found: Occurrence[] = [];
  for (const sentence of text.split(SENTENCE_END)) {
    if (aboutOtherYears(sentence, options.years)) continue;
    for (const m of sentence.matchAll(RUN)) {
      const name = nameIn(m[0]);
      if (!name || isPlace(name.tokens, places)) continue;
      const start = (m.index ?? 0) + name.offset;
      const before = sentence.slice(0, start);
      const after = sentence.slice((m.index ?? 0) + m[0].length);
      const { lead, titled } = leadOf(before);
      if (isVictimRole(before, after, sentence, lead)) {
        found.push({ tokens: name.tokens, titled: titled || name.cutTitle });
      }
    }
  }
  return found;
}

/** The folded names of the persons the text names as victims. */
export function findVictimNames(text: string, options: VictimNameOptions = {}): string[] {
  const occurrences = victimOccurrences(text, options);
  if (occurrences.length === 0) return [];
  const { context } = options;
  const needsContext = occurrences.some((o) => o.tokens.length === 1);
  const learnFrom = needsContext
    ? `${text}\n${(typeof context === 'function' ? context() : context) ?? ''}`
    : '';
  const known = fullNamesBySurname(learnFrom, options.places);
  const names = new Set<string>();
  for (const o of occurrences) {
    const folded = o.tokens.map(foldName);
    if (folded.length > 1) {
      names.add(folded.join(' '));
      continue;
    }
    const surname = folded[0] ?? '';
    const full = known.get(surname);
    const givenNames = new Set([...(full ?? [])].map((n) => n.split(' ')[0]));
    if (full && givenNames.size === 1) names.add([...full][0] ?? surname);
    else if (full || o.titled) names.add(surname);
  }
  const fullSurnames = new Set([...names].filter((n) => n.includes(' ')).map((n) => n.split(' ').at(-1)));
  return [...names].filter((n) => n.includes(' ') || !fullSurnames.has(n));
}

export interface NamedVictimMatch {
  /** The name as the fuller of the two gives it. */
  name: string;
  /** Both give the first name too, and it is the same: a person, not just a surname. */
  full: boolean;
}

/**
 * A person both name as a victim: the same surname, and the same first name when both give one
 * ("Jane Doe" and "Doe" may be one person; "Jane Doe" and "John Doe" are not).
 */
export function sameNamedVictim(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): NamedVictimMatch | null {
  let surnameOnly: NamedVictimMatch | null = null;
  for (const x of a ?? []) {
    for (const y of b ?? []) {
      const [xs, ys] = [x.split(' '), y.split(' ')];
      if (xs.at(-1) !== ys.at(-1)) continue;
      if (xs.length > 1 && ys.length > 1) {
        if (xs[0] === ys[0]) return { name: xs.length >= ys.length ? x : y, full: true };
      } else surnameOnly ??= { name: xs.length >= ys.length ? x : y, full: false };
    }
  }
  return surnameOnly;
}

/** "gena heraty" → "Gena Heraty", for the reasons an editor reads. */
export const displayName = (folded: string) =>
  folded.replace(/(^|[\s-])(\p{L})/gu, (_, s, c) => s + c.toUpperCase());
