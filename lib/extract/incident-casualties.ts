/**
 * The casualties of one event, from every sentence that reports them. The same death told three
 * times is one death: counts are the largest any sentence gives, not their sum. Within one
 * sentence, "one … while another …" adds up. An injury the person later died of ("succumbed",
 * "died of his injuries") is not also counted as an injury.
 */
import type { CasualtyMention } from './casualties';
import { FORCES_KILLED, fillSides, LISTING } from './incident-victims';
import type { Affiliation, CasualtyDraft, Person } from './schema';
import { splitSubgroups } from './subgroups';
import { clauseSources } from './toll-sources';
import type { WarningLog } from './warnings';

interface Tally {
  phrase: CasualtyMention['phrase'];
  toll?: boolean;
  /** Told as "people", "persons": possibly the same victims another sentence names by side. */
  generic: boolean;
  byGangs?: boolean;
  additional: boolean;
  kind: CasualtyDraft['kind'];
  affiliation: Affiliation;
  country: string | null;
  count: number;
  hedge: CasualtyDraft['hedge'];
  persons: Person[];
  evidence: string;
  /** Who the sentence says gives the figure ("police", "RNDDH", "UN"), when it names a known source. */
  source: string | null;
  /** Someone new who died of wounds after the dead the sentences before counted. */
  laterDeath?: boolean;
}

/**
 * "A woman shot during the attack died of her wounds on Tuesday", after the dead of the event were
 * counted: one more dead, not one of them ("one of them", "the officer" point back at those).
 */
function laterDeath(m: CasualtyMention, before: Map<string, Tally>): boolean {
  if (m.kind !== 'killed' || !m.afterInjury || m.phrase.pronoun || m.phrase.definite) return false;
  return [...before.values()].some((t) => t.kind === 'killed');
}

interface Rival {
  key: string;
  tally: Tally;
}

// "54 décès" (no side) and "54 personnes tuées" (people): one count of people, whatever the side says.
const keyOf = (c: { kind: string; affiliation: string; country: string | null; generic?: boolean }) =>
  isGeneric(c) ? `${c.kind}|generic` : `${c.kind}|${c.affiliation}|${c.country ?? ''}`;

const isGeneric = (c: { affiliation: string; generic?: boolean }) =>
  c.generic === true && (c.affiliation === 'civilian' || c.affiliation === 'unknown');

/**
 * "At least three people were killed" and, later, "two journalists and a police officer were
 * shot dead": the people are those victims told by side. A count of people is kept only for what
 * the counts by side do not account for; victims told as more ("also", "other") are not a breakdown.
 */
function reconcileGeneric(tallies: Map<string, Tally>, rivals: Rival[]): boolean {
  let competing = false;
  for (const [key, g] of tallies) {
    if (!g.generic || g.additional) continue;
    let named = 0;
    let lead: [string, Tally] | null = null;
    let rival = g.source !== null;
    const parts: string[] = [];
    const counted = [...tallies.values()].filter(
      (t) => !t.generic && !t.additional && !t.laterDeath && t.kind === g.kind,
    );
    // "At least 7 people died. Police said they killed 3 bandits": gang dead told apart are not
    // among the people, unless the sides told add up to them ("… five gang members and three officers died").
    const apart = (t: Tally) =>
      t.affiliation === 'gang' &&
      t.evidence !== g.evidence &&
      !t.phrase.definite &&
      FORCES_KILLED.test(t.evidence);
    const addsUp = counted.reduce((n, t) => n + t.count, 0) === g.count;
    for (const [k, t] of tallies) {
      if (!counted.includes(t) || (apart(t) && !addsUp)) continue;
      // "Gangs killed 50 people … police killed three of the assailants": not among the 50.
      if (g.byGangs && t.affiliation === 'gang') continue;
      named += t.count;
      parts.push(k);
      if (!lead || t.count > lead[1].count) lead = [k, t];
      if (!t.source || t.source === g.source) rival = false;
    }
    if (named === 0) continue;
    // "six residents, police said" and "nine people, the UN said": two sources' tolls for the same
    // victims, not a breakdown. Victims told by several sides stay a breakdown of the people.
    // A count of people rivals a count of the same people: civilians against civilians, never a
    // named person ("Pastor X … three people") nor another side's dead ("two officers … nine dead").
    const same =
      lead &&
      lead[1].count === named &&
      lead[1].count > 1 &&
      lead[1].persons.length === 0 &&
      // "…put the toll at eight": a bare toll of no side counts the lead's people.
      // "The police said 12 civilians were killed. The RNDDH said 19 had been killed": another
      // teller's count of no side is a rival count of the civilians.
      (lead[1].affiliation === g.affiliation ||
        (g.affiliation === 'unknown' && (g.toll === true || (rival && lead[1].affiliation === 'civilian'))));
    if (rival && lead && same && g.count !== named) {
      const { affiliation, country } = lead[1];
      rivals.push({ key: lead[0], tally: { ...g, affiliation, country } });
      // "…, while BINUH put the toll at 15": the rivals of that count are rivals of the lead's too.
      for (const r of rivals)
        if (r.key === key) Object.assign(r, { key: lead[0], tally: { ...r.tally, affiliation, country } });
      competing = true;
      tallies.delete(key);
    } else if (named >= g.count) tallies.delete(key);
    else {
      g.count -= named;
      // "11 people … Among the dead were four farmers and two officers": the farmers are of the
      // people's own side, one count of nine civilians beside the two officers.
      for (const k of parts) {
        const t = tallies.get(k);
        if (!t || !sameSide(t, g)) continue;
        g.count += t.count;
        mergePersons(g.persons, t.persons);
        tallies.delete(k);
      }
    }
  }
  return competing;
}

