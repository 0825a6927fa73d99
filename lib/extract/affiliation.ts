/**
 * Which side a casualty was on. The phrase itself decides first ("Kenyan police officer",
 * "gang member", "civilians"), then the words around it ("from the Kenyan contingent"), then
 * what the whole article is about: a bare "officer" in a story about the Kenyan contingent is
 * one of theirs; in a story about the Haitian police it is a Haitian officer.
 */

import {
  AGENT_TRADES,
  ARMED,
  ARMY_WORDS,
  FORCE_WORDS,
  GANG_TITLES,
  GERUND_TOLLS,
  GUARD_UNITS,
  GUARD_WORDS,
  HAITIAN_FR,
  kinBefore,
  MEMBER_WORDS,
  OF_WORDS,
  ownClause,
  POLICE_WORDS,
  PRISON_WORDS,
  policeTell,
  policeTeller,
  RANKS,
  SOLDIER_WORDS,
} from './affiliation-words';
import { antecedent, ownerOf } from './antecedent';
import type { DocContext } from './doc-context';
import {
  CIVILIAN_GROUPS,
  CIVILIAN_NOUNS,
  contingentCountryAt,
  GANG_NOUNS,
  MISSION_WORDS,
  PERSON_NOUNS,
  SECURITY_NOUNS,
} from './lexicon';
import { isHeadNoun } from './phrase-words';
import type { NounPhrase } from './read-phrase';
import type { Affiliation } from './schema';

import { normsOf, type Token } from './tokens';

export interface Side {
  affiliation: Affiliation;
  country: string | null;
  /** Taken from what the whole article is about, not from the phrase or its clause. */
  inferred?: boolean;
}

function countryIn(norms: readonly string[], from: number, to: number): string | null {
  for (let i = Math.max(0, from); i < Math.min(norms.length, to); i++) {
    const c = contingentCountryAt(norms, i);
    if (c) return c.country;
  }
  return null;
}

/** Haiti's armed forces: "FAd'H", "Haitian soldiers", "the Haitian army", "the Armed Forces of Haiti". */
function hasHaitianArmy(norms: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(norms.length, to); i++) {
    const w = norms[i];
    if (w === 'fadh' || (w === 'fad' && norms[i + 2] === 'h')) return true;
    if (w === 'haitian' && ['soldier', 'soldiers', 'army', 'military', 'troops'].includes(norms[i + 1] ?? ''))
      return true;
    // "soldats haïtiens", "l'armée haïtienne", "Forces armées d'Haïti".
    if (
      HAITIAN_FR.has(w ?? '') &&
      ['soldat', 'soldats', 'armee', 'militaires', 'militaire'].includes(norms[i - 1] ?? '')
    )
      return true;
    if (w === 'forces' && norms[i + 1] === 'armees' && norms.slice(i + 2, i + 5).includes('haiti'))
      return true;
    if (
      w === 'armed' &&
      norms[i + 1] === 'forces' &&
      (norms[i + 3] === 'haiti' || norms[i - 1] === 'haitian')
    )
      return true;
  }
  return false;
}

function hasHaitianForce(norms: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(norms.length, to); i++) {
    const w = norms[i];
    if (w === 'pnh' || w === 'hnp' || w === 'fadh') return true;
    // "la police nationale", "des policiers haïtiens", "agents de la police haïtienne".
    if (w === 'police' && (norms[i + 1] === 'nationale' || HAITIAN_FR.has(norms[i + 1] ?? ''))) return true;
    if (
      HAITIAN_FR.has(w ?? '') &&
      ['policiers', 'policier', 'agents', 'policieres'].includes(norms[i - 1] ?? '')
    )
      return true;
    if (
      w === 'haitian' &&
      ['police', 'national', 'officer', 'officers', 'soldier', 'soldiers', 'army'].includes(
        norms[i + 1] ?? '',
      )
    ) {
      return true;
    }
  }
  return false;
}

function hasMissionWord(norms: readonly string[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(norms.length, to); i++)
    if (MISSION_WORDS.has(norms[i] ?? '')) return true;
  return false;
}

