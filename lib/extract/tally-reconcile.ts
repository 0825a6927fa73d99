/**
 * A count of "people" against the counts by side told beside it (incident-casualties.ts tallies
 * them): the sides are its breakdown, or another teller's rival count of the same people.
 */
import type { CasualtyMention } from './casualties';
import { FORCES_KILLED } from './incident-victims';
import type { Affiliation, CasualtyDraft, Person } from './schema';
import { readSubgroup, subgroupsIn } from './subgroups';

export interface Tally {
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
  /** "…bringing the toll to 20": the event's dead counted anew, replacing the count before. */
  revised?: boolean;
  /** What is left of a count of people once its own sentence's breakdown was taken out. */
  split?: boolean;
  /** That count before its breakdown was taken out ("9 morts, dont … un policier et un assaillant": 9). */
  whole?: number;
  /** One side of such a breakdown: the teller's, not a part of another teller's count. */
  part?: boolean;
  /** Where its cue is in the whole text. */
  cueStart?: number;
  /** "two of his colleagues": others than the victim told before. */
  colleagues?: boolean;
  /** The side was guessed from the article, not told by the phrase. */
  sideInferred?: boolean;
}

export interface Rival {
  key: string;
  tally: Tally;
}

// "54 décès" (no side) and "54 personnes tuées" (people): one count of people, whatever the side says.
export const keyOf = (c: { kind: string; affiliation: string; country: string | null; generic?: boolean }) =>
  isGeneric(c) ? `${c.kind}|generic` : `${c.kind}|${c.affiliation}|${c.country ?? ''}`;

export const isGeneric = (c: { affiliation: string; generic?: boolean }) =>
  c.generic === true && (c.affiliation === 'civilian' || c.affiliation === 'unknown');

/**
 * "At least three people were killed" and, later, "two journalists and a police officer were
 * shot dead": the people are those victims told by side. A count of people is kept only for what
 * the counts by side do not account for; victims told as more ("also", "other") are not a breakdown.
 */
