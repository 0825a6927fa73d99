/**
 * Counts with no noun of their own, for the deployment reader (deployments.ts): a noun left out
 * after a figure told before ("… but has fewer than 1,000 in the country"), the plan a strength falls
 * short of ("the 2,500 originally envisioned"), a group's size ("a contingent of 40 is due").
 */
import { countryAt } from './deployment-countries';
import { type Head, isPersonnel } from './deployment-heads';
import type { Tokens } from './deployment-owners';
import { parseNumberAt } from './numbers';
import { normsOf } from './tokens';
import { wordSet } from './words';

const ELIDING_VERBS = wordSet('has have had numbers counts sent deployed');
/** What may follow a count whose noun was left out: "fewer than 1,000 in the country", "400 so far". */
const AFTER_ELIDED = wordSet('in on at there so today now currently');
const PLAN_AFTER = wordSet(
  'originally initially envisioned envisaged planned authorized authorised pledged promised prevus prevues autorises promis otorize',
);
/** "out of an authorised 5,550", "against a planned 2,500", "its authorized 5,550". */
const PLAN_BEFORE = wordSet(
  'authorised authorized planned promised pledged envisioned envisaged mandated intended autorise autorisee autorises prevu prevus otorize',
);
const DETERMINERS = wordSet('the a an its their his her');
const AUXILIARIES = wordSet('had has have te');
/** "its authorised ceiling of 5,550", « un effectif maximal autorisé de 5 550 ». */
const PLAN_NOUNS = wordSet('ceiling strength complement maximum plafond effectif');
const CAPS = wordSet('ceiling maximum plafond maximal');
/** Who may stand between a plan's count and its verb: "the 1,000 President William Ruto pledged", "the 2,500 it was promised". */
const PLAN_TELLERS = wordSet('it they he she was were had has initially originally te an la a its their');
const POSSESSIVES = wordSet('its their');
/** A count that opens a phrase of its own: "the", « les », Kreyòl « sou » ("out of"). */
const PLAN_OPENERS = wordSet('the des les sou');

/**
 * A count that names a plan another count falls short of, with no noun of its own: "out of an
 * authorised 5,550", "well short of the 2,500 it was promised", "out of the 1,000 President William
 * Ruto pledged", "its authorised ceiling of 5,550", « un effectif maximal autorisé de 5 550 », Kreyòl
 * « sou 5 550 Konsèy Sekirite a te otorize ». `start` is where the count begins (its hedge), `end`
 * the token after its number.
 */
function namesPlan(tokens: Tokens, start: number, end: number): 'last' | 'own' | null {
  const norms = normsOf(tokens);
  const before = norms[start - 1] ?? '';
  // "out of an authorised 5,550": the plan of the figure before it.
  if (PLAN_BEFORE.has(before) && DETERMINERS.has(norms[start - 2] ?? '')) return 'last';
  // "…, while the Bahamas has pledged 150", « …, pandan Konsèy la te otorize 5 550 »: the subject's.
  if (PLAN_BEFORE.has(before) && AUXILIARIES.has(norms[start - 2] ?? '')) return 'own';
  if (before === 'of' || before === 'de') {
    const words = norms.slice(Math.max(0, start - 5), start - 1);
    const plan = words.some((w) => PLAN_NOUNS.has(w)) && words.some((w) => PLAN_BEFORE.has(w) || CAPS.has(w));
    // "well below its authorised ceiling of 5,550": the ceiling of the force counted before.
    if (plan) return words.some((w) => POSSESSIVES.has(w)) ? 'last' : 'own';
  }
  // "out of 5,550 authorized by the UN Security Council".
  const opens = PLAN_OPENERS.has(before) || (before === 'of' && norms[start - 2] === 'out');
  if (!opens) return null;
  for (let k = end; k < Math.min(tokens.length, end + 7); k++) {
    if (PLAN_AFTER.has(norms[k] ?? '')) return 'last';
    const t = tokens[k];
    // "the 2,500 its backers had promised": a possessive and its noun.
    const owned = POSSESSIVES.has(norms[k - 1] ?? '') && k - 1 >= end && t?.kind === 'word';
    const teller =
      PLAN_TELLERS.has(norms[k] ?? '') || owned || (t?.kind === 'word' && /^\p{Lu}/u.test(t.text));
    if (!teller) return null;
  }
  return null;
}

/**
 * A count whose noun is the one of a figure before it in the sentence: "was authorized to have
 * 2,500 personnel but has fewer than 1,000 in the country", "Kenya has 400 officers and Jamaica
 * has 200.", "Kenya with 1,000 officers, Jamaica with 200". `start` is where the count begins
 * (its hedge), `end` the token after its number.
 */