const sameSide = (t: Tally | undefined, g: Tally) =>
  t !== undefined && t.affiliation === g.affiliation && t.country === g.country && t.source === g.source;

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

function mergePersons(into: Person[], more: Person[]): void {
  for (const p of more) {
    const same = into.find((q) => q.name === p.name);
    if (!same) into.push({ ...p });
    else if (same.age === null) same.age = p.age;
  }
}

/** "a third" after two: the ordinal is the count the victims now make. */
function nextOrdinal(t: Tally, ordinal: number | undefined): boolean {
  return ordinal !== undefined && t.count === ordinal - 1;
}

export function tallyCasualties(
  bySentence: Array<{ text: string; from: number; mentions: CasualtyMention[] }>,
  warnings: WarningLog,
): { casualties: CasualtyDraft[]; competing: boolean } {
  const all = fillSides(bySentence.flatMap((s) => s.mentions));
  let competing = false;
  const rivals: Rival[] = [];
  let cursor = 0;
  const tallies = new Map<string, Tally>();
  for (const sentence of bySentence) {
    const mentions = all.slice(cursor, cursor + sentence.mentions.length);
    cursor += sentence.mentions.length;
    const local = new Map<string, Tally>();
    const cues = new Map<string, number>();
    // Who gives the sentence's figures: looked for once, and only when it tells one; per clause
    // when its clauses name different tellers ("…, police said, while the UN said eight").
    const told = mentions.filter((m) => m.kind !== 'displaced').length;
    // "Among the dead were a farmer and two teenagers, the mayor said": who they were, not a rival toll.
    const sourceOf = told > 0 && !LISTING.test(sentence.text) ? clauseSources(sentence, told) : () => null;
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
          laterDeath: laterDeath(m, tallies),
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
    for (const t of local.values()) {
      const key = keyOf(t);
      const total = tallies.get(key);
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
      // « Une vingtaine de personnes … Selon la police, 19 personnes »: the report's round count
      // gives way to the count a teller gives.
      if (!total.source && t.source && total.hedge === 'about' && !t.additional) {
        Object.assign(total, { count: t.count, hedge: t.hedge, source: t.source, evidence: t.evidence });
        continue;
      }
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
  if (reconcileGeneric(tallies, rivals)) competing = true;
  sameOfficerTwice(tallies);
  if (all.some((m) => m.kind === 'killed' && m.afterInjury)) {
    for (const t of tallies.values()) {
      if (t.kind !== 'injured') continue;
      const died = tallies.get(keyOf({ ...t, kind: 'killed' }));
      if (died) t.count -= died.count;
    }
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
