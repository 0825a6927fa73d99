/**
 * Whether two tellings can be one event: dates that overlap, places that nest, kinds of one family,
 * victims that fit. The grouping (event-groups.ts) asks these of each sentence against each event.
 */
import { victimSide } from './affiliation-words';
import type { PlaceUse, SentenceFacts } from './analyze';
import { addDays, rangesOverlap } from './calendar';
import type { CasualtyMention } from './casualties';
import type { DateMention } from './dates';
import { dateRange } from './event-dates';
import type { EventGroup, SentenceView } from './event-groups';
import { IN_THE_EVENT, SEPARATE } from './event-phrases';
import type { GazetteerIndex } from './places';
import type { IncidentType } from './schema';
import { type AnaphorKind, TYPE_RANK } from './triggers';
import { eitherPattern } from './words';

export function datesAgree(a: DateMention | null, b: DateMention | null): boolean {
  const ra = a ? widened(a) : null;
  const rb = b ? widened(b) : null;
  return !ra || !rb || rangesOverlap(ra, rb) || sameNight(a, b) || sameNight(b, a);
}

const NIGHT = eitherPattern(
  /\b(?:late|night|evening|overnight)\b/i,
  /(?<![\p{L}])(?:soir|soirée|nuit)(?![\p{L}])/iu,
);
const EARLY = eitherPattern(/\b(?:early|dawn)\b/i, /(?<![\p{L}])(?:petit matin|aube)(?![\p{L}])/iu);

/** "late Saturday" and "early Sunday": one night, the attack going on into the small hours. */
function sameNight(a: DateMention | null, b: DateMention | null): boolean {
  if (a?.precision !== 'day' || b?.precision !== 'day' || !a.date || !b.date) return false;
  return b.date === addDays(a.date, 1) && NIGHT.test(a.label) && EARLY.test(b.label);
}

/** "an overnight attack", guessed to be the night before the report: any night of the week before. */
function widened(d: DateMention): [string, string] | null {
  const r = dateRange(d);
  return r && d.vague ? [addDays(r[0], -7), r[1]] : r;
}

export function specific(places: PlaceUse[]): PlaceUse[] {
  return places.filter((p) => !p.mention.weak && p.mention.entry.kind !== 'country');
}

export function groupPlaces(g: EventGroup, views: Map<SentenceFacts, SentenceView>): PlaceUse[] {
  return g.core.flatMap((f) => views.get(f)?.places ?? []);
}

/**
 * The narrowest places of a list: "in the lower Artibonite since the attack on Pont-Sondé
 * (Saint-Marc)" is at Pont-Sondé; the department and commune that hold it say no more of where.
 */
function narrowest(places: PlaceUse[], index: GazetteerIndex): PlaceUse[] {
  const keys = new Set(places.map((p) => p.mention.entry.key));
  const wider = new Set<string>();
  for (const k of keys) for (const up of index.lineage(k).slice(1)) wider.add(up);
  return places.filter((p) => !wider.has(p.mention.entry.key));
}

export function placesAgree(a: PlaceUse[], b: PlaceUse[], index: GazetteerIndex): boolean {
  const sa = narrowest(specific(a), index);
  const sb = narrowest(specific(b), index);
  if (sa.length === 0 || sb.length === 0) return true;
  return sa.some((x) =>
    sb.some((y) => {
      const kx = x.mention.entry.key;
      const ky = y.mention.entry.key;
      return index.lineage(kx).includes(ky) || index.lineage(ky).includes(kx);
    }),
  );
}

/** Both name a scene, and the scenes are the same place or one holds the other ("the embassy" counts here). */
export function placesShared(a: PlaceUse[], b: PlaceUse[], index: GazetteerIndex): boolean {
  const named = (list: PlaceUse[]) => list.filter((p) => p.mention.entry.kind !== 'country');
  const na = named(a);
  const nb = named(b);
  return na.some((x) =>
    nb.some((y) => {
      const kx = x.mention.entry.key;
      const ky = y.mention.entry.key;
      return index.lineage(kx).includes(ky) || index.lineage(ky).includes(kx);
    }),
  );
}

const FAMILY: Partial<Record<IncidentType, number>> = { ambush: 1, armed_clash: 1, attack: 1, gunfire: 1 };

const FIGHT = new Set<IncidentType>(['armed_clash', 'gunfire']);

export function typesAgree(a: IncidentType, b: IncidentType | null): boolean {
  if (!b || a === b || a === 'other' || b === 'other' || a === 'killing' || b === 'killing') return true;
  if (a === 'evacuation' || b === 'evacuation') return true;
  if (FAMILY[a] && FAMILY[b]) return true;
  // "an operation … the death of four bandits and the arrest of two others. An officer was wounded
  // during the exchange of fire": arrests made in the fighting of one operation.
  if (a === 'arrest' && FIGHT.has(b)) return true;
  return (a === 'kidnapping' && FAMILY[b] !== undefined) || (b === 'kidnapping' && FAMILY[a] !== undefined);
}

export function kindsOf(list: CasualtyMention[]): Set<string> {
  return new Set(list.map((c) => c.kind));
}