export function elidedHead(tokens: Tokens, start: number, end: number, counted: boolean): Head | null {
  const more = moreOf(tokens, start, end, counted);
  if (more) return more;
  if (partOfTotal(tokens, end)) return { noun: end - 1, country: null };
  if (!counted) return null;
  // "well short of the 2,500 originally envisioned", « loin des 2 500 prévus initialement ».
  const plan = namesPlan(tokens, start, end);
  if (plan) return { noun: end - 1, country: null, ...(plan === 'last' ? { ofLast: 'plan' as const } : {}) };
  let k = start - 1;
  if (['only', 'just', 'now'].includes(tokens[k]?.norm ?? '')) k--;
  const next = tokens[end];
  // "Kenya with about 1,000 officers, Jamaica with 200": a country "with" so many.
  const withCountry = tokens[k]?.norm === 'with' && countryAt(normsOf(tokens), k - 1) !== null;
  if (
    (!ELIDING_VERBS.has(tokens[k]?.norm ?? '') && !withCountry) ||
    (next?.kind === 'word' && !AFTER_ELIDED.has(next.norm) && !(withCountry && next.norm === 'and'))
  )
    return null;
  return { noun: end - 1, country: null };
}

/**
 * "has deployed around 2,000 of its authorised 5,550 personnel", « 1 000 sur les 5 550 policiers
 * prévus »: a count whose noun is the one of the total after "of" (`end` is the token after it).
 */
function partOfTotal(tokens: Tokens, end: number): boolean {
  const norms = normsOf(tokens);
  if (norms[end] !== 'of' && norms[end] !== 'sur') return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 5); k++) {
    const n = parseNumberAt(tokens, k);
    if (!n) continue;
    let j = n.end;
    while (j < n.end + 3 && !isPersonnel(norms[j] ?? '') && tokens[j]?.kind === 'word') j++;
    return isPersonnel(norms[j] ?? '');
  }
  return false;
}

const MORE_BEFORE = wordSet('another additional further extra');
/** "has pledged another 150", "to send an additional 200": a verb that sends or promises people. */
const SENDING = wordSet(
  'pledged promised committed send sending sent deploy deploying dispatch dispatching offered',
);
/** What may follow a count of more with no noun: "another 600 expected to …", "an additional 200 in March". */
const AFTER_MORE = wordSet(
  'in by on expected are is were was will would to next later soon this due set who scheduled',
);

/**
 * More of the people told before, their noun left out: "has about 400 officers, with another 600
 * expected to jet out by January", "is expected to send an additional 200 in March" (the figure
 * before's owner), "The Bahamas has pledged another 150" (a sending verb's subject).
 */
function moreOf(tokens: Tokens, start: number, end: number, counted: boolean): Head | null {
  const norms = normsOf(tokens);
  const after = norms[end] === 'more' ? end + 1 : end;
  if (after === end && !MORE_BEFORE.has(norms[start - 1] ?? '')) return null;
  const next = tokens[after];
  if (next?.kind === 'word' && !AFTER_MORE.has(next.norm)) return null;
  if (counted) return { noun: after - 1, country: null, ofLast: 'more' };
  const verb = norms[after === end ? start - (norms[start - 2] === 'an' ? 3 : 2) : start - 1] ?? '';
  return SENDING.has(verb) ? { noun: after - 1, country: null } : null;
}

const GROUP_NOUNS = wordSet('contingent team detachment unit batch group force equipe detachement groupe');
/** What may follow a group's size with no noun: "a contingent of 40 is due", "… of 40 arrived". */
const AFTER_GROUP = wordSet(`
  is are was were will would has have had arrived landed arrives arriving due expected set left
  from to in on at that which who est sont etait doit devrait arrive arrivee arrives arrivera
`);

/**
 * "A Bahamian contingent of 40 is due to arrive": the group before "of" names the people a count
 * with no noun of its own counts. `start` is where the count begins (its hedge), `end` the token
 * after its number; the head is the number's own last token.
 */
export function groupSizeHead(tokens: Tokens, start: number, end: number): Head | null {
  const norms = normsOf(tokens);
  if (!['of', 'de'].includes(norms[start - 1] ?? '') || !GROUP_NOUNS.has(norms[start - 2] ?? '')) return null;
  const next = tokens[end];
  if (next?.kind === 'word' && !AFTER_GROUP.has(next.norm)) return null;
  return { noun: end - 1, country: null };
}
