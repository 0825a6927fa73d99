/**
 * The casualties of one event, from every sentence that reports them. The same death told three
 * times is one death: counts are the largest any sentence gives, not their sum. Within one
 * sentence, "one … while another …" adds up. An injury the person later died of ("succumbed",
 * "died of his injuries") is not also counted as an injury.
 */
import type { CasualtyMention } from './casualties';
import { fillSides, LISTING } from './incident-victims';
import type { CasualtyDraft } from './schema';
import { splitSubgroups } from './subgroups';
import { nextOrdinal, someOfTheCounted, takeOrdinalSide } from './tally-ordinals';
import {
  diedAtOnce,
  isGeneric,
  keyOf,
  mergePersons,
  type Rival,
  reconcileGeneric,
  someOfTold,
  splitOwnSubgroups,
  type Tally,
} from './tally-reconcile';
import { clauseSources } from './toll-sources';
import type { WarningLog } from './warnings';

/**
 * "A woman shot during the attack died of her wounds on Tuesday", after the dead of the event were
 * counted: one more dead, not one of them ("one of them", "the officer" point back at those).
 */
function laterDeath(
  m: CasualtyMention,
  before: Map<string, Tally>,
  earlier: readonly CasualtyMention[],
  upTo: number,
): boolean {
  if (m.kind !== 'killed' || !m.afterInjury || m.phrase.pronoun || m.phrase.definite) return false;
  return !toldAgain(m, earlier, upTo) && [...before.values()].some((t) => t.kind === 'killed');
}

/**
 * « Le chauffeur et un passager ont été tués » then, in a witness's words, « Un passager … a
 * également succombé »: the one passenger told again, neither a second who died later nor one of the
 * wounded. ("The police officer had been hit … and died of his wounds": the one just told, who was
 * wounded first.)
 */
function toldAgain(m: CasualtyMention, earlier: readonly CasualtyMention[], upTo: number): boolean {
  const head = m.phrase.head;
  return (
    m.count === 1 &&
    !m.phrase.definite &&
    head !== null &&
    earlier.some((e, k) => k < upTo && e.kind === 'killed' && e.count === 1 && e.phrase.head === head)
  );
}

/**
 * "ont tué un officier de police" and, in another sentence, "un jeune officier de police kényan":
 * one officer, told the second time with his contingent. A lone police victim told in one sentence
 * and a lone MSS victim of the same kind told in another are the same person.
 */
function sameOfficerTwice(tallies: Map<string, Tally>): void {
  for (const [key, p] of tallies) {
    if (p.affiliation !== 'police' || p.count !== 1 || p.additional) continue;
    const mss = [...tallies.values()].find(
      (m) => m.affiliation === 'mss' && m.kind === p.kind && m.count === 1 && m.evidence !== p.evidence,
    );
    if (mss) tallies.delete(key);
  }
}

/**
 * "killing at least eight people, including two police officers … the deaths of 11 civilians and
 * the two officers": "the two officers", of a side only guessed, are the police officers told; so
 * are « deux agents » of a breakdown whose sentence goes on to a wounded soldier of the mission.
 */
function sameSidesTold(tallies: Map<string, Tally>): void {
  for (const [key, m] of tallies) {
    if (!m.sideInferred || m.affiliation === 'police') continue;
    const told = [...tallies.values()].some(
      (p) =>
        p !== m && !p.sideInferred && p.kind === m.kind && p.count === m.count && p.affiliation === 'police',
    );
    if (told) tallies.delete(key);
  }
}

const SAME_SOURCE = /\b(?:the same source|la même source|menm sous la)\b/iu;

/** The largest count of dead told so far. */
function mostDead(tallies: Map<string, Tally>): Tally | undefined {
  let top: Tally | undefined;
  for (const t of tallies.values()) if (t.kind === 'killed' && (!top || t.count > top.count)) top = t;
  return top;
}