export function reconcileGeneric(tallies: Map<string, Tally>, rivals: Rival[]): boolean {
  let competing = false;
  for (const [key, g] of tallies) {
    if (!g.generic || g.additional) continue;
    // "police said three gang members were killed, while Radio Télé Pacific put the number at five":
    // a toll another teller gives in the same sentence is a rival of that teller's count.
    const beside = (g.toll || g.affiliation === 'unknown') && g.source ? besideIn(tallies, g) : null;
    if (beside) {
      const { affiliation, country } = beside[1];
      rivals.push({ key: beside[0], tally: { ...g, affiliation, country } });
      competing = true;
      tallies.delete(key);
      continue;
    }
    // "killing at least eight people, including two police officers, authorities said … The rights
    // network documented the deaths of 11 civilians": a count told with its own breakdown, and
    // another teller's civilians, their rival count (not more of the eight).
    if (g.split && g.source)
      for (const [k, t] of tallies)
        if (rivalsWhole(t, g)) {
          rivals.push({ key, tally: { ...t, affiliation: g.affiliation, country: g.country } });
          competing = true;
          tallies.delete(k);
        }
    const told = alsoBreakdown(tallies, g);
    let named = 0;
    let lead: [string, Tally] | null = null;
    let rival = g.source !== null;
    const parts: string[] = [];
    // The parts its own sentence gave were taken out already (incident-casualties.ts).
    const counted = [...tallies.values()].filter(
      (t) =>
        !t.generic &&
        !t.additional &&
        !t.laterDeath &&
        t.kind === g.kind &&
        !(g.split && t.evidence === g.evidence) &&
        // "residents counted ten bodies; police spoke of six dead, two of them bandits": the police's parts.
        !(t.part && t.source && g.source && t.source !== g.source),
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
      // "Gangs killed 50 people … police killed three of the assailants": not among the 50 (unless
      // the sides add up to them: "killing at least 12 people … A police officer, eight residents and
      // three suspected gang members were killed").
      if (g.byGangs && t.affiliation === 'gang' && !told.includes(t) && !addsUp) continue;
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
      // "« Neuf bandits » neutralisés, says the government; the RCPD counts eleven dead": a strike's
      // dead the state calls bandits, counted by another teller, are the same dead.
      (lead[1].affiliation === g.affiliation ||
        (g.affiliation === 'unknown' &&
          (g.toll === true ||
            (rival && (lead[1].affiliation === 'civilian' || lead[1].affiliation === 'gang')))));
    if (rival && lead && same && g.count !== named) {
      const { affiliation, country } = lead[1];
      rivals.push({ key: lead[0], tally: { ...g, affiliation, country } });
      // "…, while BINUH put the toll at 15": the rivals of that count are rivals of the lead's too.
      for (const r of rivals)
        if (r.key === key) Object.assign(r, { key: lead[0], tally: { ...r.tally, affiliation, country } });
      competing = true;
      tallies.delete(key);
    } else if (named >= g.count) {
      // "at least 12 people, police said … a local official counted at least 17": the sides told
      // are the 12; the official's 17 stays, a rival count beside the largest side (the scorer and
      // the store count one claim per side, the leading one).
      for (const r of rivals)
        if (r.key === key && lead) {
          const { affiliation, country } = lead[1];
          Object.assign(r, { key: lead[0], tally: { ...r.tally, affiliation, country } });
        }
      tallies.delete(key);
    } else {
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

/** The count another teller gives in the toll's own sentence, of another number. */
function besideIn(tallies: Map<string, Tally>, g: Tally): [string, Tally] | null {
  for (const entry of tallies) {
    const t = entry[1];
    // Not one side of the other teller's own breakdown (« six personnes tuées, dont un policier »).
    if (t === g || t.generic || t.part || t.kind !== g.kind || t.evidence !== g.evidence) continue;
    if (t.source && t.source !== g.source && t.count !== g.count) return entry;
  }
  return null;
}

/**
 * "…killing at least nine people, including a police officer. Seven residents and one suspected
 * gang member were also killed": the people "also" told, with those the count included, make the
 * count; they are its breakdown, not more dead.
 */
function alsoBreakdown(tallies: Map<string, Tally>, g: Tally): Tally[] {
  const also = [...tallies.values()].filter(
    (t) => t.additional && !t.generic && t.kind === g.kind && t.evidence !== g.evidence,
  );
  const included = subgroupsIn(g.evidence).reduce((n, s) => n + s.count, 0);
  // A count whose own parts were taken out (split) is what the "also" victims must make alone.
  const left = g.split ? 0 : included;
  if (included === 0 || also.reduce((n, t) => n + t.count, 0) + left !== g.count) return [];
  for (const t of also) t.additional = false;
  return also;
}

const sameSide = (t: Tally | undefined, g: Tally) =>
  t !== undefined && t.affiliation === g.affiliation && t.country === g.country && t.source === g.source;

export function mergePersons(into: Person[], more: Person[]): void {
  for (const p of more) {
    const same = into.find((q) => q.name === p.name);
    if (!same) into.push({ ...p });
    else if (same.age === null) same.age = p.age;
  }
}

/**
 * "at least 10 people had been killed, two of them police officers": the sentence's own breakdown
 * is taken before other sentences' counts are, so that "a police union said three officers had
 * died" is a rival count of those two officers, not three more taken out of the ten.
 */
export function splitOwnSubgroups(
  local: Map<string, Tally>,
  { text, from }: { text: string; from: number },
): void {
  const read = readSubgroup(text);
  if (!read) return;
  const { kind, offset: at } = read;
  const splittable = (t: Tally) => t.affiliation === 'civilian' || t.affiliation === 'unknown';
  const counts = [...local.values()].filter((t) => (kind === null || t.kind === kind) && splittable(t));
  // « … parle d'une dizaine de morts, tandis que la PNH fait état de six personnes tuées, dont un
  // policier »: the count told just before « dont ».
  const before = counts.filter((t) => t.cueStart !== undefined && t.cueStart - from < at);
  const only =
    counts.length === 1
      ? counts[0]
      : before.reduce<Tally | undefined>(
          (a, t) => (!a || (t.cueStart ?? 0) > (a.cueStart ?? 0) ? t : a),
          undefined,
        );
  if (!only) return;
  const subs = read.groups.filter((sub) => sub.affiliation !== 'civilian' && sub.affiliation !== 'unknown');
  const told = subs.reduce((n, sub) => n + sub.count, 0);
  if (subs.length === 0 || told >= only.count) return;
  only.whole = only.count;
  only.count -= told;
  only.split = true;
  // « 9 morts, dont 7 marchandes, un policier et un assaillant »: the civilians told are all the rest.
  const civilians = read.groups
    .filter((sub) => sub.affiliation === 'civilian')
    .reduce((n, sub) => n + sub.count, 0);
  if (only.affiliation === 'unknown' && civilians === only.count) only.affiliation = 'civilian';
  for (const sub of subs) {
    const t: Tally = {
      ...only,
      ...sub,
      hedge: 'exact',
      generic: false,
      split: false,
      part: true,
      persons: [],
    };
    local.set(`${keyOf(t)}|${only.source ?? ''}`, t);
  }
}

/** Another teller's count of the people of `whole`'s side ("11 civilians" against the police's people). */
function rivalsWhole(t: Tally, whole: Tally): boolean {
  return (
    t !== whole &&
    !t.generic &&
    !t.part &&
    !t.additional &&
    t.kind === whole.kind &&
    t.affiliation === whole.affiliation &&
    t.source !== null &&
    t.source !== whole.source
  );
}

/** "A security guard and a 9-year-old girl were among the wounded": some of those told before, no more. */
const AMONG_THE = /\b(?:were|was|are|is) among the (wounded|injured|dead|killed|victims)\b/i;
export function someOfTold(t: Tally, tallies: Map<string, Tally>): boolean {
  const among = AMONG_THE.exec(t.evidence)?.[1]?.toLowerCase();
  if (!among || (among === 'wounded' || among === 'injured' ? 'injured' : 'killed') !== t.kind) return false;
  return [...tallies.values()].some(
    (o) => o.kind === t.kind && o.count >= t.count && o.evidence !== t.evidence,
  );
}

/** "died at the scene", « morts sur le coup », « mouri sou plas »: those who died at once. */
const AT_ONCE =
  /\b(?:died|killed|dead|perished)(?: \w+)? (?:at the scene|on the spot|on the scene|instantly)\b|(?<![\p{L}])(?:morts?|mortes?|tués?|tuées?|décédés?|mouri) (?:sur (?:place|le coup)|sou plas)(?![\p{L}])/iu;

/** "Three officers died at the scene" of "at least four": those who died at once, a part, no rival. */
export function diedAtOnce(t: Tally, total: Tally): boolean {
  return t.count < total.count && AT_ONCE.test(t.evidence);
}
