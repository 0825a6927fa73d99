/**
 * One incident per real-world event per report. Sentences are read in order; each one that
 * describes an event either joins an event already described — it points back at it ("the
 * attack", "the missing officer", "he"), or it agrees with it on date, place, kind and victims —
 * or starts a new one. Sentences that only sum events up (figures) or speak in general terms
 * start nothing.
 */

import type { PlaceUse, SentenceFacts } from './analyze';
import type { CasualtyMention } from './casualties';
import type { DateMention } from './dates';
import {
  anaphorTarget,
  casualtiesAgree,
  clauseSibling,
  datesAgree,
  diedLater,
  fallbackType,
  groupPlaces,
  groupTargets,
  kindsOf,
  listedTarget,
  moreOfLast,
  otherSides,
  placesAgree,
  placesShared,
  refines,
  specific,
  toldBeforeIt,
  typesAgree,
  vaguer,
} from './event-agreement';
import type { GazetteerIndex } from './places';
import type { IncidentType } from './schema';
import { tellsWhatItDid } from './statement-kinds';
import { differentTargets } from './targets';
import { continuesLead, toldJustBefore } from './told-before';
import { completesLast, joinUndated, missingBefore, sameSideBefore, tellsMoreOf } from './undated-groups';

export interface EventGroup {
  /** Sentences that describe the event (trigger or casualties). */
  core: SentenceFacts[];
  /** Sentences that only point back at it: evidence, and a place when they add one. */
  support: SentenceFacts[];
  type: IncidentType;
  date: DateMention | null;
  casualties: CasualtyMention[];
  last: number;
  /** The date is the one of the event told just before, the sentence naming none of its own. */
  inheritedDate?: boolean;
}

