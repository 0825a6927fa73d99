/**
 * From a group of sentences about one event to the incident the editor sees: date (stated,
 * resolved, or — when the report gives none — the month of the nearest date it does give, said
 * so in `dateNote`), scene, casualties, kind, title, people, evidence and a confidence.
 */

import type { PlaceUse, SentenceFacts } from './analyze';
import { formatLongDate } from './calendar';
import type { EventGroup, SentenceView } from './event-groups';
import { evidenceOf } from './evidence';
import { namedSiteOfKind } from './generic-sites';
import { incidentActors } from './incident-actors';
import { tallyCasualties } from './incident-casualties';
import { type Dating, dating } from './incident-dating';
import {
  type ChosenPlace,
  choosePlace,
  contextPlace,
  pointedPlace,
  scenePlaces,
  separateScenes,
} from './incident-places';
import { incidentTitle } from './incident-title';
import { abducted } from './incident-victims';
import { type GazetteerIndex, toPlaceMatch } from './places';
import type { IncidentDraft, ReaderFlag } from './schema';
import type { WarningLog } from './warnings';

export interface BuildOptions {
  index: GazetteerIndex;
  facts: SentenceFacts[];
  views: Map<SentenceFacts, SentenceView>;
  publishedAt: string | null;
  publishedAtEstimated: boolean;
  warnings: WarningLog;
  datelinePlaces: PlaceUse[];
  /** The group being built is the article's first event (its own news, not a back-reference). */
  mainEvent?: boolean;
}