/**
 * Victims agree unless one side has only missing people and the other none, or "another" starts anew.
 * `adjacent`: told next, with no date or place of its own ("Five people are still missing").
 */
export function casualtiesAgree(g: EventGroup, v: SentenceView, adjacent = false): boolean {
  if (g.casualties.length === 0 || v.casualties.length === 0) return true;
  const a = kindsOf(g.casualties);
  const b = kindsOf(v.casualties);
  if (v.casualties[0]?.phrase.another && a.has(v.casualties[0].kind)) return false;
  // Victims of one contingent are not those of another: a Salvadoran death is not a Jamaican injury.
  const countries = (list: CasualtyMention[]) =>
    new Set(list.filter((c) => c.affiliation === 'mss' && c.country).map((c) => c.country));
  const ca = countries(g.casualties);
  const cb = countries(v.casualties);
  if (ca.size > 0 && cb.size > 0 && ![...cb].some((c) => ca.has(c))) return false;
  // The kidnapped are missing too: "At least eleven women and girls were abducted", told next.
  const gone = (x: string) => x === 'missing' || x === 'kidnapped';
  const onlyMissing = (k: Set<string>) => [...k].every(gone);
  // Told next, the missing of the event's own side: "Five people are still missing".
  const ownMissing =
    adjacent &&
    v.casualties.every((m) =>
      g.casualties.some((c) => victimSide(c) === victimSide(m) && (c.country === m.country || !m.country)),
    );
  // Told next, one more of the same side: "An officer is missing after … Another officer was shot in the arm".
  const oneMore =
    adjacent &&
    v.casualties.every(
      (m) =>
        (m.phrase.another || m.phrase.ordinal !== undefined) &&
        g.casualties.some((c) => victimSide(c) === victimSide(m)),
    );
  if (oneMore) return true;
  if ((onlyMissing(a) && ![...b].some(gone)) || (onlyMissing(b) && ![...a].some(gone) && !ownMissing))
    return false;
  return [...b].some(
    (k) =>
      a.has(k) ||
      (k === 'killed' && a.has('injured')) ||
      (k === 'injured' && a.has('killed')) ||
      (gone(k) && ownMissing),
  );
}

/** The event a back-reference ("the attack", "the wounded officer") points at: the latest of its kind. */
export function anaphorTarget(groups: EventGroup[], kind: AnaphorKind): EventGroup | null {
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g) continue;
    const kinds = kindsOf(g.casualties);
    if (kind === 'event' || kind === 'person') return g;
    if (kind === 'injured' && kinds.has('injured')) return g;
    if (kind === 'missing' && kinds.has('missing')) return g;
    if (kind === 'killed' && kinds.has('killed')) return g;
    if (kind === 'arrest' && g.type === 'arrest') return g;
    if (kind === 'kidnapping' && (g.type === 'kidnapping' || kinds.has('kidnapped'))) return g;
  }
  return null;
}

/** A later sentence may sharpen the kind of event: an attack that was an ambush, a death that was a clash. */
export function refines(current: IncidentType, next: IncidentType): boolean {
  if (current === 'arrest' && FIGHT.has(next)) return true;
  if (current === 'other' || current === 'killing')
    return next !== 'evacuation' && TYPE_RANK[next] < TYPE_RANK[current];
  return next === 'ambush' && (current === 'attack' || current === 'armed_clash');
}

/** The kind of an event told only by its casualties. */
export function fallbackType(v: { casualties: CasualtyMention[] }): IncidentType {
  const kinds = kindsOf(v.casualties);
  if (kinds.has('kidnapped')) return 'kidnapping';
  if (kinds.has('killed')) return 'killing';
  return 'other';
}

const LISTS_THE_DEAD = eitherPattern(
  /^\W*(?:among (?:the|those) (?:dead|killed|victims)|(?:the|those) (?:dead|killed|victims) (?:included|include|were)\b)/i,
  /^\W*parmi les (?:morts|tués|victimes|personnes tuées)/iu,
);
const VICTIMS = /^\W*(?:among (?:the|those) victims|(?:the|those) victims|parmi les victimes(?! tuées))/iu;

/**
 * "Among those killed were …", « Parmi les morts figurent … »: the event told before whose dead the
 * sentence lists. "Among the victims were three officers" lists the dead of a killing, or the
 * wounded of an event that killed no one (its people, read as dead, are then made wounded).
 */
export function listedTarget(groups: EventGroup[], v: SentenceView): EventGroup | null {
  const text = v.facts.sentence.text;
  if (!LISTS_THE_DEAD.test(text)) return null;
  if (!VICTIMS.test(text)) return anaphorTarget(groups, 'killed');
  // "the victims": of the event told just before, of the one kind it told; of several kinds (killed
  // and kidnapped) or of none, the list says who they were but counts no one more.
  const last = groups[groups.length - 1];
  const kinds = last ? kindsOf(last.casualties) : new Set<string>();
  const [kind] = kinds;
  const tokens = v.facts.tokens;
  const listed = (c: CasualtyMention) => /^victim/.test(tokens[c.at]?.norm ?? '');
  v.casualties = v.casualties.flatMap((c) => {
    if (!listed(c) || (kinds.size === 1 && kind === 'killed')) return [c];
    return kinds.size === 1 ? [{ ...c, kind: kind as CasualtyMention['kind'] }] : [];
  });
  return last ?? null;
}

