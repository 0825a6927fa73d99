/**
 * Whose personnel a deployment figure counts: a contributing country, the MSS or the Gang
 * Suppression Force as a whole. Read from the words around the number, the clause, and what the
 * report is about (deployments.ts reads the numbers and the kinds).
 */
import type { SentenceFacts } from './analyze';
import { countryAt } from './deployment-countries';
import { GSF_TOTAL, MSS_TOTAL, missionAt, replacedAt } from './deployment-missions';
import { MISSION_WORDS } from './lexicon';
import { normsOf } from './tokens';
import { wordSet } from './words';

/** "six Royal Bahamas Defence Forces": a national force's name counts its members. */
export const FORCE_NAMES = wordSet('force forces constabulary army guard');

/** A mission named as the object of one of these is where a number goes, not whose it is. */
const MISSION_PREPOSITIONS = wordSet('in of to with within under for from by');
/** "The group, consisting of …": the contingent the report was just talking about. */
export const GROUP_SUBJECT =
  /^(?:the|this|that) (?:group|team|contingent|unit|delegation|detachment)\b|^they\b/i;

const INDEFINITE = wordSet('a an another un une second first new nouveau premier deuxieme');
const ITS_GROUP =
  /(?<!\p{L})(?:(?:its|their) (?:presence|contingent|contribution|deployment|force|troops|personnel)|(?:sa|son|leur) (?:présence|contingent|contribution|effectif|déploiement))(?!\p{L})/iu;
const FROM_FR = wordSet('de des du d');
const AND_FR = wordSet('et and');
const ARTICLES_FR = wordSet("la l ' ’");
const CLAUSE_WORDS = wordSet('which who while but whereas although');
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')']);

export type Tokens = SentenceFacts['tokens'];

export interface ReportContext {
  /** The report names the Gang Suppression Force: "the force", "the mission" are then the GSF. */
  namesGsf: boolean;
  /** "Royal Bahamas Defence Force (RBDF)": acronyms of a contributing country's force. */
  forceAcronyms: ReadonlyMap<string, string>;
  /** The contributing country named last in the sentences before. */
  lastCountry: string | null;
  /** The contributing country the sentence just before names, if it names one. */
  previousCountry: string | null;
}

export function isClauseBreak(t: Tokens[number] | undefined): boolean {
  return t !== undefined && (CLAUSE_PUNCT.has(t.text) || CLAUSE_WORDS.has(t.norm));
}

/** "( RBDF )": an acronym in brackets does not end a clause. */
export function inShortBrackets(tokens: Tokens, k: number): boolean {
  const t = tokens[k]?.text;
  if (t === '(') return tokens.slice(k + 1, k + 5).some((x) => x.text === ')');
  if (t === ')') return tokens.slice(Math.max(0, k - 4), k).some((x) => x.text === '(');
  return false;
}

/** Token range [from, to) of the clause holding token `i`. */
export function clauseAround(tokens: Tokens, i: number): [number, number] {
  let from = i;
  while (from > 0 && (!isClauseBreak(tokens[from - 1]) || inShortBrackets(tokens, from - 1))) from--;
  let to = i;
  while (to < tokens.length && (!isClauseBreak(tokens[to]) || inShortBrackets(tokens, to))) to++;
  return [from, to];
}

export function wholeMission(ctx: ReportContext): string {
  return ctx.namesGsf ? GSF_TOTAL : MSS_TOTAL;
}

export function reportContext(facts: SentenceFacts[]): ReportContext {
  const forceAcronyms = new Map<string, string>();
  let namesGsf = false;
  for (const f of facts) {
    const norms = normsOf(f.tokens);
    for (let i = 0; i < norms.length; i++) {
      if (missionAt(norms, i) === GSF_TOTAL) namesGsf = true;
      // "Royal Bahamas Defence Force ( RBDF )"
      const acronym = f.tokens[i + 2];
      if (
        !FORCE_NAMES.has(norms[i] ?? '') ||
        norms[i + 1] !== '(' ||
        !acronym ||
        !/^[A-Z]{2,6}$/.test(acronym.text)
      )
        continue;
      for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
        const c = countryAt(norms, k);
        if (c) forceAcronyms.set(acronym.norm, c.country);
      }
    }
  }
  return { namesGsf, forceAcronyms, lastCountry: null, previousCountry: null };
}

/**
 * Whose personnel: a nationality between the number and the noun ("800 Kenyan officers"), a
 * "from …" just after the noun ("from Kenya and other contributing nations" is the whole
 * mission), else the nearest country or mission named before the number, else one named later
 * in the clause ("600 officers will be leaving Kenya"), else the contingent the sentence refers
 * back to ("The group, consisting of …"), else the country of a running total later in the
 * sentence (`later`: "…, bringing Guatemala's contribution to 150") or, for more personnel
 * (`more`: « l'envoi de huit militaires supplémentaires »), the one the sentence before names.
 */
