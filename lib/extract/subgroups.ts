/**
 * "killing at least 15 people, including two police officers": the 15 are not all civilians.
 * When a count of people (civilians or unknown) is followed by "including N <members of another
 * side>" (« dont un policier », "among them three officers"), that side gets its own N and the rest keeps the remainder, so casualties by side add up
 * to what the sentence says. Applied only where it is unambiguous: one casualty count from the
 * sentence, one "including", a subgroup smaller than the whole, and no count of that side already.
 */
import { CIVILIAN_NOUNS, contingentCountryAt, GANG_NOUNS, MISSION_WORDS, SECURITY_NOUNS } from './lexicon';
import { parseNumberAt } from './numbers';
import type { Affiliation, CasualtyDraft } from './schema';
import { tokenize } from './tokens';
import { wordSet } from './words';

const SPLITTABLE: ReadonlySet<Affiliation> = new Set(['civilian', 'unknown']);

interface Subgroup {
  count: number;
  affiliation: Affiliation;
  country: string | null;
}

/** Police words in either language: "including two police officers", « dont un policier ». */
const POLICE = wordSet(
  'police policemen policeman officers officer policier policiers pnh hnp polisye commissariat',
);
const AND = wordSet('and et ak');
/** What ends an item of a list (not the hyphen of "off-duty" nor the apostrophe of « l'armée »). */
const ITEM_ENDS = new Set([',', ';', '.', ':', '(', ')']);
/** Things a subset may be of, not people: « dont un commissariat de police », "two police cars". */
const THINGS = wordSet(`
  commissariat commissariats station stations vehicule vehicules vehicle vehicles car cars maison
  maisons house houses batiment batiments building buildings truck trucks
`);
/** Verbs that make "dont N policiers …" a clause of its own (« dont deux policiers sont originaires »). */
const VERBS_AFTER = wordSet(
  'sont est etaient etait assuraient assurait ont avaient are were was is had have who qui',
);
const SOLDIERS = wordSet('soldier soldiers soldat soldats militaire militaires');

const DASHES = new Set(['—', '–']);
const TOLL_BEFORE_COLON = wordSet(
  'morts mort blesses tues dead killed injured wounded victims victimes people personnes mouri blese',
);

/** A quick test before a sentence is tokenized to look for a subgroup. */
const MAY_HAVE_SUBGROUP = /including|dont|:|among|parmi|compris|ladan|pami|of them|of whom|[—–]/i;

/**
 * Where the subgroup's count starts: after "including", « dont », « y compris », "among them",
 * « parmi lesquels / eux ». Null unless the sentence has exactly one such word.
 */

function subgroupStart(tokens: ReturnType<typeof tokenize>): number | null {
  const starts: number[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1]?.norm ?? '';
    if (t.norm === 'including' || t.norm === 'dont') starts.push(i + 1);
    // « ont fait 3 morts : un policier et deux bandits », "killed three: a police officer and two gang members"
    // Kreyòl « omwen 8 moun mouri nan atak la : yon polisye, kat sivil ak twa bandi »: the toll a few words before.
    else if (t.text === ':' && tokens.slice(Math.max(0, i - 5), i).some((x) => TOLL_BEFORE_COLON.has(x.norm)))
      starts.push(i + 1);
    // "four people died in the incursion — a boy, his mother, a neighbour and a gang member".
    else if (DASHES.has(t.text) && tokens.slice(Math.max(0, i - 6), i).some((x) => KIND_WORDS.has(x.norm)))
      starts.push(i + 1);
    else if (t.norm === 'among' && next === 'them') starts.push(i + 2);
    else if (t.norm === 'parmi' && /^(?:lesquel(?:le)?s|eux|elles)$/.test(next)) starts.push(i + 2);
    else if (t.norm === 'y' && next === 'compris') starts.push(i + 2);
    // Kreyòl « ladan yo », « pami yo »: among them.
    else if ((t.norm === 'ladan' || t.norm === 'pami') && next === 'yo')
      starts.push(tokens[i + 2]?.norm === 'gen' ? i + 3 : i + 2);
    // "10 people had been killed, two of them police officers", "…, two of whom were soldiers".
    else if (
      t.norm === 'of' &&
      (next === 'them' || next === 'whom') &&
      tokens[i - 2]?.text === ',' &&
      parseNumberAt(tokens, i - 1)?.end === i
    )
      starts.push(i - 1);
  });
  return starts.length === 1 ? (starts[0] ?? null) : null;
}