function securitySide(
  norms: readonly string[],
  from: number,
  to: number,
  ctx: DocContext,
  named = false,
): Side {
  const own = countryIn(norms, from, to);
  if (own && own !== 'Haiti') return { affiliation: 'mss', country: own };
  if (hasHaitianArmy(norms, from, to)) return { affiliation: 'army', country: null };
  if (hasHaitianForce(norms, from, to)) return { affiliation: 'police', country: null };
  if (hasMissionWord(norms, from, to)) {
    return { affiliation: 'mss', country: countryIn(norms, from - 10, to + 10) ?? ctx.dominantCountry };
  }
  const [lo, hi] = ownClause(norms, from, to);
  // "Gunmen ambushed a Kenyan patrol …, wounding two officers": the officers of the unit attacked.
  const attacked = GERUND_TOLLS.has(norms[lo - 1] ?? '') ? ownClause(norms, lo - 2, lo - 1)[0] : lo;
  const near = countryIn(norms, lo, hi) ?? countryIn(norms, attacked, lo);
  if (near && near !== 'Haiti') return { affiliation: 'mss', country: near };
  if (hasHaitianArmy(norms, lo, hi)) return { affiliation: 'army', country: null };
  if (hasHaitianForce(norms, lo, hi)) return { affiliation: 'police', country: null };
  // "a police officer", "two policemen" with no contingent or mission in their own sentence are
  // Haiti's police: what other sentences say of Kenyan officers does not make them Kenyan.
  // A named officer ("Police Constable Samuel Kaetuai") in a story about a contingent is one of theirs.
  if (
    !named &&
    norms.slice(Math.max(0, from), to).some((w) => POLICE_WORDS.has(w)) &&
    !hasMissionWord(norms, lo, hi)
  )
    return { affiliation: 'police', country: null };
  // "A soldier was killed", « deux militaires »: Haiti's soldiers are its army, not its police.
  const soldiers = norms.slice(Math.max(0, from), to).some((w) => SOLDIER_WORDS.has(w));
  // "Separately, police said two officers were shot": officers of another story the police tell of.
  if (!soldiers && (policeTell(norms, lo, hi) || policeTeller(norms)))
    return { affiliation: 'police', country: null, inferred: true };
  // "A soldier was shot" in a story about Kenya's police officers: not one of theirs.
  if (ctx.mssFocus && !(soldiers && ctx.dominantIsPolice))
    return { affiliation: 'mss', country: ctx.dominantCountry, inferred: true };
  return { affiliation: soldiers ? 'army' : 'police', country: null, inferred: true };
}

function sideOfWord(
  norms: readonly string[],
  head: number,
  from: number,
  to: number,
  ctx: DocContext,
  named = false,
): Side | null {
  const w = norms[head] ?? '';
  const span = norms.slice(Math.max(0, from), to);
  const gangWord = span.includes('gang') || span.includes('gangs');
  if ((GANG_NOUNS.has(w) && !GANG_TITLES.has(w)) || (gangWord && GANG_TITLES.has(w))) {
    return { affiliation: 'gang', country: null };
  }
  // « deux agents de santé », « un agent de sécurité »: a trade, not the police's agents.
  if (
    (w === 'agent' || w === 'agents') &&
    norms[head + 1] === 'de' &&
    AGENT_TRADES.has(norms[head + 2] ?? '')
  )
    return { affiliation: 'civilian', country: null };
  // "hommes armés", "individus armés", "armed men": gunmen.
  if (CIVILIAN_NOUNS.has(w) && (ARMED.has(norms[head + 1] ?? '') || ARMED.has(norms[head - 1] ?? '')))
    return { affiliation: 'gang', country: null };
  // "two prison guards", "guards at the prison", « des gardiens de la prison civile », "the coast
  // guard": the prison service, coast guard and presidential guard are units of the PNH.
  if (
    GUARD_WORDS.has(w) &&
    (norms.some((x) => PRISON_WORDS.has(x)) || GUARD_UNITS.has(norms[head - 1] ?? ''))
  )
    return { affiliation: 'police', country: null };
  // "two army engineers", "combat engineers of the Salvadoran contingent": a trade within a force.
  if (CIVILIAN_NOUNS.has(w) && span.some((x) => ARMY_WORDS.has(x)))
    return { affiliation: 'army', country: null };
  if (CIVILIAN_NOUNS.has(w) && hasMissionWord(norms, from, to)) return securitySide(norms, from, to, ctx);
  if (CIVILIAN_NOUNS.has(w) && !span.includes('police')) return { affiliation: 'civilian', country: null };
  if ((w === 'member' || w === 'members') && CIVILIAN_GROUPS.has(norms[head - 1] ?? ''))
    return { affiliation: 'civilian', country: null };
  // "members of a political party", « membres d'une église »: whose members they are decides.
  if (MEMBER_WORDS.has(w)) return membersOf(norms, head, from, ctx);
  if (SECURITY_NOUNS.has(w)) return securitySide(norms, from, to, ctx, named);
  return null;
}

/** Gangs by name or kind: "the Gran Grif gang", « la coalition Viv Ansanm » (a church group is no gang). */
const GANG_GROUP = new Set(['gang', 'gangs', 'viv', 'ansanm', 'grif', 'mawozo', 'segonn']);

/**
 * Members of what: a force or the mission ("members of the PNH") are theirs; any other group named
 * ("of a political party", « d'une église », « de la presse ») are civilians; none named, null.
 */
