/**
 * An event first told with no date and told again later with its day (event-groups.ts): the
 * undated group joins the dated one with the same victims, when their places agree or lie in one commune.
 */
import type { PlaceUse, SentenceFacts } from './analyze';
import type { CasualtyMention } from './casualties';
import { groupPlaces, placesAgree, specific, typesAgree } from './event-agreement';
import type { EventGroup, SentenceView } from './event-groups';
import type { GazetteerIndex } from './places';

/**
 * The same victims: a casualty of one kind, side, contingent and count in both; or the wounded of one
 * who died of the wounds in the other ("an officer who was shot … on Saturday has died", then
 * "Constable Kiprop … was hit in the chest when gang members opened fire").
 */
function sameVictims(a: readonly CasualtyMention[], b: readonly CasualtyMention[]): boolean {
  const kindsMatch = (x: CasualtyMention, y: CasualtyMention) =>
    x.kind === y.kind ||
    (x.kind === 'injured' && y.kind === 'killed' && y.afterInjury) ||
    (y.kind === 'injured' && x.kind === 'killed' && x.afterInjury);
  return a.some((x) =>
    b.some(
      (y) =>
        kindsMatch(x, y) && x.affiliation === y.affiliation && x.country === y.country && x.count === y.count,
    ),
  );
}

/** The communes the named places lie in (a commune is its own). */
function communes(places: PlaceUse[], index: GazetteerIndex): Set<string> {
  const out = new Set<string>();
  for (const p of specific(places)) {
    const commune = index.lineage(p.mention.entry.key).find((k) => index.byKey.get(k)?.kind === 'commune');
    if (commune) out.add(commune);
  }
  return out;
}

/**
 * Places that nest, or two spots of one commune: "attacked their patrol in the Bas-Delmas area"
 * and, told again without its day, "came under fire … near the Delmas 2 junction".
 */
function placesNear(a: PlaceUse[], b: PlaceUse[], index: GazetteerIndex): boolean {
  if (placesAgree(a, b, index)) return true;
  const cb = communes(b, index);
  return [...communes(a, index)].some((k) => cb.has(k));
}

/**
 * An event first told with no date ("the Kenyan cop sustained injuries in the shoulder …") and
 * later told with its day ("on July 30 the officer was shot") is one event: the undated group
 * joins the dated one with the same victims, when their places agree or lie in one commune.
 */
export function joinUndated(
  groups: EventGroup[],
  viewOf: Map<SentenceFacts, SentenceView>,
  index: GazetteerIndex,
) {
  for (const a of [...groups]) {
    if (a.date !== null || a.casualties.length === 0) continue;
    const b = groups.find(
      (g) =>
        g !== a &&
        g.date !== null &&
        g.date.precision === 'day' &&
        // An earlier event the report recalls ("Il importe de rappeler que le 23 février…") is
        // not the one it tells without a date.
        g.core[0]?.background !== true &&
        sameVictims(a.casualties, g.casualties) &&
        typesAgree(g.type, a.type) &&
        placesNear(groupPlaces(g, viewOf), groupPlaces(a, viewOf), index),
    );
    if (!b) continue;
    b.core.push(...a.core);
    b.support.push(...a.support);
    b.core.sort((x, y) => x.sentence.index - y.sentence.index);
    b.support.sort((x, y) => x.sentence.index - y.sentence.index);
    for (const c of a.casualties) if (!b.casualties.includes(c)) b.casualties.push(c);
    groups.splice(groups.indexOf(a), 1);
  }
}

/**
 * The event just told named no day and no specific place ("killing four people in Haiti's central
 * region"): the next sentence that names them ("in Petite Rivière", "Tuesday's attack") tells the
 * same event, unless it is of another kind. A place the gazetteer lacks (« dans le quartier de La
 * Scierie ») is named all the same. Its mirror: a day and no place ("An officer shot in Haiti on
 * Saturday has died"), then the place and no day ("Constable Kiprop was hit … when gangs opened
 * fire … in Pernier").
 */