const KIND_WORDS: ReadonlyMap<string, 'killed' | 'injured' | 'missing'> = new Map([
  ...[
    ...wordSet('killed killing dead died deaths bodies tue tues tuee tuees morts mort deces touye mouri'),
  ].map((w) => [w, 'killed'] as const),
  ...[...wordSet('injured injuring wounded wounding hurt blesse blesses blessee blessees blese')].map(
    (w) => [w, 'injured'] as const,
  ),
  ...[...wordSet('kidnapped abducted missing enleves enlevees disparus kidnape')].map(
    (w) => [w, 'missing'] as const,
  ),
]);

export interface SentenceSubgroup {
  /** The kind of victims it is of: the last word of a kind before "including"; null when none. */
  kind: 'killed' | 'injured' | 'missing' | null;
  /** Where in the sentence it starts (the offset of the word that opens it). */
  offset: number;
  /**
   * The subgroups its list names: "including nine gang members and three police officers".
   * Civilians in the list stay in the remainder; a list item that is no people ends it.
   */
  groups: Subgroup[];
}

/** A sentence's subgroup, read from one tokenization; null when it has none. */
export function readSubgroup(sentence: string): SentenceSubgroup | null {
  if (!MAY_HAVE_SUBGROUP.test(sentence)) return null;
  const tokens = tokenize(sentence);
  const start = subgroupStart(tokens);
  if (start === null) return null;
  let kind: SentenceSubgroup['kind'] = null;
  for (let k = start - 1; k >= 0 && !kind; k--) kind = KIND_WORDS.get(tokens[k]?.norm ?? '') ?? null;
  const groups: Subgroup[] = [];
  for (let i: number | null = start; i !== null; ) {
    const item = subgroupAt(tokens, i, groups.length === 0);
    if (!item) break;
    groups.push(item.sub);
    // « un policier de l'Unité départementale de maintien d'ordre (UDMO) et un assaillant »: past the acronym.
    const close =
      tokens[item.end]?.text === '('
        ? tokens.findIndex((t, k) => k > item.end && k <= item.end + 4 && t.text === ')')
        : -1;
    const end = close > 0 ? close + 1 : item.end;
    const joiner = tokens[end];
    i = joiner && (AND.has(joiner.norm) || joiner.text === ',') ? end + 1 : null;
    if (i !== null && AND.has(tokens[i]?.norm ?? '')) i++;
  }
  return { kind, offset: tokens[start - 1]?.start ?? 0, groups };
}

export const subgroupsIn = (sentence: string): Subgroup[] => readSubgroup(sentence)?.groups ?? [];

function subgroupAt(
  tokens: ReturnType<typeof tokenize>,
  i: number,
  first: boolean,
): { sub: Subgroup; end: number } | null {
  // « une dizaine de policiers » is about ten; « un policier », one; Kreyòl « pami yo de bandi », two.
  const kreyol = first && tokens[i]?.norm === 'de' && tokens[i - 1]?.norm === 'yo';
  const parsed = kreyol ? { value: 2, end: i + 1 } : parseNumberAt(tokens, i);
  const article = ['a', 'an', 'un', 'une', 'yon', 'his', 'her', 'their', 'son', 'sa'].includes(
    tokens[i]?.norm ?? '',
  );
  const number = parsed ?? (article ? { value: 1, end: i + 1 } : null);
  if (!number || !Number.isInteger(number.value) || number.value < 1) return null;
  // « un quartier dont deux policiers sont originaires »: « dont » as "whose", with a verb of its own.
  const after = tokens.slice(number.end).find((t, k) => k > 0 && (ITEM_ENDS.has(t.text) || AND.has(t.norm)));
  const clauseEnd = after ? tokens.indexOf(after) : tokens.length;
  const whose =
    first &&
    tokens[i - 1]?.norm === 'dont' &&
    tokens.slice(number.end, clauseEnd).some((t) => VERBS_AFTER.has(t.norm));
  // "…, and three gang members were arrested": an item with a verb of its own is another clause.
  if (whose || (!first && tokens.slice(number.end, clauseEnd).some((t) => VERBS_AFTER.has(t.norm))))
    return null;
  // The item's own words: not the next item's ("two children and three police officers").
  // "a 16-year-old boy": past the age.
  const aged = /^\d+$/.test(tokens[number.end]?.norm ?? '') && tokens[number.end + 4]?.norm === 'old' ? 5 : 0;
  // « huit membres présumés d'un gang »: the apostrophe is no word of the item.
  const norms = tokens
    .slice(number.end + aged, Math.min(number.end + aged + 8, clauseEnd))
    .filter((t) => t.kind !== 'punct')
    .slice(0, 6)
    .map((t) => t.norm);
  const side = sideOfItem(norms, number.value);
  return side ? { sub: side, end: clauseEnd } : null;
}

