/**
 * One incident per real-world event per report. Sentences are read in order; each one that
 * describes an event either joins an event already described — it points back at it ("the
 * attack", "the missing officer", "he"), or it agrees with it on date, place, kind and victims —
 * or starts a new one. Sentences that only sum events up (figures) or speak in general terms
 * start nothing.
 */
import type { PlaceUse, SentenceFacts } from './analyze';
import { monthEnd, monthOf, rangesOverlap, yearOf } from './calendar';
import type { CasualtyMention } from './casualties';
import type { DateMention } from './dates';
import type { GazetteerIndex } from './places';
import type { IncidentType } from './schema';
import { type AnaphorKind, TYPE_RANK } from './triggers';

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
}

const PRECISION_RANK = { day: 0, week: 1, month: 2, year: 3 } as const;

export function dateRange(d: DateMention): [string, string] | null {
  if (!d.date) return null;
  if (d.dateEnd) return [d.date, d.dateEnd];
  if (d.precision === 'month') return [d.date, monthEnd(yearOf(d.date), monthOf(d.date))];
  if (d.precision === 'year') return [d.date, `${yearOf(d.date)}-12-31`];
  return [d.date, d.date];
}

/** The sentence's own event date: the point date nearest its first event word. */
export function eventDate(f: SentenceFacts, anchorAt: number): DateMention | null {
  // "an assault on the town, which has been under siege since April 24": an ongoing event's start.
  const points = f.dates.filter(
    (d) => d.role === 'point' || (d.role === 'since' && d.precision === 'day' && d.resolved),
  );
  let best: DateMention | null = null;
  for (const d of points)
    if (!best || Math.abs(d.start - anchorAt) < Math.abs(best.start - anchorAt)) best = d;
  return best ? (spanWithNext(f, best) ?? best) : null;
}

/** "on Saturday and Monday", "Sunday, Monday": the event took those days, told as one span. */
function spanWithNext(f: SentenceFacts, d: DateMention): DateMention | null {
  if (d.precision !== 'day' || !d.date || d.dateEnd) return null;
  const days = f.dates.filter((x) => x.role === 'point' && x.precision === 'day' && x.date && !x.dateEnd);
  const i = days.indexOf(d);
  const pair = (a: DateMention | undefined, b: DateMention | undefined) => {
    if (!a?.date || !b?.date || a.date >= b.date) return null;
    const between = f.sentence.text.slice(a.end - f.sentence.from, b.start - f.sentence.from);
    if (!/^\s*(?:,|and|or|to|through|and on|-|–)\s*$/i.test(between)) return null;
    const span = Math.round((Date.parse(b.date) - Date.parse(a.date)) / 86_400_000);
    return span <= 6 ? { ...a, end: b.end, text: `${a.text}${between}${b.text}`, dateEnd: b.date } : null;
  };
  return pair(d, days[i + 1]) ?? pair(days[i - 1], d);
}

function datesAgree(a: DateMention | null, b: DateMention | null): boolean {
  const ra = a ? dateRange(a) : null;
  const rb = b ? dateRange(b) : null;
  return !ra || !rb || rangesOverlap(ra, rb);
}

function specific(places: PlaceUse[]): PlaceUse[] {
  return places.filter((p) => !p.mention.weak && p.mention.entry.kind !== 'country');
}

export function groupPlaces(g: EventGroup, views: Map<SentenceFacts, SentenceView>): PlaceUse[] {
  return g.core.flatMap((f) => views.get(f)?.places ?? []);
}

