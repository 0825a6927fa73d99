/**
 * The people a deployment figure counts: "800 Kenyan police officers", "the 5,500-strong force",
 * « portant à 950 le nombre de Kényans », or a noun left to an earlier figure ("has 2,500
 * personnel but fewer than 1,000 in the country"). deployments.ts reads the kinds and dates.
 */

import type { SentenceFacts } from './analyze';
import { countryAt } from './deployment-countries';
import { GSF_TOTAL, MSS_TOTAL, missionAt } from './deployment-missions';
import { FORCE_NAMES, type ReportContext, type Tokens, wholeMission } from './deployment-owners';
import { hedgeBefore, parseNumberAt } from './numbers';
import { CAPITAL_KEY } from './places';
import { normsOf } from './tokens';
import { wordSet } from './words';

const PERSONNEL = wordSet(`
  officers police personnel troops soldiers members agents peacekeepers policemen marines officials
  staff cadets policiers soldats militaires hommes membres troupes effectifs personnes casques
  personnels gendarmes polisye solda medics paramedics officiers manm ajan
`);
const BETWEEN = wordSet(`
  more additional extra new other security police military armed foreign uniformed senior kenyan jamaican
  guatemalan salvadoran belizean bahamian beninese chadian bangladeshi barbadian national special forces
  royal defence defense and de d supplementaires nouveaux autres etrangers premiers premieres first
`);
/** "personnel", « policiers », « manm »: a noun that counts people. */
export const isPersonnel = (norm: string): boolean => PERSONNEL.has(norm);
/** "a six-member team", "the 5,500-strong force". */
export const GROUP_SIZE = wordSet('member strong man person');
/** "600 additional officers", « huit militaires supplémentaires »: more of a contingent already named. */
const MORE = wordSet(
  'more additional extra further new another supplementaires supplementaire nouveaux nouvelles',
);

export interface Head {
  /** Token index of the noun that says the number counts people. */
  noun: number;
  /** A country named between the number and the noun ("800 Kenyan officers"). */
  country: string | null;
  /**
   * Of a figure told before: "well short of the 2,500 originally envisioned" is the plan of the
   * force counted before (`plan`), "with another 600 expected" more of the people just counted (`more`).
   */
  ofLast?: 'plan' | 'more';
}

/**
 * The people a number counts: "800 Kenyan police officers", "six Royal Bahamas Defence Forces",
 * "150 RBDF", "a six-member team", "the 5,500-strong force", or a noun cut off by the end of the
 * text ("a total of 2,500 pers"). Two nationalities ("40 Kenyan and Jamaican personnel") count
 * for the whole mission, neither country's alone.
 */
export function headAfter(tokens: Tokens, end: number, ctx: ReportContext): Head | null {
  const norms = normsOf(tokens);
  if ((tokens[end]?.text === '-' || tokens[end]?.text === '–') && GROUP_SIZE.has(norms[end + 1] ?? ''))
    return { noun: end + 1, country: null };
  let country: string | null = null;
  let mixed = false;
  let j = end;
  let afterCountry = -1;
  while (j < tokens.length && j - end < 5 && !PERSONNEL.has(norms[j] ?? '')) {
    const c = countryAt(norms, j);
    if (c) {
      mixed ||= country !== null && country !== c.country;
      country = c.country;
      j += c.length;
      afterCountry = j;
    } else if (
      BETWEEN.has(norms[j] ?? '') ||
      (country && FORCE_NAMES.has(norms[j] ?? '')) ||
      tokens[j]?.text === '-'
    )
      j++;
    else break;
  }
  if (mixed) country = wholeMission(ctx);
  const w = norms[j] ?? '';
  if (PERSONNEL.has(w)) return { noun: j, country };
  // « 200 Kényans et 120 Salvadoriens », "750 Kenyans", "70 Salvadorans and 30 Bahamians": the
  // people named by their country (what follows the demonym is no noun of theirs).
  const demonym = norms[end] ?? '';
  if (
    country &&
    afterCountry === end + 1 &&
    !mixed &&
    demonym.endsWith('s') &&
    demonym !== country.toLowerCase()
  )
    return { noun: end, country };
  const acronym = ctx.forceAcronyms.get(w);
  if (acronym) return { noun: j, country: country ?? acronym };
  if (country && j > end && FORCE_NAMES.has(norms[j - 1] ?? '')) return { noun: j - 1, country };
  const last = tokens[j];
  if (j === tokens.length - 1 && last?.kind === 'word' && w.length >= 3 && !tokens[j + 1]) {
    for (const noun of PERSONNEL) if (noun.startsWith(w)) return { noun: j, country };
  }
  return null;
}