export function tallyCasualties(
  bySentence: Array<{ text: string; from: number; mentions: CasualtyMention[] }>,
  warnings: WarningLog,
): { casualties: CasualtyDraft[]; competing: boolean } {
  const all = fillSides(bySentence.flatMap((s) => s.mentions));
  let competing = false;
  const rivals: Rival[] = [];
  let cursor = 0;
  let lastSource: string | null = null;
  const tallies = new Map<string, Tally>();
  const retold = new Set<CasualtyMention>();
  for (const sentence of bySentence) {
    const upTo = cursor;
    for (const m of all.slice(cursor, cursor + sentence.mentions.length))
      if (m.kind === 'killed' && m.afterInjury && toldAgain(m, all, upTo)) retold.add(m);
    const told = all.slice(cursor, cursor + sentence.mentions.length);
    cursor += sentence.mentions.length;
    // "A woman … died of her wounds Tuesday, raising the death toll to nine": the nine count her (and
    // « deux blessés … ont succombé, portant le bilan à neuf » are no more wounded).
    const revision = told.some((m) => m.revised);
    const mentions = told.filter(
      (m) => !revision || m.revised || (m.kind !== 'killed' && m.kind !== 'injured'),
    );
    const local = new Map<string, Tally>();
    const cues = new Map<string, number>();
    // Who gives the sentence's figures: looked for once, and only when it tells one; per clause
    // when its clauses name different tellers ("…, police said, while the UN said eight").
    const tellings = mentions.filter((m) => m.kind !== 'displaced').length;
    // "Among the dead were a farmer and two teenagers, the mayor said": who they were, not a rival toll.
    // « portant le bilan à neuf morts selon la même source »: the teller of the sentence before.
    const sourceOf = SAME_SOURCE.test(sentence.text)
      ? () => lastSource
      : tellings > 0 && !LISTING.test(sentence.text)
        ? clauseSources(sentence, tellings)
        : () => null;
    for (const told of mentions) {
      if (told.kind === 'displaced') continue;
      // The kidnapped are missing until they are freed or found: one claim kind, as ACLED and the editors count them.
      const kind: CasualtyDraft['kind'] = told.kind === 'kidnapped' ? 'missing' : told.kind;
      const m = { ...told, kind };
      const source = sourceOf(m.cueStart);
      const key = `${keyOf(m)}|${source ?? ''}`;
      const t = local.get(key);
      if (!t) {
        local.set(key, {
          ...m,
          laterDeath: laterDeath(m, tallies, all, upTo),
          generic: isGeneric(m),
          kind: m.kind,
          persons: [...m.persons],
          evidence: sentence.text,
          source,
        });
        cues.set(key, m.cueStart);
        continue;
      }
      // "another officer", and the groups one cue names ("a missionary and her two children"), add up.
      if (t.affiliation === 'unknown') t.affiliation = m.affiliation;
      if (m.phrase.another || cues.get(key) === m.cueStart) t.count += m.count;
      else if (nextOrdinal(t, m.phrase.ordinal)) t.count = m.phrase.ordinal as number;
      else if (m.count > t.count) {
        t.count = m.count;
        t.hedge = m.hedge;
      }
      mergePersons(t.persons, m.persons);
    }
    splitOwnSubgroups(local, sentence);
    lastSource = [...local.values()].find((t) => t.source)?.source ?? lastSource;
    for (const t of local.values()) {
      takeOrdinalSide(t, tallies);
      const key = keyOf(t);
      // "…the toll rose to five", of no side: the count of the event's dead it tells anew.
      const total =
        tallies.get(key) ?? (t.revised && t.affiliation === 'unknown' ? mostDead(tallies) : undefined);
      if ((!total && someOfTold(t, tallies)) || someOfTheCounted(t, tallies)) continue;
      if (!total) {
        tallies.set(key, t);
        continue;
      }
      if (
        t.hedge === 'exact' &&
        total.hedge === 'exact' &&
        t.count !== total.count &&
        t.count > 1 &&
        total.count > 1
      ) {
        competing = true;
        warnings.add(
          'conflicting_figures',
          `The report gives two counts of ${t.kind} (${t.affiliation}) for one event: ${total.count} and ${t.count}; the larger is kept.`,
          `${total.evidence} … ${t.evidence}`,
        );
      }
      if (total.affiliation === 'unknown') total.affiliation = t.affiliation;
      // "…bringing the toll to 20": the count told anew replaces the one before, whoever told it.
      if (t.revised) {
        Object.assign(total, {
          count: t.count,
          hedge: t.hedge,
          evidence: t.evidence,
          source: t.source ?? total.source,
        });
        continue;
      }
      // The headline's « au moins 9 morts », then the police's nine told with their breakdown: what
      // the breakdown leaves, on the police's word.
      if (t.split && t.whole === total.count && !total.source) {
        Object.assign(total, { ...t, persons: total.persons });
        mergePersons(total.persons, t.persons);
        continue;
      }
      // The same count, now told by someone: theirs ("six dead" in the lead, "six, the PNH said").
      if (!total.source && t.source && t.count === total.count) total.source = t.source;
      // « Une vingtaine de personnes … Selon la police, 19 personnes »: the report's round count
      // gives way to the count a teller gives.
      if (!total.source && t.source && total.hedge === 'about' && !t.additional) {
        Object.assign(total, { count: t.count, hedge: t.hedge, source: t.source, evidence: t.evidence });
        continue;
      }
      if (diedAtOnce(t, total)) continue;
      // Two sources quoted for one toll ("28, said the police spokesman … about forty, said the
      // RNDDH"): both kept, attributed, the one the report leads with first.
      if (t.source && total.source && t.source !== total.source && t.count !== total.count && !t.additional) {
        competing = true;
        // A rival toll counts the same victims: "une vingtaine de morts" are the 15 people's side.
        if (t.affiliation === 'unknown')
          Object.assign(t, { affiliation: total.affiliation, country: total.country });
        rivals.push({ key, tally: t });
        continue;
      }
      // "killing at least four officers … A fourth officer … died Tuesday": one of the four, already counted.
      if (t.phrase.ordinal !== undefined && t.phrase.ordinal <= total.count && t.count === 1) continue;
      // "… killing eight people. A woman shot during the attack died of her wounds on Tuesday": nine.
      if (t.laterDeath) {
        total.count += t.count;
        mergePersons(total.persons, t.persons);
        continue;
      }
      // "Two officers were killed … A third officer later died": three.
      if (nextOrdinal(total, t.phrase.ordinal)) {
        total.count = t.phrase.ordinal as number;
        continue;
      }
      // "le décès de 9 blessés supplémentaires": more victims than those counted before, added.
      if (t.additional && !total.additional && t.generic) {
        total.count += t.count;
        mergePersons(total.persons, t.persons);
        continue;
      }
      if (t.count > total.count)
        Object.assign(total, {
          count: t.count,
          hedge: t.hedge,
          evidence: t.evidence,
          additional: t.additional,
        });
      mergePersons(total.persons, t.persons);
    }
  }
  sameSidesTold(tallies);
  if (reconcileGeneric(tallies, rivals)) competing = true;
  sameOfficerTwice(tallies);
  // The wounded who died of their wounds, not all the dead of their side.
  const diedOfWounds = all.filter((m) => m.kind === 'killed' && m.afterInjury && !retold.has(m));
  for (const t of tallies.values()) {
    // "He was hit and died. Two of his colleagues were wounded", "Two other Kenyan officers sustained
    // minor injuries": the wounded are others than him.
    if (t.kind !== 'injured' || t.colleagues || t.additional || diedOfWounds.length === 0) continue;
    // "…had treated nine people … Two of them later died": some of the people, now of their side.
    const key = keyOf({
      ...t,
      kind: 'killed',
      generic: t.generic && !diedOfWounds.some((m) => m.phrase.pronoun),
    });
    const died = tallies.get(key);
    const n = diedOfWounds
      .filter((m) => keyOf({ ...m, generic: isGeneric(m) }) === key)
      .reduce((k, m) => k + m.count, 0);
    if (died) t.count -= Math.min(n, died.count);
  }
  const toDraft = (t: Tally, attributed: boolean): CasualtyDraft => ({
    kind: t.kind,
    count: t.count,
    hedge: t.hedge,
    affiliation: t.affiliation,
    country: t.country,
    persons: t.persons,
    evidence: t.evidence,
    ...(attributed ? { attribution: t.source } : {}),
  });
  const drafts: CasualtyDraft[] = [...tallies.entries()]
    .filter(([, t]) => t.count > 0)
    .flatMap(([key, t]) => {
      const others = rivals.filter((r) => r.key === key && r.tally.count > 0).map((r) => r.tally);
      return [toDraft(t, others.length > 0), ...others.map((o) => toDraft(o, true))];
    });
  return { casualties: splitSubgroups(drafts), competing };
}