function placesAgree(a: PlaceUse[], b: PlaceUse[], index: GazetteerIndex): boolean {
  const sa = specific(a);
  const sb = specific(b);
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
function placesShared(a: PlaceUse[], b: PlaceUse[], index: GazetteerIndex): boolean {
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

function typesAgree(a: IncidentType, b: IncidentType | null): boolean {
  if (!b || a === b || a === 'other' || b === 'other' || a === 'killing' || b === 'killing') return true;
  if (a === 'evacuation' || b === 'evacuation') return true;
  if (FAMILY[a] && FAMILY[b]) return true;
  return (a === 'kidnapping' && FAMILY[b] !== undefined) || (b === 'kidnapping' && FAMILY[a] !== undefined);
}

function kindsOf(list: CasualtyMention[]): Set<string> {
  return new Set(list.map((c) => c.kind));
}

/** Victims agree unless one side only has missing people and the other none missing, or "another" starts a new one. */
function casualtiesAgree(g: EventGroup, v: SentenceView): boolean {
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
  const onlyMissing = (k: Set<string>) => [...k].every((x) => x === 'missing');
  if ((onlyMissing(a) && !b.has('missing')) || (onlyMissing(b) && !a.has('missing'))) return false;
  return [...b].some(
    (k) => a.has(k) || (k === 'killed' && a.has('injured')) || (k === 'injured' && a.has('killed')),
  );
}

function anaphorTarget(groups: EventGroup[], kind: AnaphorKind): EventGroup | null {
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

function join(g: EventGroup, v: SentenceView, asCore: boolean): void {
  if (asCore) {
    g.core.push(v.facts);
    g.casualties.push(...v.casualties);
    if (v.type && refines(g.type, v.type)) g.type = v.type;
  } else g.support.push(v.facts);
  if (v.date?.resolved && (!g.date || PRECISION_RANK[v.date.precision] < PRECISION_RANK[g.date.precision])) {
    g.date = v.date;
  }
  g.last = v.facts.sentence.index;
}

/** A later sentence may sharpen the kind of event: an attack that was an ambush, a death that was a clash. */
function refines(current: IncidentType, next: IncidentType): boolean {
  if (current === 'other' || current === 'killing')
    return next !== 'evacuation' && TYPE_RANK[next] < TYPE_RANK[current];
  return next === 'ambush' && (current === 'attack' || current === 'armed_clash');
}

function fallbackType(v: SentenceView): IncidentType {
  const kinds = kindsOf(v.casualties);
  if (kinds.has('kidnapped')) return 'kidnapping';
  if (kinds.has('killed')) return 'killing';
  return 'other';
}

/** The same victims: a casualty of one kind, side, contingent and count in both. */
function sameVictims(a: EventGroup, b: EventGroup): boolean {
  return a.casualties.some((x) =>
    b.casualties.some(
      (y) =>
        x.kind === y.kind &&
        x.affiliation === y.affiliation &&
        x.country === y.country &&
        x.count === y.count,
    ),
  );
}

/**
 * An event first told with no date ("the Kenyan cop sustained injuries in the shoulder …") and
 * later told with its day ("on July 30 the officer was shot") is one event: the undated group
 * joins the dated one with the same victims, when their places agree.
 */
function joinUndated(groups: EventGroup[], viewOf: Map<SentenceFacts, SentenceView>, index: GazetteerIndex) {
  for (const a of [...groups]) {
    if (a.date !== null || a.casualties.length === 0) continue;
    const b = groups.find(
      (g) =>
        g !== a &&
        g.date !== null &&
        g.date.precision === 'day' &&
        sameVictims(a, g) &&
        typesAgree(g.type, a.type) &&
        placesAgree(groupPlaces(g, viewOf), groupPlaces(a, viewOf), index),
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

export function groupEvents(views: SentenceView[], index: GazetteerIndex): EventGroup[] {
  const groups: EventGroup[] = [];
  const viewOf = new Map(views.map((v) => [v.facts, v]));
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
    const datedAway = (g: EventGroup) => !datesAgree(g.date, v.date);

    if (f.anaphor) {
      const target = anaphorTarget(groups, f.anaphor);
      if (
        target &&
        !datedAway(target) &&
        !f.background &&
        placesAgree(groupPlaces(target, viewOf), v.places, index) &&
        // "another officer was injured during the attack": the event is named, the victims may differ.
        (f.anaphor === 'event' || casualtiesAgree(target, v))
      ) {
        join(target, v, founding);
        inGroup.set(f.sentence.index, target);
        continue;
      }
    }
    // "In other parts of the capital, firefights broke out": a scene of its own, told as part of
    // the same day's story: a new event, on the day just told when it names none.
    if (founding && f.elsewhere && groups.length > 0) {
      const last = groups[groups.length - 1];
      const g: EventGroup = {
        core: [],
        support: [],
        type: v.type ?? fallbackType(v),
        date: null,
        casualties: [],
        last: 0,
      };
      join(g, v, true);
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
      // "At least 15 other people were injured …": more victims of the event just told.
      const more = v.casualties.some((c) => c.phrase.other && !c.phrase.another);
      // The event just told named no day and no specific place ("killing four people in Haiti's
      // central region"): the next sentence that names them ("in Petite Rivière", "Tuesday's
      // attack") tells the same event, unless it is of another kind.
      const vague =
        last !== undefined &&
        last.date === null &&
        specific(groupPlaces(last, viewOf)).length === 0 &&
        typesAgree(last.type, v.type);
      if (last && last.last >= f.sentence.index - 1 && (more || vague) && !datedAway(last)) {
        join(last, v, true);
        inGroup.set(f.sentence.index, last);
        continue;
      }
    }
    if (founding) {
      let target: EventGroup | null = null;
      for (let i = groups.length - 1; i >= 0 && !target && !f.background; i--) {
        const g = groups[i];
        if (!g || datedAway(g) || !typesAgree(g.type, v.type) || !casualtiesAgree(g, v)) continue;
        const gPlaces = groupPlaces(g, viewOf);
        if (!placesAgree(gPlaces, v.places, index)) continue;
        const sameDay = v.date !== null && g.date !== null && v.date.resolved;
        const samePlace = placesShared(gPlaces, v.places, index);
        const bare = v.date === null && specific(v.places).length === 0;
        // A toll told with no date or place of its own continues the event just told.
        const sameVictims =
          bare &&
          hasCasualty &&
          (i === groups.length - 1 || v.casualties.some((c) => kindsOf(g.casualties).has(c.kind)));
        const adjacent = bare && g.last === f.sentence.index - 1;
        if (sameDay || samePlace || sameVictims || adjacent) target = g;
      }
      if (target) join(target, v, true);
      else {
        target = {
          core: [],
          support: [],
          type: v.type ?? fallbackType(v),
          date: null,
          casualties: [],
          last: 0,
        };
        join(target, v, true);
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
    const last = groups[groups.length - 1];
    if (
      !f.background &&
      !v.type &&
      v.casualties.length === 0 &&
      last &&
      last.date === null &&
      last.last >= f.sentence.index - 3 &&
      v.date?.resolved &&
      v.date.precision === 'day' &&
      placesAgree(groupPlaces(last, viewOf), v.places, index)
    ) {
      join(last, v, false);
      inGroup.set(f.sentence.index, last);
    }
  }
  joinUndated(groups, viewOf, index);
  return groups;
}