/**
 * "170 soldiers and 30 police officers", "20 military and four police officers": one figure.
 * `from` is the noun of the first count, or the token after its number when it has none;
 * `country` the one its words name.
 */
export function addedAfter(
  tokens: Tokens,
  from: number,
  ctx: ReportContext,
  country: string | null = null,
): { value: number; noun: number } | null {
  let k = from;
  while (k < tokens.length && k - from < 3 && tokens[k]?.norm !== 'and' && BETWEEN.has(tokens[k]?.norm ?? ''))
    k++;
  if (tokens[k]?.norm !== 'and') return null;
  const n = parseNumberAt(tokens, k + 1);
  const head = n && headAfter(tokens, n.end, ctx);
  // "75 Guatemalan soldiers and a dozen Salvadoran medics": two countries, two figures.
  if (head?.country && head.country !== country) return null;
  return n && head ? { value: n.value, noun: head.noun } : null;
}

/** "out of the 250", « sur les 5 550 autorisés »: a total, not people told before. */
const OUT_OF = wordSet('of de sur');

/** "the four officers", "among the 20 soldiers": people already counted; "out of the 250" is not. */
export function refersBack(tokens: Tokens, start: number): boolean {
  const before = tokens[start - 1]?.norm ?? '';
  return (
    // French "les" is any definite subject ("Les 400 policiers kényans … sont arrivés"); "ces" points back.
    (before === 'the' || before === 'these' || before === 'those' || before === 'ces') &&
    !OUT_OF.has(tokens[start - 2]?.norm ?? '')
  );
}

/** "another 600 officers", « huit militaires supplémentaires »: a word for more around the count. */
export function countsMore(tokens: Tokens, start: number, noun: number): boolean {
  return tokens.slice(Math.max(0, start - 1), noun + 2).some((t) => MORE.has(t.norm));
}

const TOTAL_NOUNS_FR = wordSet('nombre effectif effectifs total');
const CARRYING_FR = wordSet('portant porte portent porter');
const TOLL_WORDS_FR = wordSet(
  'victimes morts mort tues tue blesses blesse deces disparus enleves kidnappes otages',
);

/**
 * « portant à près de 950 le nombre de Kényans », « porte à 600 l'effectif des policiers »: a
 * running total put before what it counts. `start` is where the count begins (its hedge), `end`
 * the token after its number. Not a toll (« portant à 20 le nombre de morts »).
 */
export function frenchTotalAfter(tokens: Tokens, start: number, end: number): Head | null {
  const norms = normsOf(tokens);
  if (norms[start - 1] !== 'a' || !CARRYING_FR.has(norms[start - 2] ?? '')) return null;
  let k = end;
  if (norms[k] === 'le' || norms[k] === 'l') k++;
  if (norms[k] === "'" || norms[k] === '’') k++;
  if (!TOTAL_NOUNS_FR.has(norms[k] ?? '')) return null;
  const rest = norms.slice(k + 1, k + 6);
  if (rest.some((w) => TOLL_WORDS_FR.has(w))) return null;
  let country: string | null = null;
  let people = false;
  for (let i = k + 1; i < Math.min(tokens.length, k + 6); i++) {
    country ??= countryAt(norms, i)?.country ?? null;
    people ||= PERSONNEL.has(norms[i] ?? '') || country !== null;
  }
  return people ? { noun: k, country } : null;
}

/** A town, a quarter, a site: a department ("deployed to the Artibonite") may be where they went to Haiti. */
const TOWN_KINDS = new Set(['commune', 'neighbourhood', 'site']);
const SENT_TO =
  /\b(?:sent|deployed|dispatched|redeployed|moved|transferred|rushed|envoyée?s?|déployée?s?|dépêchée?s?|redéployée?s?) (?:to|into|in|à|au|aux|dans|vers) (?:(?:reinforce|strengthen|support|secure|renforcer|sécuriser|appuyer) )?(?:the |la |le |les |l['’])?((?:town|city|commune|village|neighbou?rhood|ville|localité|quartier) (?:of|de|d['’]) ?)?/giu;

/**
 * "40 personnel of the mission were sent to reinforce the town of Arcahaie": people sent to a
 * town inside Haiti (not Haiti, its capital or a department) move inside the country; no
 * deployment to it.
 * `text` is the number's clause, `from` its offset in the report.
 */
