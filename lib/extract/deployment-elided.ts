/**
 * Counts with no noun of their own, for the deployment reader (deployments.ts): a noun left out
 * after a figure told before ("… but has fewer than 1,000 in the country"), the plan a strength falls
 * short of ("the 2,500 originally envisioned"), a group's size ("a contingent of 40 is due").
 */
import { countryAt } from './deployment-countries';
import type { Head } from './deployment-heads';
import type { Tokens } from './deployment-owners';
import { normsOf } from './tokens';
import { wordSet } from './words';

const ELIDING_VERBS = wordSet('has have had numbers counts sent deployed');
/** What may follow a count whose noun was left out: "fewer than 1,000 in the country", "400 so far". */
const AFTER_ELIDED = wordSet('in on at there so today now currently');
const PLAN_AFTER = wordSet(
  'originally initially envisioned envisaged planned authorized authorised pledged promised prevus prevues autorises promis',
);

/**
 * A count whose noun is the one of a figure before it in the sentence: "was authorized to have
 * 2,500 personnel but has fewer than 1,000 in the country", "Kenya has 400 officers and Jamaica
 * has 200.", "Kenya with 1,000 officers, Jamaica with 200". `start` is where the count begins
 * (its hedge), `end` the token after its number.
 */
export function elidedHead(tokens: Tokens, start: number, end: number, counted: boolean): Head | null {
  if (!counted) return null;
  // "well short of the 2,500 originally envisioned", « loin des 2 500 prévus initialement ».
  const planned =
    PLAN_AFTER.has(tokens[end]?.norm ?? '') && ['the', 'des', 'les'].includes(tokens[start - 1]?.norm ?? '');
  if (planned) return { noun: end - 1, country: null, ofFirst: true };
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