export function ownerOf(
  f: SentenceFacts,
  at: { start: number; noun: number; between: string | null; more?: boolean; later?: string | null },
  ctx: ReportContext,
): string {
  const norms = normsOf(f.tokens);
  if (at.between) return at.between;
  // "200 policiers kényans", « une vingtaine de soldats et policiers jamaïcains »: French puts the
  // nationality after the noun (or after the last of two nouns).
  const second = AND_FR.has(norms[at.noun + 1] ?? '') ? at.noun + 3 : at.noun + 1;
  const after = countryAt(norms, at.noun + 1) ?? countryAt(norms, second);
  if (after && at.noun > at.start) return after.country;
  // « 40 militaires des Bahamas », « 60 soldats de la Jamaïque »: the country after « de ».
  if (FROM_FR.has(norms[at.noun + 1] ?? '')) {
    const k = ARTICLES_FR.has(norms[at.noun + 2] ?? '') ? at.noun + 3 : at.noun + 2;
    const c = countryAt(norms, k);
    if (c) return c.country;
  }
  // "… from Kenya", "230 officers jetted out of JKIA", "set to depart Nairobi": where they set out from.
  const from = norms
    .slice(at.noun + 1, at.noun + 5)
    .findIndex((w, k, all) => w === 'from' || DEPARTING.has(w) || (w === 'of' && all[k - 1] === 'out'));
  if (from >= 0) {
    const k = at.noun + 2 + from;
    const after = norms.slice(k, k + 6).join(' ');
    if (/^(?:the )?(?:multiple|several|various|many|other|\w+(?: \w+)? and other)\b/.test(after))
      return wholeMission(ctx);
    for (let i = k; i < Math.min(norms.length, k + 7) && !isClauseBreak(f.tokens[i]); i++) {
      const c = countryAt(norms, i);
      if (c) return c.country;
    }
  }
  const before = ownerBefore(f.tokens, at.start, ctx);
  if (before) return before;
  const [, to] = clauseAround(f.tokens, at.noun);
  for (let i = at.noun + 1; i < to; i++) {
    const owner = countryAt(norms, i)?.country ?? missionAt(norms, i);
    if (owner) return owner;
  }
  if (ctx.lastCountry && GROUP_SUBJECT.test(f.sentence.text)) return ctx.lastCountry;
  // "El Salvador deployed a team. … its presence now stood at 228 troops": its, that country's.
  const words = f.sentence.text.slice(0, (f.tokens[at.start]?.start ?? 0) - f.sentence.from);
  if (ctx.previousCountry && ITS_GROUP.test(words)) return ctx.previousCountry;
  if (at.later) return at.later;
  if (at.more && ctx.previousCountry) return ctx.previousCountry;
  return wholeMission(ctx);
}

/**
 * The country or mission the number belongs to: the nearest one named before it. A relative
 * clause set off by commas describes the words before it: "Kenya, which leads the mission, has
 * about 750 officers" counts Kenya's.
 */
export function ownerBefore(tokens: Tokens, numberAt: number, ctx: ReportContext): string | null {
  const norms = normsOf(tokens);
  let crossed = false;
  // A relative clause passed over does not count against the reach: "Kenya, which led … until it was
  // replaced by the UN-backed Gang Suppression Force (GSF), currently has about 600".
  let skipped = 0;
  for (let i = numberAt - 1; i >= 0 && numberAt - i - skipped <= 25; i--) {
    crossed ||= isClauseBreak(tokens[i + 1]) && i + 1 < numberAt;
    const open = relativeOpening(tokens, i);
    if (open !== null) {
      crossed = true;
      skipped += i - open;
      i = open;
      continue;
    }
    const w = norms[i] ?? '';
    const c = countryAt(norms, i);
    if (c) return c.country;
    if (!MISSION_WORDS.has(w) && w !== 'deployment' && !missionAt(norms, i)) continue;
    // "The GSF, authorised … to replace the Kenyan-led … mission, has": the mission replaced is not the owner.
    // "… will replace the MSS, which has fewer than 1,000 officers", "It replaces a Kenya-led mission
    // that never had more than 1,000": a relative clause still tells of it.
    const rel = tokens[i + 1]?.text === ',' ? i + 2 : i + 1;
    const described = RELATIVES.has(norms[rel] ?? '') || norms[rel] === 'that';
    const replaced = described ? null : replacedAt(tokens, i);
    if (replaced !== null) {
      i = replaced;
      continue;
    }
    // "the Jamaican contingent", "El Salvador's contingent" are those countries'.
    const national = w === 'contingent' ? countryEndingAt(norms, possessed(norms, i - 1)) : null;
    if (national) return national;
    // "Guatemala sent a contingent of 150": a contingent, not the mission; its country is before it.
    if (w === 'contingent' && INDEFINITE.has(norms[i - 1] ?? '')) continue;
    // "Kenya is the lead country in the mission and 400 officers …": Kenya's officers; but
    // "part of the MSS mission, which now consists of 1,000 personnel" is the mission's.
    let k = i - 1;
    while (k >= 0 && (norms[k] === 'the' || MISSION_WORDS.has(norms[k] ?? '') || missionAt(norms, k))) k--;
    if (MISSION_PREPOSITIONS.has(norms[k] ?? '') && !crossed) continue;
    // "The Multinational Security Support mission": the name may start three words before.
    return (
      missionAt(norms, i) ??
      missionAt(norms, i - 1) ??
      missionAt(norms, i - 2) ??
      missionAt(norms, i - 3) ??
      wholeMission(ctx)
    );
  }
  return null;
}