export function movedWithinHaiti(f: SentenceFacts, text: string, from: number): boolean {
  for (const m of text.matchAll(SENT_TO)) {
    if (m[1]) return true;
    const at = from + (m.index ?? 0) + m[0].length;
    const entry = f.places.find((p) => p.mention.start === at)?.mention.entry;
    if (entry && TOWN_KINDS.has(entry.kind) && entry.key !== CAPITAL_KEY) return true;
  }
  return false;
}

/**
 * "portant le nombre à 600", "bringing the total number of Kenyan officers to 600", "bringing
 * Guatemala's contribution to the mission to 150": a running total the number states with no
 * noun of its own.
 */
const TOTAL_TO =
  /(?:portant (?:le nombre|l[’']effectif|le total|leur nombre|leur effectif|(?:le|son|leur) contingent|sa contribution)(?: [^,.;]{0,40})? à|(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|taking|push(?:es|ed|ing)) (?:(?:the (?:total )?number|the total) of (?:(?!(?:with|in|from|of|for|to)\s)[^\s,.;]+ ){0,3}(?:officers|troops|soldiers|police(?:men)?|personnel|members|agents|peacekeepers)\b|its (?:total )?strength|their (?:number|strength)|the (?:force|contingent|mission)(?:['’]s)?(?: total)? strength|(?:the |its |their |(?:\p{L}+ )?\p{L}+['’]s )(?:\p{L}+ )?(?:total )?(?:contribution|contingent|deployment|presence))(?: [^,.;]{0,30})? to(?: about| around| some| nearly| roughly| almost| more than| over| at least| (?:just|well|slightly) (?:over|under|above|below))?)$/iu;
/** "portant le total des victimes à 20", "bringing the number of officers killed to 45": a toll's running total, not a force's. */
const TOLL_TOTAL =
  /portant (?:le nombre|le total|le bilan|leur nombre)(?: (?:provisoire|global|total))? (?:des |de |d['’])(?:victimes|morts|décès|tués|blessés|disparus|personnes (?:tuées|blessées))|(?:bring(?:s|ing)?|brought|rais(?:es|ed|ing)|taking|push(?:es|ed|ing)) the (?:total )?(?:number|total)[^,.;]*\b(?:killed|dead|deaths|died|victims|casualties|injured|wounded|missing|kidnapped)\b/iu;
const RUNNING_MISSION = wordSet('mission force mss gsf');

/** "bringing the total number of Kenyan officers to": the words before a number make it a running total. */
export function runningBefore(before: string): boolean {
  return TOTAL_TO.test(before) && !TOLL_TOTAL.test(before);
}

/**
 * Whose running total: the first country or mission its own words name ("bringing Guatemala's
 * contribution to the mission to 150" is Guatemala's, "bringing the mission's strength to 1,000"
 * the mission's). `before` is the sentence's text before the number at token `at`.
 */
export function runningOwner(
  f: SentenceFacts,
  before: string,
  at: number,
  ctx: ReportContext,
): string | null {
  const from = f.sentence.from + (TOTAL_TO.exec(before)?.index ?? before.length);
  const norms = normsOf(f.tokens);
  for (let i = f.tokens.findIndex((t) => t.start >= from); i >= 0 && i < at; i++) {
    const owner = countryAt(norms, i)?.country ?? missionAt(norms, i);
    if (owner) return owner;
    if (RUNNING_MISSION.has(norms[i] ?? '')) return wholeMission(ctx);
  }
  // "…to join the Kenyan-led security mission, bringing its strength to 1,100": its, the mission's.
  const running = before.slice(from - f.sentence.from);
  if (
    /\bits\b/i.test(running) &&
    /\b(?:mission|force|MSS|GSF)\b/i.test(before.slice(0, from - f.sentence.from))
  )
    return wholeMission(ctx);
  return null;
}

/**
 * The country of a running total after token `from`: "75 soldiers arrived on Thursday, bringing
 * Guatemala's contribution to 150" counts Guatemalans, « portant à 950 le nombre de Kényans ».
 */
export function laterTotalOwner(f: SentenceFacts, from: number, ctx: ReportContext): string | null {
  const { tokens } = f;
  for (let k = from; k < tokens.length; k++) {
    const n = parseNumberAt(tokens, k);
    if (!n) continue;
    const start = hedgeBefore(tokens, n.start).start;
    const before = f.sentence.text.slice(0, (tokens[n.start]?.start ?? 0) - f.sentence.from).trimEnd();
    const owner = runningBefore(before)
      ? runningOwner(f, before, n.start, ctx)
      : frenchTotalAfter(tokens, start, n.end)?.country;
    // A mission's running total says nothing of whose the people before it are.
    if (owner) return owner === MSS_TOTAL || owner === GSF_TOTAL ? null : owner;
  }
  return null;
}