export interface SentenceView {
  facts: SentenceFacts;
  casualties: CasualtyMention[];
  type: IncidentType | null;
  date: DateMention | null;
  places: PlaceUse[];
  /** The sentence tells victims without a number ("several officers were wounded"): the event stands, uncounted. */
  uncounted?: boolean;
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

export { dateRange, eventDate } from './event-dates';

import { dayInSpan, ranUntil, sceneDay, TIMING, weekdayInSpan } from './event-dates';
import { DESCRIBED_VICTIM, DURING, THEY_ALSO } from './event-phrases';

function join(g: EventGroup, v: SentenceView, asCore: boolean): void {
  if (asCore) {
    g.core.push(v.facts);
    g.casualties.push(...v.casualties);
    if (v.type && refines(g.type, v.type)) g.type = v.type;
  } else g.support.push(v.facts);
  // A day within the days the event was told to run ("from 1 to 4 June … On 1 June") keeps the span,
  // not within a week counted back ("last week … on Wednesday").
  const within =
    g.date?.dateEnd &&
    /\d/.test(g.date.label) &&
    v.date?.date &&
    v.date.date >= (g.date.date ?? '') &&
    v.date.date <= g.date.dateEnd;
  // "in an overnight attack, … said Tuesday. Gunmen attacked the town on Friday": the day told.
  const surer = (d: DateMention) => d.vague && !v.date?.vague && v.date?.precision === 'day';
  if (
    v.date?.resolved &&
    !within &&
    (!g.date || PRECISION_RANK[v.date.precision] < PRECISION_RANK[g.date.precision] || surer(g.date))
  )
    g.date = v.date;
  g.last = v.facts.sentence.index;
}

/** A new event, founded by this sentence. */
function startGroup(v: SentenceView): EventGroup {
  const g: EventGroup = {
    core: [],
    support: [],
    type: v.type ?? fallbackType(v),
    date: null,
    casualties: [],
    last: 0,
  };
  join(g, v, true);
  return g;
}

export function groupEvents(views: SentenceView[], index: GazetteerIndex): EventGroup[] {
  const groups: EventGroup[] = [];
  const viewOf = new Map(views.map((v) => [v.facts, v]));
  const viewAt = new Map(views.map((v) => [v.facts.sentence.index, v]));
  const inGroup = new Map<number, EventGroup>();
  for (const v of views) {
    const f = v.facts;
    if (f.skip) continue;
    const hasCasualty = v.casualties.length > 0;
    const hasSpecificPlace =
      v.places.some((p) => p.mention.entry.kind !== 'country') || f.unknownPlaces.length > 0;
    // A year ("earlier this year") dates background, not an event: it founds nothing on its own.
    const dated = v.date !== null && v.date.precision !== 'year';
    const founding = !f.general && (hasCasualty || (v.type !== null && (dated || hasSpecificPlace)));
    // A clause split from the same sentence as one of the group's (clauses.ts) is another event.
    const datedAway = (g: EventGroup) =>
      (!datesAgree(g.date, v.date) && !diedLater(g, v)) ||
      clauseSibling(g, f) ||
      differentTargets(groupTargets(g), f.targets) ||
      toldBeforeIt(g, f) ||
      // "The fighting spread on Sunday to Croix-des-Bouquets, where …": another scene.
      (f.elsewhere && founding);

    // "Among those killed were …", « Parmi les morts figurent … »: the dead of the event told before,
    // whatever day or place the sentence names (the day the bodies were examined).
    const listed = hasCasualty ? listedTarget(groups, v) : null;
    if (listed) {
      join(listed, { ...v, date: null }, true);
      inGroup.set(f.sentence.index, listed);
      continue;
    }
    // "Among the victims were three officers" with no event before it: no one's victims.
    if (hasCasualty && v.casualties.length === 0) continue;
    if (f.anaphor) {
      // "the slain officer's body would be repatriated": the dead of that side told before, not the last event's.
      const target = sameSideBefore(groups, v) ?? anaphorTarget(groups, f.anaphor);
      // "…killed last week when gangs attacked Lascahobas. The assault began on Wednesday": the
      // Wednesday of that week, not the report's.
      const redated =
        target && TIMING.test(f.sentence.text) && !hasCasualty ? weekdayInSpan(target.date, v.date) : null;
      if (redated) v.date = redated;
      if (target && DESCRIBED_VICTIM.test(f.sentence.text)) v.date = null; // identified on a later day
      // « Les attaques se sont poursuivies jusqu'au 4 juin »: the event just told ran until then.
      if (target && !hasCasualty && ranUntil(target, v, f.sentence.text)) {
        tellsMoreOf(target, f, inGroup);
        continue;
      }
      if (
        target &&
        !datedAway(target) &&
        !f.background &&
        placesAgree(groupPlaces(target, viewOf), v.places, index) &&
        // "another officer was injured during the attack": the event is named, the victims may differ;
        // "A security guard was shot dead during the abduction": so too.
        (f.anaphor === 'event' || DURING.test(f.sentence.text) || casualtiesAgree(target, v))
      ) {
        join(target, v, founding || v.uncounted === true);
        inGroup.set(f.sentence.index, target);
        continue;
      }
      // "Le jeudi 26 décembre, l'un des journalistes ayant survécu à cette attaque est revenu sur
      // le déroulement des faits": a demonstrative points at the event just told; the sentence's
      // own date is that of the telling. It tells more of that event and founds none.
      if (
        target &&
        f.toldEvent &&
        !f.background &&
        v.casualties.length === 0 &&
        !clauseSibling(target, f) &&
        placesAgree(groupPlaces(target, viewOf), v.places, index)
      ) {
        tellsMoreOf(target, f, inGroup);
        continue;
      }
    }
    // "The attack shook parents …, where the school year began on Oct. 1" founds nothing (statement-kinds.ts).
    if (f.anaphor === 'event' && !hasCasualty && f.types.length === 1 && tellsWhatItDid(f.sentence.text))
      continue;
    // "In other parts of the capital, firefights broke out": a scene of its own, told as part of
    // the same day's story: a new event, on the day just told when it names none.
    if (founding && f.elsewhere && groups.length > 0) {
      const last = groups[groups.length - 1];
      const g = startGroup(v);
      if (!g.date && last?.date?.precision === 'day') {
        g.date = last.date;
        g.inheritedDate = true;
      }
      groups.push(g);
      inGroup.set(f.sentence.index, g);
      continue;
    }
    if (founding && !f.background) {
      const last = groups[groups.length - 1];
      const more = moreOfLast(last, v);
      const halfTold = last !== undefined && completesLast(last, v, viewOf);
      if (last && last.last >= f.sentence.index - 1 && (more || halfTold) && !datedAway(last)) {
        join(last, v, true);
        inGroup.set(f.sentence.index, last);
        continue;
      }
      if (last && missingBefore(last, v, viewOf, index)) {
        tellsMoreOf(last, f, inGroup);
        continue;
      }
    }
    if (founding) {
      // A toll with no day or place of its own goes with the event told just before (told-before.ts).
      const told = toldJustBefore(inGroup, viewAt.get(f.sentence.index - 1), f.sentence.index);
      const bare = v.date === null && specific(v.places).length === 0;
      let target: EventGroup | null =
        bare &&
        hasCasualty &&
        !f.background &&
        told &&
        !datedAway(told) &&
        typesAgree(told.type, v.type) &&
        casualtiesAgree(told, v, true)
          ? told
          : null;
      // "The gunmen also took away a young man": more of what the attackers just told did.
      const theirs = groups.at(-1);
      if (!target && bare && hasCasualty && theirs && !f.background && THEY_ALSO.test(f.sentence.text))
        target = datedAway(theirs) ? null : theirs;
      for (let i = groups.length - 1; i >= 0 && !target && !f.background; i--) {
        const g = groups[i];
        if (!g) continue;
        const adjacent = bare && g.last === f.sentence.index - 1;
        if (datedAway(g) || !typesAgree(g.type, v.type)) continue;
        const gPlaces = groupPlaces(g, viewOf);
        // Other victims on a day of the event's span at one of its scenes: the same operation.
        const inSpan = dayInSpan(g.date, v.date) && placesShared(gPlaces, v.places, index);
        if (!((casualtiesAgree(g, v, adjacent) || inSpan) && placesAgree(gPlaces, v.places, index))) continue;
        // "Last month, gunmen killed four farmers … A drone strike on May 28 killed three gang
        // members": a day within a month told before, with victims of another side, is another event.
        if (g.date && v.date && vaguer(g.date, v.date) && otherSides(g, v) && !inSpan) continue;
        const sameDay = v.date !== null && g.date !== null && v.date.resolved;
        const samePlace = placesShared(gPlaces, v.places, index);
        // A toll told with no date or place of its own continues the event just told.
        const sameVictims =
          bare &&
          hasCasualty &&
          (i === groups.length - 1 || v.casualties.some((c) => kindsOf(g.casualties).has(c.kind)));
        // "A new massacre in Petite-Rivière. On 24 May, gunmen killed …": the lead, undated (told-before.ts).
        const lead = continuesLead(g, v, f.sentence.index);
        if (sameDay || samePlace || sameVictims || adjacent || lead) target = g;
      }
      if (target) join(target, v, true);
      else {
        target = startGroup(v);
        // "Four died in Solino and three in Bel-Air", beside a clause of Monday's toll: Monday too.
        const sibling = groups.find((g) => g.date?.resolved && clauseSibling(g, f));
        const day =
          sibling?.date ?? (hasCasualty ? sceneDay(viewAt.get(f.sentence.index - 1), inGroup) : null);
        if (!target.date && day) [target.date, target.inheritedDate] = [day, true];
        groups.push(target);
      }
      inGroup.set(f.sentence.index, target);
      continue;
    }
    // "…suspected gang members lying in wait launched an attack," the mission reported.
    const previous = inGroup.get(f.sentence.index - 1);
    if (v.type && previous && typesAgree(previous.type, v.type) && v.date === null) {
      join(previous, v, false);
      inGroup.set(f.sentence.index, previous);
      continue;
    }
    // "…encountering fierce resistance, the mission reported Monday. … One operation on Friday
    // lasted fifteen hours": the event told without its day takes the day the next lines give.
    // "…ont tué un officier. Dans un communiqué publié mardi 25 mars, la mission a précisé qu’un
    // blindé s’était enlisé": the statement that tells more of the undated event just before it
    // dates it to the week up to the statement (incident-dating.ts), never to a day.
    const last = groups[groups.length - 1];
    const gap = last ? f.sentence.index - last.last : Number.POSITIVE_INFINITY;
    const daysIt =
      (gap <= 3 && v.date?.resolved && v.date.precision === 'day') ||
      (gap <= 2 && f.dates.some((d) => d.role === 'report' && d.resolved && d.precision === 'day'));
    if (
      !f.background &&
      !v.type &&
      v.casualties.length === 0 &&
      last?.date === null &&
      daysIt &&
      placesAgree(groupPlaces(last, viewOf), v.places, index)
    ) {
      join(last, v, false);
      inGroup.set(f.sentence.index, last);
    }
  }
  joinUndated(groups, viewOf, index);
  return groups;
}