function sideOfItem(norms: string[], count: number): Subgroup | null {
  const country = norms.map((_, k) => contingentCountryAt(norms, k)).find((c) => c !== null)?.country ?? null;
  // The people right after the number ("two Kenyan officers", « un policier »), not a thing of
  // theirs (« dont un commissariat de police », "two police cars").
  // "a member of the attacking gang", « un membre de la PNH »: whose member says the side.
  // « huit membres présumés d'un gang »: a participle between.
  const of = (w: string | undefined) => /^(?:of|de|du|des|d)$/.test(w ?? '');
  const memberOf = (k: number) =>
    /^(?:members?|membres?)$/.test(norms[k] ?? '') &&
    (of(norms[k + 1]) || (/^presume/.test(norms[k + 1] ?? '') && of(norms[k + 2])));
  const at = norms.findIndex(
    (w, k) => !memberOf(k) && (SECURITY_NOUNS.has(w) || GANG_NOUNS.has(w) || CIVILIAN_NOUNS.has(w)),
  );
  const noun = norms[at];
  if (!noun || at > 4 || norms.slice(0, at).some((w) => THINGS.has(w))) return null;
  if (noun === 'police' && THINGS.has(norms[at + 1] ?? '')) return null;
  // "three officers' relatives": whoever the item ends with.
  if (norms.slice(at + 1).some((w) => CIVILIAN_NOUNS.has(w)))
    return { count, affiliation: 'civilian', country: null };
  if (GANG_NOUNS.has(noun)) return { count, affiliation: 'gang', country: null };
  if (country || norms.some((w) => MISSION_WORDS.has(w))) return { count, affiliation: 'mss', country };
  if (norms.some((w) => POLICE.has(w))) return { count, affiliation: 'police', country: null };
  if (norms.some((w) => SOLDIERS.has(w))) return { count, affiliation: 'army', country: null };
  return CIVILIAN_NOUNS.has(noun) ? { count, affiliation: 'civilian', country: null } : null;
}

export function splitSubgroups(casualties: CasualtyDraft[]): CasualtyDraft[] {
  const out = [...casualties];
  for (const c of casualties) {
    if (!SPLITTABLE.has(c.affiliation)) continue;
    if (casualties.filter((o) => o.evidence === c.evidence).length !== 1) continue;
    const read = readSubgroup(c.evidence);
    if ((read?.kind ?? c.kind) !== c.kind) continue;
    const subs = (read?.groups ?? []).filter((sub) => !SPLITTABLE.has(sub.affiliation));
    const told = subs.reduce((sum, sub) => sum + sub.count, 0);
    // Parts that are all the whole ("12 people, including nine gang members and three officers")
    // leave no one; a single part as large as the whole is no breakdown.
    if (subs.length === 0 || told > c.count || (subs.length === 1 && told === c.count)) continue;
    if (subs.some((sub) => out.some((o) => o.kind === c.kind && o.affiliation === sub.affiliation))) continue;
    const index = out.indexOf(c);
    if (told < c.count) out[index] = { ...c, count: c.count - told };
    else out.splice(index, 1);
    for (const sub of subs)
      out.push({ ...sub, kind: c.kind, hedge: 'exact', persons: [], evidence: c.evidence });
  }
  return out;
}