/**
 * "On Sunday, a drone killed four … In May, residents said a drone had killed a boy": what was told
 * in May, well before the event's own days, cannot be that event.
 */
export function toldBeforeIt(g: EventGroup, f: SentenceFacts): boolean {
  const told = f.dates.find((d) => d.role === 'report' && d.resolved);
  const said = told ? dateRange(told) : null;
  const own = g.date ? dateRange(g.date) : null;
  // A week's margin: "The death toll is 70, up from 20 on Saturday" tells Sunday's event the day before.
  if (said !== null && own !== null && said[1] < addDays(own[0], -7)) return true;
  // "In October 2024 its members killed 115 people in Pont-Sondé. … On Tuesday, police said they
  // had killed five gang members near Pont-Sondé": told months after that event, of fresh dead.
  return (
    said !== null && own !== null && said[0] > addDays(own[1], 60) && f.casualties.length > 0 && !f.anaphor
  );
}

/** The named vehicles the event's own sentences tell of. */
export const groupTargets = (g: EventGroup) => g.core.flatMap((x) => x.targets);

/** The group holds a clause split from the same sentence as `f`: told as two events. */
export function clauseSibling(g: EventGroup, f: SentenceFacts): boolean {
  const of = f.sentence.clauseOf;
  return of !== undefined && [...g.core, ...g.support].some((x) => x.sentence.clauseOf === of);
}

/**
 * "A woman shot during the attack died of her wounds on Tuesday", « L'un d'eux a succombé à ses
 * blessures mardi », « L'un d'eux est mort mardi »: a death from wounds, on a day after the event's
 * (within two months).
 */
export function diedLater(g: EventGroup, v: SentenceView): boolean {
  const from = g.date?.dateEnd ?? g.date?.date;
  const day = v.date?.date;
  if (!from || !day || day <= from || day > addDays(from, 60)) return false;
  // « L'un d'eux est mort mardi »: one of the people just told. "…six more bodies, bringing the
  // toll to 20, with nine still unaccounted for": the event's count told anew, with its details.
  // "The officer had been hit in the chest … and died of his wounds on Monday": the wound told
  // beside the death is that one's.
  const died = v.casualties.filter((c) => c.kind === 'killed' && (c.afterInjury || c.phrase.pronoun));
  const woundOf = (c: CasualtyMention) =>
    c.kind === 'injured' && died.some((d) => d.afterInjury && d.phrase.tokStart === c.phrase.tokStart);
  // "…died Tuesday at a hospital in Delmas, where two other wounded officers remain": others of its wounded.
  const otherWounded = (c: CasualtyMention) =>
    c.kind === 'injured' && c.additional && died.some((d) => d.afterInjury);
  return (
    v.casualties.some((c) => c.revised) ||
    (died.length > 0 && v.casualties.every((c) => died.includes(c) || woundOf(c) || otherWounded(c)))
  );
}

/**
 * More victims of the event just told (`last`), or some of them told again, with no day or place
 * of their own: "At least 15 other people were injured …", "The driver … was shot in the leg" (not
 * "In a separate incident, the driver …"), "… including three police officers, were killed in
 * Solino. The three officers died near Delmas 31."
 */
export function moreOfLast(last: EventGroup | undefined, v: SentenceView): boolean {
  const bare = v.date === null && specific(v.places).length === 0;
  const theOne = (c: CasualtyMention) =>
    bare &&
    !SEPARATE.test(v.facts.sentence.text) &&
    c.phrase.definite &&
    !c.phrase.pronoun &&
    c.count === 1 &&
    c.affiliation === 'civilian';
  const again = (c: CasualtyMention) =>
    v.date === null &&
    c.phrase.definite &&
    !c.phrase.pronoun &&
    c.count > 1 &&
    last?.casualties.some((o) => (o.affiliation === c.affiliation || o.generic) && o.count >= c.count) ===
      true;
  // "A Guatemalan soldier was also slightly injured in the exchange of fire": the one just told.
  const inIt = bare && !SEPARATE.test(v.facts.sentence.text) && IN_THE_EVENT.test(v.facts.sentence.text);
  return inIt || v.casualties.some((c) => (c.phrase.other && !c.phrase.another) || theOne(c) || again(c));
}

/** One date is a month or a week, the other a day inside it. */
export function vaguer(a: DateMention, b: DateMention): boolean {
  return a.precision !== b.precision && (a.precision === 'day' || b.precision === 'day');
}

/** The sentence's victims are all of sides the event's are not ("four farmers", "three gang members"). */
export function otherSides(g: EventGroup, v: SentenceView): boolean {
  const sides = new Set(g.casualties.map(victimSide));
  return (
    g.casualties.length > 0 && v.casualties.length > 0 && v.casualties.every((c) => !sides.has(victimSide(c)))
  );
}
