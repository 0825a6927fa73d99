/** Word lists the side of a casualty is read from (affiliation.ts): folded, one word each. */
import { CIVILIAN_NOUNS } from './lexicon';
import type { Affiliation } from './schema';
import type { Token } from './tokens';
import { wordSet } from './words';

/** Titles that are a gang member's only with "gang" beside them. */
export const GANG_TITLES = wordSet(`
  leader leaders chief boss member members membre membres element elements soldier soldiers soldat soldats
`);

/** "haïtien(ne)(s)": a Haitian force in French. */
export const HAITIAN_FR = wordSet(`
  haitien haitiens haitienne haitiennes
`);

/** Words that end the stretch around a phrase that still speaks of the same people. */
export const CLAUSE_BREAKS = wordSet(`
  , ; : . and but while whereas as after before et mais tandis alors apres avant ak
`);

/** Casualty words (English, French) that end a phrase's own clause too. */
export const VICTIM_VERBS = wordSet(`
  killed injured wounded dead died shot hurt missing tue tues tuee tuees blesse blesses morts mort abattus abattu disparu disparus
`);

/** Ranks that make a named person one of a security force ("PC Samuel Kaetuai"); a bare name does not. */
export const RANKS = wordSet(`
  constable pc corporal cpl sergeant sgt inspector officer commander superintendent private pte captain capt lieutenant lt major commissioner agent police soldier trooper policier inspecteur commissaire sergent caporal capitaine soldat
`);

/** Words for police officers (English, French, Kreyòl). */
export const POLICE_WORDS = wordSet(`
  police policeman policemen policewoman policewomen cop cops policier policiers policiere policieres polis polisye
`);

/** "hommes armés", "armed men": gunmen. */
export const ARMED = wordSet(`
  arme armes armed ame
`);

/** People of no stated side and civilians are one side when victims are compared ("eight people" = five civilians and three). */
export const victimSide = (c: { affiliation: Affiliation }) =>
  c.affiliation === 'unknown' ? 'civilian' : c.affiliation;

/** Guards, who are police where they guard a prison (its service is a directorate of the PNH). */
export const GUARD_WORDS = wordSet('guard guards gardien gardiens');
export const PRISON_WORDS = wordSet('prison prisons penitentiary penitentiaire penitencier jail');
export const GUARD_UNITS = wordSet('coast presidential national palace');

/** Forces and units whose members are security forces: "the Haitian army", "the UDMO", "the SWAT team", "the coast guard". */
export const FORCE_WORDS = wordSet(
  'army armee fadh udmo swat cat bim cimo guard garde unit unite forces military militaire',
);

/** Soldiers: Haiti's are its army, not its police. */
export const SOLDIER_WORDS = wordSet('soldier soldiers troops militaire militaires soldat soldats sòlda');

export const MEMBER_WORDS = wordSet('member members membre membres');
export const OF_WORDS = wordSet('of de du des d');

/** A civilian person noun before an "of" that leads to `head` ("the children of a police officer"). */
export function kinBefore(norms: readonly string[], from: number, head: number): number {
  for (let k = head - 1; k > from; k--) {
    if (!OF_WORDS.has(norms[k] ?? '')) continue;
    const w = norms[k - 1] ?? '';
    return CIVILIAN_NOUNS.has(w) && !MEMBER_WORDS.has(w) && w !== 'people' && w !== 'personnes' ? k - 1 : -1;
  }
  return -1;
}

const TELLING = new Set(['said', 'says', 'told', 'reported', 'selon', 'according']);
const SEPARATELY = new Set(['separately', 'separate', 'elsewhere', 'ailleurs', 'separement']);
/** "Separately, police said two officers were shot": the police tell of officers of another story. */
export const policeTell = (norms: readonly string[], lo: number, hi: number) =>
  norms.some((w) => SEPARATELY.has(w)) &&
  norms
    .slice(Math.max(0, lo), hi)
    .some(
      (w, k, a) =>
        w === 'police' &&
        (TELLING.has(a[k + 1] ?? '') || TELLING.has(a[k - 1] ?? '') || TELLING.has(a[k - 2] ?? '')),
    );