/** The last contributing country a sentence names, for the sentences that refer back to it. */
export function lastCountryIn(norms: readonly string[]): string | null {
  let last: string | null = null;
  for (let i = 0; i < norms.length; i++) last = countryAt(norms, i)?.country ?? last;
  return last;
}

const RELATIVES = wordSet('which who qui ki');
const DEPARTING = wordSet('depart departs departing leave leaves leaving');
/** ", led by Kenya,", « , dirigée par le Kenya, »: an aside that says who leads, not whose. */
const LED = wordSet('led headed commanded spearheaded dirigee menee conduite');
const BY = wordSet('by par');
/** « La FRG, autorisée par le Conseil de sécurité … pour succéder à la mission dirigée par le Kenya, compte … ». */
const ASIDE_PARTICIPLES = wordSet(
  'autorisee autorise authorized authorised mandated mandatee creee created established',
);

/** A comma between two countries of a list ("Jamaica, Guatemala, the Bahamas"). */
function listComma(tokens: Tokens, k: number): boolean {
  const norms = normsOf(tokens);
  const after = norms[k + 1] === 'the' ? k + 2 : k + 1;
  return countryAt(norms, after) !== null && countryEndingAt(norms, k - 1) !== null;
}

/**
 * ", which leads the mission,", ", led by Kenya,": the opening comma of a relative clause or a
 * "led by" aside that the comma at `close` ends.
 */
function relativeOpening(tokens: Tokens, close: number): number | null {
  if (tokens[close]?.text !== ',') return null;
  for (let k = close - 1; k > 0 && close - k <= 30; k--) {
    // "… the Multinational Security Support Mission (MSS) led by Kenya,": an acronym in brackets.
    if (CLAUSE_PUNCT.has(tokens[k]?.text ?? '') && !inShortBrackets(tokens, k)) {
      const opener = tokens[k + 1]?.norm ?? '';
      const aside =
        RELATIVES.has(opener) ||
        ASIDE_PARTICIPLES.has(opener) ||
        (LED.has(opener) && BY.has(tokens[k + 2]?.norm ?? ''));
      if (tokens[k]?.text === ',' && aside && k + 1 < close) return k;
      // ", which … includes soldiers from Jamaica, Guatemala, the Bahamas and Belize,": a list's comma.
      if (tokens[k]?.text === ',' && listComma(tokens, k)) continue;
      return null;
    }
  }
  return null;
}

/** "El Salvador's contingent": the token before the possessive "'s" ending at `i`, else `i`. */
function possessed(norms: readonly string[], i: number): number {
  const apostrophe = norms[i - 1] === "'" || norms[i - 1] === '’';
  return norms[i] === 's' && apostrophe ? i - 2 : i;
}

/** The country named at token `i` or just before it: "Jamaican", "Kenyan police", "El Salvador". */
function countryEndingAt(norms: readonly string[], i: number): string | null {
  return (countryAt(norms, i) ?? countryAt(norms, i - 1))?.country ?? null;
}

const HAITIAN_FORCES = wordSet('pnh hnp fadh');

/**
 * « La PNH compte environ 10 000 agents », "the HNP has about 9,000 officers": Haiti's own
 * force owns the count, no deployment to Haiti. `numberAt` is where the count starts.
 */
export function haitianForceOwns(tokens: Tokens, numberAt: number): boolean {
  const norms = normsOf(tokens);
  for (let i = numberAt - 1; i >= 0 && numberAt - i <= 8 && !isClauseBreak(tokens[i]); i--) {
    const w = norms[i] ?? '';
    if (countryAt(norms, i) || MISSION_WORDS.has(w) || missionAt(norms, i)) return false;
    if (
      HAITIAN_FORCES.has(w) ||
      (w === 'police' && (norms[i + 1] === 'nationale' || norms[i - 1] === 'haitian'))
    )
      return true;
  }
  return false;
}