function membersOf(norms: readonly string[], head: number, from: number, ctx: DocContext): Side {
  const force = (lo: number, hi: number) =>
    hasMissionWord(norms, lo, hi) ||
    hasHaitianForce(norms, lo, hi) ||
    hasHaitianArmy(norms, lo, hi) ||
    countryIn(norms, lo, hi) !== null ||
    norms.slice(Math.max(0, lo), hi).some((w) => FORCE_WORDS.has(w) || POLICE_WORDS.has(w));
  // "two MSS members", "Kenyan members": the words before say whose; bare "six members", nobody's.
  if (!OF_WORDS.has(norms[head + 1] ?? ''))
    return force(from, head)
      ? securitySide(norms, from, head + 1, ctx)
      : { affiliation: 'unknown', country: null };
  if (force(head + 2, head + 7)) return securitySide(norms, head, head + 7, ctx);
  // "members of the Gran Grif armed group", « de la coalition Viv Ansanm »: a gang.
  const of = norms.slice(head + 2, head + 7);
  const armedGroup = of.some(
    (w, k) =>
      ((w === 'armed' || w === 'arme' || w === 'armes') &&
        (of[k + 1] === 'group' || of[k - 1] === 'groupe')) ||
      GANG_GROUP.has(w),
  );
  if (armedGroup) return { affiliation: 'gang', country: null };
  return { affiliation: 'civilian', country: null };
}

/** The side implied by the words in [from, to) when they name the mission or a force ("the mission suffered"). */
export function sideAround(tokens: Token[], from: number, to: number, ctx: DocContext): Side | null {
  const norms = normsOf(tokens);
  const window = norms.slice(Math.max(0, from), to);
  if (!window.some((w) => MISSION_WORDS.has(w) || SECURITY_NOUNS.has(w))) return null;
  return securitySide(norms, from, to, ctx);
}

/** The side of the people a phrase names, or 'unknown'. */
export function sideOf(tokens: Token[], np: NounPhrase, ctx: DocContext): Side {
  const norms = normsOf(tokens);
  if (np.pronoun) {
    const a = antecedent(norms, np.tokStart);
    if (a === null) return { affiliation: 'unknown', country: null };
    return sideOfWord(norms, a, a - 5, a + 1, ctx) ?? { affiliation: 'unknown', country: null };
  }
  let head = -1;
  for (let i = np.tokEnd - 1; i >= np.tokStart; i--) {
    if (isHeadNoun(tokens, i)) {
      head = i;
      break;
    }
  }
  // "two children of a police officer", « la femme d'un policier »: the relatives are the people.
  const kin = head >= 0 ? kinBefore(norms, np.tokStart, head) : -1;
  if (kin >= 0) return { affiliation: 'civilian', country: null };
  if (head >= 0)
    return (
      sideOfWord(norms, head, np.tokStart, np.tokEnd, ctx, np.persons.length > 0) ?? {
        affiliation: 'unknown',
        country: null,
      }
    );
  // « des affrontements avec les policiers, dont deux ont été blessés »: some of those before « dont ».
  const dont = [np.tokStart, np.tokStart - 1].find((k) => norms[k] === 'dont');
  const whose = head < 0 && dont !== undefined ? antecedent(norms, dont) : null;
  const named = whose === null ? null : sideOfWord(norms, whose, whose - 5, whose + 1, ctx);
  if (named) return named;
  // "…and lost one of their own": the people of the clause's subject.
  const owner = ownerOf(norms, np.tokStart, np.tokEnd);
  if (owner >= 0)
    return (
      sideOfWord(norms, owner, owner - 3, owner + 1, ctx) ??
      (FORCE_WORDS.has(norms[owner] ?? '') ? securitySide(norms, owner - 3, owner + 1, ctx) : UNKNOWN_SIDE)
    );
  // A name with a rank ("PC Samuel Kaetuai") or a nationality noun ("two Kenyans").
  if (np.persons.length > 0 && norms.slice(np.tokStart, np.tokEnd).some((w) => RANKS.has(w)))
    return securitySide(norms, np.tokStart, np.tokEnd, ctx, true);
  // A name with its title ("Pastor Jean Pierre", "journalist Marie Dupont"): the title's side.
  const title = np.persons.length > 0 ? titleBefore(norms, np.tokStart, np.tokEnd) : -1;
  if (title >= 0) return sideOfWord(norms, title, np.tokStart, np.tokEnd, ctx, true) ?? UNKNOWN_SIDE;
  // "Two Kenyans": the mission's, in a story about it; otherwise nationals of some side, and a
  // country belongs to an MSS contingent only.
  const demonym = countryIn(norms, np.tokStart, np.tokEnd);
  if (demonym)
    return ctx.mssFocus
      ? { affiliation: 'mss', country: demonym }
      : { affiliation: 'unknown', country: null };
  return { affiliation: 'unknown', country: null };
}

const UNKNOWN_SIDE: Side = { affiliation: 'unknown', country: null };

/** The last person noun in [from, to), read as a title before a name. */
function titleBefore(norms: readonly string[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (PERSON_NOUNS.has(norms[i] ?? '')) return i;
  return -1;
}
