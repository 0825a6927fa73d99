/**
 * Where and when the clause of a count sets it: the scene it names (a town or finer, or only the
 * capital or wider), a window of days up to the report, a few days still going on, a date that
 * belongs to a relative clause. figures.ts weighs these to tell one event from a sum of many.
 */

import type { GazetteerEntry } from '../locations/gazetteer';
import type { SentenceFacts } from './analyze';
import { addDays } from './calendar';
import type { CasualtyMention } from './casualties';
import type { DateMention } from './dates';
import { namesCare } from './place-role-words';
import { CAPITAL_KEY } from './places';
import { eitherPattern } from './words';

/**
 * "killed at least 17 people since Friday", « depuis jeudi dernier »: a few days up to the report
 * are one event still going on (incident-dating.ts dates it from its first day), not a sum of many.
 */
export function ongoing(
  d: DateMention,
  publishedAt: string | null,
  placed: boolean,
  clause: string,
): boolean {
  if (d.precision !== 'day' || !publishedAt || !d.date || !placed || SPREAD.test(clause)) return false;
  return d.date <= publishedAt && d.date >= addDays(publishedAt, -7);
}

/** "in operations across the capital", « dans plusieurs quartiers »: many places, many events. */
const SPREAD =
  /(?<![\p{L}])(?:across|throughout|several|various|plusieurs|divers|différents|à travers)(?![\p{L}])/iu;

const RELATIVE_OPENER = /(?<![\p{L}])(?:which|who|where|qui|où)(?![\p{L}])/giu;

/**
 * "Les gangs, qui contrôlent Cabaret depuis 2021, ont tué deux policiers lundi": a date in a
 * relative clause tells of what the clause is about, not of a count outside it.
 */
export function inOtherRelative(f: SentenceFacts, d: DateMention, m: CasualtyMention): boolean {
  const text = f.sentence.text;
  const at = d.start - f.sentence.from;
  const comma = Math.max(text.lastIndexOf(',', at), -1);
  RELATIVE_OPENER.lastIndex = comma + 1;
  const opener = RELATIVE_OPENER.exec(text);
  if (!opener || opener.index >= at) return false;
  const close = text.indexOf(',', at);
  const from = f.sentence.from + opener.index;
  const to = f.sentence.from + (close < 0 ? text.length : close);
  return m.cueStart < from || m.cueStart >= to;
}

/** A scene (not a destination) named in [from, to) of the sentence, of a place `fine` accepts. */
function sceneIn(f: SentenceFacts, from: number, to: number, fine: (e: GazetteerEntry) => boolean): boolean {
  return f.places.some(
    (p) =>
      p.role !== 'none' &&
      p.role !== 'destination' &&
      p.role !== 'origin' &&
      fine(p.mention.entry) &&
      p.mention.start >= from &&
      p.mention.end <= to,
  );
}

/** A scene finer than the country named in [from, to) of the sentence. */
export function scenePlaced(f: SentenceFacts, from: number, to: number): boolean {
  return sceneIn(f, from, to, (e) => e.kind !== 'country');
}

/**
 * "its hospital in the Drouillard area had treated nine people with gunshot wounds since Saturday":
 * where the wounded were cared for, a few days back, counts the victims of one event, as a scene would.
 */
export function caredAt(f: SentenceFacts): boolean {
  // « lopital la resevwa apeprè yon douzèn moun blese depi yè swa »: the hospital that tells it, unplaced.
  const hospital = f.places.some((p) => p.role === 'destination') || namesCare(f.tokens);
  return hospital && f.casualties.some((c) => c.kind === 'injured');
}

export const FORCES = new Set(['police', 'mss', 'army']);

/** "the past week", "the last two weeks": a window of days ending at the report (not "the past few days"). */
export const WINDOW =
  /^(?:the (?:past|last) (?!few|several)|la semaine écoulée|les (?:sept|7|quinze|15) derniers jours)/;

/** "in an attack on a church", "during a raid", « lors d'une attaque »: one event, named in the singular. */
const ONE_EVENT =
  /\b(?:an? |the )(?:\w+ )?(?:attack|raid|ambush|assault|massacre|siege|shooting|offensive)\b(?!s)|(?<![\p{L}])(?:une|l['’]) ?(?:attaque|embuscade|assaut|incursion)(?![\p{L}])|(?<![\p{L}])(?:un|le) (?:raid|massacre|siège)(?![\p{L}])/iu;

export function oneEventNamed(clause: string): boolean {
  return ONE_EVENT.test(clause);
}

/** A scene finer than the capital in [from, to): a town, a neighbourhood, a site. */
export function townPlaced(f: SentenceFacts, from: number, to: number): boolean {
  return sceneIn(
    f,
    from,
    to,
    (e) => e.kind !== 'country' && e.kind !== 'department' && e.key !== CAPITAL_KEY,
  );
}

/** Apart, as eitherPattern (words.ts) keeps them: `\b` and `\p{L}` under `iu` scan several times slower. */
export const WIDER_TALLY = eitherPattern(
  /\b(?:ha(?:ve|s|d)\s+(?:now\s+)?(?:been\s+)?\w+ed|since|across|nationwide|country|commune|region|department|capital|this year|so far)\b/i,
  /(?<![\p{L}])(?:depuis|à travers|dans tout|pays|commune|région|département)(?![\p{L}])/iu,
);

/** One event told on a day at a place, with no toll of its own: "Gangs attacked Pont-Sondé on Monday." */
export function toldOneEvent(f: SentenceFacts): boolean {
  return (
    f.types.length > 0 &&
    f.casualties.length === 0 &&
    !f.aggregate &&
    f.dates.some((d) => d.role === 'point' && d.resolved && d.precision === 'day') &&
    scenePlaced(f, -Infinity, Infinity)
  );
}

/** "The killings took place Friday and Saturday in Wharf Jérémie": the dead told before, on days at a scene. */
export function placesTheDead(f: SentenceFacts): boolean {
  return (
    (f.anaphor === 'killed' || f.anaphor === 'event') &&
    f.casualties.length === 0 &&
    f.dates.some((d) => d.role === 'point' && d.resolved && d.precision === 'day') &&
    scenePlaced(f, -Infinity, Infinity)
  );
}