/** "…, a police spokesman said"; "A police union said three officers had died": its members. */
const POLICE_VOICES = wordSet('spokesman spokeswoman spokesperson union unions');

/**
 * "…, a police spokesman said", « selon le porte-parole de la PNH »: the sentence's teller speaks
 * for Haiti's police, whose "officers" are its own ("Police said two officers …" may tell of others).
 */
export const policeTeller = (norms: readonly string[]) =>
  norms.some(
    (w, k) =>
      ((w === 'police' || w === 'pnh' || w === 'hnp') && POLICE_VOICES.has(norms[k + 1] ?? '')) ||
      (w === 'parole' && (norms[k + 3] === 'pnh' || norms[k + 3] === 'police')) ||
      // « le syndicat des policiers », « un syndicat de la PNH ».
      (w === 'syndicat' &&
        [norms[k + 2], norms[k + 3]].some((n) => /^(?:policiers|police|pnh)$/.test(n ?? ''))),
  );

/** Haiti's army, named: a trade within it is a soldier's ("two army engineers"). */
export const ARMY_WORDS = wordSet('army armee fadh military militaire militaires');

/** "… they accused of belonging to the X gang", "… suspected of being gang members", « accusés d'appartenir à un gang ». */
export function accusedOfGang(tokens: Token[], at: number): boolean {
  let k = at;
  // "four people whom a police source described as members of the Brooklyn gang".
  while (k < at + 7 && !ACCUSED.has(tokens[k]?.norm ?? '')) k++;
  // "accused by the gang of …": the gang accuses, the people are not its own.
  if (k === at + 7 || tokens[k + 1]?.norm === 'by' || tokens[k + 1]?.norm === 'par') return false;
  let member = false;
  for (let j = k + 1; j < k + 10 && j < tokens.length; j++) {
    const w = tokens[j]?.norm ?? '';
    if (w === '.' || w === ';' || w === ',') return false;
    if (MEMBERSHIP.has(w)) member = true;
    // "of belonging to the X gang", not "of supporting a rival gang" nor "of informing on the gang".
    if (GANG_WORDS.has(w)) return member;
  }
  return false;
}
const ACCUSED = wordSet(`
  accused suspected accuses soupconnes soupconnees accusees described identified presented believed
  decrits presentes
`);
const MEMBERSHIP = wordSet('belonging being members member appartenir appartenant membres membre affiliated');
const GANG_WORDS = wordSet('gang gangs bandits bandit gangster gangsters');

/** "…, wounding two officers": a toll told after the attack, whose people are the ones it hit. */
export const GERUND_TOLLS = new Set(['wounding', 'killing', 'injuring']);

/**
 * Up to eight words either side of a phrase, stopping where another clause or another group of
 * people begins: "killing two police officers and injuring three Kenyan officers" — the Kenyans are
 * not the police officers.
 */
export function ownClause(norms: readonly string[], from: number, to: number): [number, number] {
  let lo = from;
  // Backwards a comma does not end it: "As far as Kenyan casualties are concerned, two officers …".
  while (lo > 0 && from - lo < 8 && (norms[lo - 1] === ',' || !isBreak(norms[lo - 1] ?? ''))) lo--;
  let hi = to;
  while (hi < norms.length && hi - to < 8 && !isBreak(norms[hi] ?? '')) hi++;
  return [lo, hi];
}

function isBreak(w: string): boolean {
  return CLAUSE_BREAKS.has(w) || VICTIM_VERBS.has(w) || (w.length > 5 && w.endsWith('ing'));
}

/** « agents de santé », « agent de sécurité »: trades whose « agents » are not the police's. */
export const AGENT_TRADES = wordSet(
  'sante securite voirie entretien nettoyage terrain proximite vaccination',
);
