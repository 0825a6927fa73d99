/**
 * Whose personnel a deployment figure counts: a contributing country, the MSS or the Gang
 * Suppression Force as a whole. Read from the words around the number, the clause, and what the
 * report is about (deployments.ts reads the numbers and the kinds).
 */
import type { SentenceFacts } from './analyze';
import { contingentCountryAt, MISSION_WORDS } from './lexicon';
import { normsOf } from './tokens';
import { wordSet } from './words';

/** "six Royal Bahamas Defence Forces": a national force's name counts its members. */
export const FORCE_NAMES = wordSet('force forces constabulary army guard');

/** A mission named as the object of one of these is where a number goes, not whose it is. */
const MISSION_PREPOSITIONS = wordSet('in of to with within under for from by');
/** "The group, consisting of …": the contingent the report was just talking about. */
export const GROUP_SUBJECT =
  /^(?:the|this|that) (?:group|team|contingent|unit|delegation|detachment)\b|^they\b/i;

const CLAUSE_WORDS = wordSet('which who while but whereas although');
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')']);

/** Whole-mission rows: the MSS, and the Gang Suppression Force that succeeded it. */
export const MSS_TOTAL = 'MSS-total';
export const GSF_TOTAL = 'GSF-total';

export type Tokens = SentenceFacts['tokens'];

export interface ReportContext {
  /** The report names the Gang Suppression Force: "the force", "the mission" are then the GSF. */
  namesGsf: boolean;
  /** "Royal Bahamas Defence Force (RBDF)": acronyms of a contributing country's force. */
  forceAcronyms: ReadonlyMap<string, string>;
  /** The contributing country named last in the sentences before. */
  lastCountry: string | null;
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

/** Which mission a mission word names: the MSS, the GSF, or (null) whichever the report is about. */
export function missionAt(norms: readonly string[], i: number): string | null {
  const w = norms[i] ?? '';
  if (w === 'gsf' || (w === 'suppression' && norms[i + 1] === 'force')) return GSF_TOTAL;
  if (w === 'mss' || (w === 'multinational' && norms[i + 1] === 'security')) return MSS_TOTAL;
  return null;
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
        const c = contingentCountryAt(norms, k);
        if (c) forceAcronyms.set(acronym.norm, c.country);
      }
    }
  }
  return { namesGsf, forceAcronyms, lastCountry: null };
}

/**
 * Whose personnel: a nationality between the number and the noun ("800 Kenyan officers"), a
 * "from …" just after the noun ("from Kenya and other contributing nations" is the whole
 * mission), else the nearest country or mission named before the number, else one named later
 * in the clause ("600 officers will be leaving Kenya"), else the contingent the sentence refers
 * back to ("The group, consisting of …").
 */
export function ownerOf(
  f: SentenceFacts,
  at: { start: number; noun: number; between: string | null },
  ctx: ReportContext,
): string {
  const norms = normsOf(f.tokens);
  if (at.between) return at.between;
  // "200 policiers kényans": French puts the nationality after the noun.
  const after = contingentCountryAt(norms, at.noun + 1);
  if (after && at.noun > at.start) return after.country;
  const from = norms.slice(at.noun + 1, at.noun + 5).indexOf('from');
  if (from >= 0) {
    const k = at.noun + 2 + from;
    const after = norms.slice(k, k + 6).join(' ');
    if (/^(?:the )?(?:multiple|several|various|many|other|\w+(?: \w+)? and other)\b/.test(after))
      return wholeMission(ctx);
    for (let i = k; i < Math.min(norms.length, k + 7) && !isClauseBreak(f.tokens[i]); i++) {
      const c = contingentCountryAt(norms, i);
      if (c) return c.country;
    }
  }
  const before = ownerBefore(f.tokens, at.start, ctx);
  if (before) return before;
  const [, to] = clauseAround(f.tokens, at.noun);
  for (let i = at.noun + 1; i < to; i++) {
    const owner = contingentCountryAt(norms, i)?.country ?? missionAt(norms, i);
    if (owner) return owner;
  }
  if (ctx.lastCountry && GROUP_SUBJECT.test(f.sentence.text)) return ctx.lastCountry;
  return wholeMission(ctx);
}

/** The country or mission the number belongs to: the nearest one named before it. */
export function ownerBefore(tokens: Tokens, numberAt: number, ctx: ReportContext): string | null {
  const norms = normsOf(tokens);
  let crossed = false;
  for (let i = numberAt - 1; i >= 0 && numberAt - i <= 25; i--) {
    crossed ||= isClauseBreak(tokens[i + 1]) && i + 1 < numberAt;
    const w = norms[i] ?? '';
    const c = contingentCountryAt(norms, i);
    if (c) return c.country;
    if (!MISSION_WORDS.has(w) && w !== 'deployment' && !missionAt(norms, i)) continue;
    // "the Jamaican contingent" is Jamaica's.
    const national =
      w === 'contingent' ? (contingentCountryAt(norms, i - 1) ?? contingentCountryAt(norms, i - 2)) : null;
    if (national) return national.country;
    // "Kenya is the lead country in the mission and 400 officers …": Kenya's officers; but
    // "part of the MSS mission, which now consists of 1,000 personnel" is the mission's.
    let k = i - 1;
    while (k >= 0 && (norms[k] === 'the' || MISSION_WORDS.has(norms[k] ?? '') || missionAt(norms, k))) k--;
    if (MISSION_PREPOSITIONS.has(norms[k] ?? '') && !crossed) continue;
    return missionAt(norms, i) ?? missionAt(norms, i - 1) ?? wholeMission(ctx);
  }
  return null;
}

/** The last contributing country a sentence names, for the sentences that refer back to it. */
export function lastCountryIn(norms: readonly string[]): string | null {
  let last: string | null = null;
  for (let i = 0; i < norms.length; i++) last = contingentCountryAt(norms, i)?.country ?? last;
  return last;
}