export function completesLast(
  last: EventGroup,
  v: SentenceView,
  viewOf: Map<SentenceFacts, SentenceView>,
): boolean {
  if (specific(groupPlaces(last, viewOf)).length > 0 || !typesAgree(last.type, v.type)) return false;
  if (last.date === null) return !last.core.some((c) => c.unknownPlaces.length > 0);
  // Not a lead that sums several ("carried out two attacks on Saturday … killing at least a dozen"),
  // nor another event told next ("Separately, two police officers were wounded in an ambush in Cabaret"):
  // the sentence that places the event tells no victims of its own, or the same ones.
  return (
    v.date === null &&
    specific(v.places).length > 0 &&
    !last.core.some((c) => SEVERAL.test(c.sentence.text)) &&
    !ANOTHER.test(v.facts.sentence.text) &&
    (v.casualties.length === 0 || sameVictims(last.casualties, v.casualties))
  );
}

/**
 * The event with dead (hurt, taken) of the kind, side and contingent that a sentence's definite
 * phrases name ("the slain officer"), when that is not the last event told: the first told to the
 * day, else the latest.
 */
export function sameSideBefore(groups: EventGroup[], v: SentenceView): EventGroup | undefined {
  if (v.casualties.length === 0 || !v.casualties.every((c) => c.phrase.definite)) return undefined;
  const same = (x: CasualtyMention, c: CasualtyMention) =>
    x.kind === c.kind &&
    x.affiliation === c.affiliation &&
    (x.country ?? c.country) === (c.country ?? x.country);
  const matching = groups.filter((g) => v.casualties.some((c) => g.casualties.some((x) => same(x, c))));
  // The event the report is about (told to the day) before a back-reference told by its month.
  const found = matching.find((g) => g.date?.precision === 'day') ?? matching[matching.length - 1];
  return found === groups[groups.length - 1] ? undefined : found;
}

const ANOTHER =
  /^\W*(?:separately|meanwhile|elsewhere|in (?:a |an )?(?:separate|another|other)|par ailleurs|ailleurs|dans (?:une )?autre)\b/iu;
const SEVERAL =
  /\b(?:two|three|four|several|multiple|separate|twin|a series of)\s+(?:\w+\s+)?(?:attacks|raids|assaults|ambushes|incidents)\b|(?<![\p{L}])(?:deux|trois|plusieurs)\s+attaques(?![\p{L}])/iu;

/**
 * "the bodies of two men were pulled from the river on Monday, near Ouanaminthe. … the men had been
 * missing since leaving the market on Thursday, February 26, and were probably killed that night":
 * told right after the event, at its place, with no victims of its own and only a day they have
 * been missing since, the sentence tells how that event began; it founds none.
 */
const MISSING = /(?<![\p{L}])(?:missing|disappeared|disparue?s?|disparu)(?![\p{L}])/iu;

export function missingBefore(
  last: EventGroup,
  v: SentenceView,
  viewOf: Map<SentenceFacts, SentenceView>,
  index: GazetteerIndex,
): boolean {
  const f = v.facts;
  return (
    v.casualties.length === 0 &&
    MISSING.test(f.sentence.text) &&
    last.last === f.sentence.index - 1 &&
    last.casualties.length > 0 &&
    f.dates.some((d) => d.role === 'since') &&
    f.dates.every((d) => d.role === 'since' || d.role === 'report') &&
    specific(v.places).length > 0 &&
    placesAgree(groupPlaces(last, viewOf), v.places, index)
  );
}

/** A sentence that tells more of an event and founds none: its support, and the event's latest. */
export function tellsMoreOf(g: EventGroup, f: SentenceFacts, inGroup: Map<number, EventGroup>): void {
  g.support.push(f);
  g.last = f.sentence.index;
  inGroup.set(f.sentence.index, g);
}