const ARRESTED_NAME =
  /\b(?:identified as|named|arrested|detained|apprehended|arrest of|kidnapped|abducted)\s+(?:(?:former|ex-|notorious|gang|leader|senator|senior|police|officer|chief|pastor|the|a)\s+){0,3}((?:\p{Lu}[\p{L}'’-]+\s?){2,4})/u;

function namedPeople(g: EventGroup): IncidentDraft['persons'] {
  if (g.type !== 'arrest' && g.type !== 'kidnapping') return [];
  const role = g.type === 'arrest' ? 'arrested' : 'kidnapped';
  for (const f of [...g.core, ...g.support]) {
    const m = ARRESTED_NAME.exec(f.sentence.text);
    const name = m?.[1]?.trim();
    if (name && !/^(?:Haiti|Port|The|MSS)\b/.test(name)) return [{ name, age: null, role }];
  }
  return [];
}

/** The commune a site or neighbourhood lies in, for titles: "near U.S. Embassy, Tabarre". */
function communeOf(key: string, index: GazetteerIndex): string | null {
  const [own, ...parents] = index.lineage(key);
  const entry = own ? index.byKey.get(own) : undefined;
  if (entry?.kind !== 'site' && entry?.kind !== 'neighbourhood') return null;
  for (const k of parents) {
    const e = index.byKey.get(k);
    if (e?.kind === 'commune') return e.name;
  }
  return null;
}

const CONTEXT_SOURCE = {
  nearby: 'a sentence beside the event',
  dateline: 'the dateline',
  article: 'the place the article names most',
} as const;

/** Nothing more precise than the country the report is about: said, at country precision. */
function countryOnly(chosen: ChosenPlace, o: BuildOptions): { chosen: ChosenPlace; flag: ReaderFlag | null } {
  const use = o.facts
    .flatMap((f) => f.places)
    .find((u) => u.mention.entry.kind === 'country' && u.role !== 'destination' && u.role !== 'origin');
  if (!use) return { chosen, flag: null };
  const place = toPlaceMatch(use.mention, o.index, false);
  return {
    chosen: { place, placeText: chosen.placeText, use },
    flag: {
      code: 'place_not_found',
      message: `The report names no place for this event more precise than ${place.name}.`,
    },
  };
}

/** An event with no specific scene of its own takes one from its context, and says so. */
function placeFromContext(
  g: EventGroup,
  chosen: ChosenPlace,
  o: BuildOptions,
  otherEvents: ReadonlySet<number>,
): { chosen: ChosenPlace; flag: ReaderFlag | null } {
  // A road through several communes is as precise as the report is: not one of its ends.
  if (chosen.use?.road) return { chosen, flag: null };
  if (!chosen.place || o.index.rank(chosen.place.key) <= 2) {
    const site = namedSiteOfKind(g.core, o.facts, otherEvents, chosen.place?.key ?? null, o.index);
    if (site) {
      const place = toPlaceMatch(site.mention, o.index, false);
      return {
        chosen: { place, placeText: chosen.placeText, use: site },
        flag: {
          code: 'place_from_context',
          message: `The event's own sentences name a kind of site, not which one; placed at ${place.name}, the one named beside them.`,
        },
      };
    }
  }
  if (chosen.place && o.index.rank(chosen.place.key) >= 2) return { chosen, flag: null };
  // A back-reference ("in February", "last week") is another event than the one the article is
  // about: where the article happens is no evidence of where that one did.
  // An explicit span of days ("du mardi 10 au mercredi 11 décembre") is told as this story's own.
  const span = g.date?.explicit === true && g.date.precision === 'week' && g.date.dateEnd !== null;
  // So is an earlier event the report recalls ("Il importe de rappeler que le 23 février…").
  const recalled = g.core.length > 0 && g.core.every((f) => f.background);
  const indices = [...g.core, ...g.support].map((f) => f.sentence.index);
  const [first, last] = [Math.min(...indices), Math.max(...indices)];
  // Unless its own words point at a place told before: "En mars dernier, … à l'entrée sud de la ville".
  const pointed = pointedPlace(first, last, o.facts, o.index);
  if (((g.date && g.date.precision !== 'day' && !span) || recalled) && !pointed)
    return chosen.place ? { chosen, flag: null } : countryOnly(chosen, o);
  const found = pointed ?? contextPlace(first, last, o.facts, otherEvents, o.datelinePlaces, o.index);
  if (!found) return chosen.place ? { chosen, flag: null } : countryOnly(chosen, o);
  const key = found.use.mention.entry.key;
  // Within what the event's own sentences said ("in Haiti", "in the Artibonite"), never elsewhere.
  // (The country holds every place of the gazetteer, which is Haiti's.)
  const within =
    !chosen.place || o.index.rank(chosen.place.key) === 0 || o.index.lineage(key).includes(chosen.place.key);
  if (!within) return { chosen, flag: null };
  const place = toPlaceMatch(found.use.mention, o.index, found.use.role === 'near');
  return {
    chosen: { place, placeText: chosen.placeText, use: found.use },
    flag: {
      code: 'place_from_context',
      message: `The event's own sentences name no specific place; placed at ${place.name} from ${CONTEXT_SOURCE[found.from]}.`,
    },
  };
}

const DATE_CHECK = {
  date_assumed: 'The report does not say when this happened: the date is assumed',
  date_estimated: 'The date is counted from a publication date the reader estimated',
} as const;

/** What else the editor should check first: an assumed date, a side read from the article, competing tolls. */
function readerChecks(c: {
  when: Dating;
  views: Array<SentenceView | undefined>;
  competing: boolean;
}): ReaderFlag[] {
  const { when, views, competing } = c;
  const out: ReaderFlag[] = [];
  if (when.flag)
    out.push({ code: when.flag, message: `${DATE_CHECK[when.flag]} (${when.dateNote ?? when.date}).` });
  const inferred = views.flatMap((v) => v?.casualties ?? []).filter((c) => c.sideInferred);
  if (inferred.length > 0) {
    const who = [...new Set(inferred.map((c) => c.phrase.head ?? 'victims'))].join(', ');
    out.push({
      code: 'side_inferred',
      message: `The side of the ${who} comes from what the article is about, not from their own sentence.`,
    });
  }
  if (views.some((v) => v?.uncounted)) {
    out.push({
      code: 'toll_uncounted',
      message:
        'The report tells of victims without a number (“several”, “dozens”): read the text and enter the toll if it gives one.',
    });
  }
  if (competing) {
    out.push({
      code: 'competing_tolls',
      message:
        'The report gives competing tolls for this event: figures it attributes to different sources are all kept, the one it leads with first; otherwise the larger is kept.',
    });
  }
  return out;
}

function buildOne(
  g: EventGroup,
  chosen: ChosenPlace,
  o: BuildOptions,
  split: boolean,
  flags: ReaderFlag[] = [],
): IncidentDraft {
  const views = g.core.map((f) => o.views.get(f));
  const { casualties, competing } = tallyCasualties(
    g.core.map((f, i) => ({
      text: f.sentence.text,
      from: f.sentence.from,
      mentions: views[i]?.casualties ?? [],
    })),
    o.warnings,
  );
  const when = dating(g, o);
  const checks = [...flags, ...readerChecks({ when, views, competing })];
  // An attack whose only victims were taken away is a kidnapping: "gunmen breached the orphanage
  // and abducted eight people".
  const taken = abducted(g.casualties) !== null && casualties.every((c) => c.kind === 'missing');
  const type = taken && (g.type === 'attack' || g.type === 'other') ? 'kidnapping' : g.type;
  const persons = namedPeople(g);
  const sentences = [...g.core, ...g.support].map((f) => f.sentence);
  if (chosen.placeText && !chosen.place) {
    o.warnings.add(
      'unknown_place',
      `“${chosen.placeText}” is not in the gazetteer; the incident has no map position.`,
      chosen.placeText,
    );
  } else if (chosen.placeText) {
    o.warnings.add(
      'unknown_place',
      `“${chosen.placeText}” is not in the gazetteer; placed at ${chosen.place?.name}.`,
      chosen.placeText,
    );
  }
  let confidence = 0.85 + (sentences.length > 1 ? 0.05 : 0) - when.penalty;
  if (!chosen.place) confidence -= chosen.placeText ? 0.1 : 0.15;
  if (casualties.length === 0 && g.type === 'other') confidence -= 0.1;
  if (split) confidence -= 0.1;
  return {
    date: when.date,
    dateEnd: when.dateEnd,
    datePrecision: when.datePrecision,
    dateNote: when.dateNote,
    ...(when.weekday !== undefined && when.weekday !== null ? { weekday: when.weekday } : {}),
    ...(when.monthDay ? { monthDay: when.monthDay } : {}),
    type,
    title: incidentTitle({
      type,
      casualties,
      place: chosen.place,
      placeText: chosen.placeText,
      near: chosen.use?.role === 'near',
      area: chosen.place ? communeOf(chosen.place.key, o.index) : null,
      persons,
      abducted: abducted(g.casualties),
    }),
    place: chosen.place,
    placeText: chosen.placeText,
    casualties,
    persons,
    actors: incidentActors(
      sentences.map((x) => x.text),
      casualties,
    ),
    ...evidenceOf(sentences),
    confidence: Math.round(Math.min(0.95, Math.max(0.1, confidence)) * 100) / 100,
    flags: checks,
  };
}

export function buildIncidents(groups: EventGroup[], options: BuildOptions): IncidentDraft[] {
  const out: IncidentDraft[] = [];
  for (const g of groups) {
    const o = { ...options, mainEvent: g === groups[0] };
    const core = g.core.flatMap(scenePlaces);
    const support = g.support.flatMap(scenePlaces);
    const unknown = g.core.flatMap((f) => f.unknownPlaces);
    if (g.casualties.length === 0) {
      const scenes = g.core
        .map((f) => separateScenes(scenePlaces(f), f.sentence.text, f.sentence.from, o.index))
        .find((s) => s.length > 1);
      if (scenes) {
        for (const use of scenes) {
          const place = toPlaceMatch(use.mention, o.index, use.role === 'near');
          out.push(buildOne(g, { place, placeText: null, use }, o, true));
        }
        continue;
      }
    }
    const otherEvents = new Set(
      groups.filter((x) => x !== g).flatMap((x) => x.core.map((f) => f.sentence.index)),
    );
    const own = choosePlace(core, support, unknown, o.index);
    const { chosen, flag } = placeFromContext(g, own, o, otherEvents);
    out.push(buildOne(g, chosen, o, false, flag ? [flag] : []));
  }
  return out;
}

export function weekdayWarnings(facts: SentenceFacts[], warnings: WarningLog): void {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  for (const f of facts) {
    for (const d of f.dates) {
      if (!d.weekdayMismatch || !d.date) continue;
      const { stated, actual } = d.weekdayMismatch;
      warnings.add(
        'weekday_mismatch',
        `“${d.text}”: ${formatLongDate(d.date)} was a ${names[actual]}, not a ${names[stated]}; dated ${d.date} from the day of the month.`,
        f.sentence.text,
      );
    }
  }
}
