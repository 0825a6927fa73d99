/**
 * The dateline that opens a wire or newspaper story: "PORT-AU-PRINCE, Haiti (AP) —",
 * "PORT-AU-PRINCE, March 4 (Reuters) -", "(CNN) —", "Petite-Rivière, mercredi 11 décembre 2024 –".
 * It says where and when the story was filed and by whom: never when or where the event happened.
 * The reader keeps its place as a fallback scene, its date as evidence of publication, its outlet
 * for the report, and reads nothing in it as an event.
 */
import { isWeekdayWord, SHORT_MONTHS } from './date-words';
import { findDateMentions } from './dates';
import type { PublicationEstimate } from './publication';
import type { Sentence } from './sentences';
import { foldWord } from './tokens';

export interface Dateline {
  /** Offsets of the whole dateline (separator included) in the text. */
  from: number;
  to: number;
  /** "PORT-AU-PRINCE, Haiti" as written, null when only an outlet opens the story. */
  placeText: string | null;
  /** The filing date the dateline states, resolved when it has a year (or a reference date). */
  date: string | null;
  dateText: string | null;
  /** "Nov 4" with no year to place it: "11-04", for a year the text's other dates give. */
  monthDay?: string | null;
  /** "AP", "Reuters", "CNN", "OSV News". */
  outlet: string | null;
}

// A dash-like separator ("—", "–", "─", " - ", "--", AlterPresse's "---") after at most ~90 characters with no full stop.
const SEPARATOR = /\s*(?:[—–─]|\s-{1,3}\s|-{2,3}|(?<=[\p{L})])\.-)\s*/u;
// "(AP)", and AlterPresse's "[AlterPresse]".
const OUTLET = /[([]([\p{L}][\p{L}\p{N}&. ’'-]{0,30})[)\]]/u;
/** A place written in capitals ("PORT-AU-PRINCE") or a title-cased name followed by a comma. */
const CAPS_PLACE = /^[\p{Lu}][\p{Lu}\p{M}'’. -]{2,}$/u;
const TITLE_PLACE = /^[\p{Lu}][\p{L}\p{M}'’.-]*(?:[ -][\p{L}\p{M}'’.-]+){0,4}$/u;

const PARTICLES = /^(?:de|du|des|la|le|les|d['’]|l['’]|of|the|en|sur|au|aux)(?:\p{Lu}|$)/u;

function parsePrefix(prefix: string, ref: string | null) {
  const outletMatch = OUTLET.exec(prefix);
  const outlet = outletMatch?.[1]?.trim() ?? null;
  const rest = (outletMatch ? prefix.replace(outletMatch[0], ' ') : prefix)
    // "GENEVA (11 June 2025)": a date in brackets is the dateline's, as after a comma.
    .replace(/\s*\(([^()]*\d{4})\)/u, ', $1')
    .trim()
    .replace(/,\s*$/, '');
  if (rest === '')
    return outlet ? { placeText: null, date: null, dateText: null, monthDay: null, outlet } : null;
  const parts = rest
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const first = parts[0] ?? '';
  const dated = findDateMentions(rest, 0, ref);
  const dateMention = dated.find((d) => d.precision === 'day' || d.precision === 'month') ?? null;
  // The first part must be a place, not the start of a sentence: capitals, or a name before a comma.
  // A place's words are names, or the particles names are joined by ("Petite-Rivière de l'Artibonite"),
  // not "On Monday in Kenscoff, four people were killed —".
  const named = first.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || PARTICLES.test(w));
  // "Port-au-Prince, Haiti —", and AFP's « Port-au-Prince (AFP) – »: a name with the outlet after it.
  const placeLike =
    CAPS_PLACE.test(first) ||
    ((parts.length > 1 || outlet !== null) &&
      TITLE_PLACE.test(first) &&
      named &&
      first.split(/\s+/).length <= 5);
  // "Mercredi, des bandits … le trajet Hinche–Port-au-Prince": a day opens a sentence, not a dateline.
  if ((!placeLike || isWeekdayWord(foldWord(first))) && !outlet) return null;
  if (!placeLike && parts.length > 0 && !dateMention) return null;
  return {
    placeText: placeLike ? parts.slice(0, dateMention && parts.length > 1 ? 1 : 2).join(', ') : null,
    date: dateMention?.date ?? null,
    dateText: dateMention?.text.trim() ?? null,
    monthDay: dateMention?.date ? null : (dateMention?.monthDay ?? null),
    outlet,
  };
}

/** The dateline at the start of the first sentence of the body, if the story opens with one. */
export function findDateline(sentences: readonly Sentence[], ref: string | null): Dateline | null {
  const first = sentences.find((s) => !s.headline && !s.boilerplate && s.text !== '');
  if (!first) return null;
  const head = first.text.slice(0, 110);
  const sep = SEPARATOR.exec(head);
  if (!sep || sep.index === 0) return null;
  const prefix = head.slice(0, sep.index);
  // "PORT-AU-PRINCE, Haiti — (AP) —": the outlet after a first separator belongs to the dateline.
  const more = /^\(([\p{L}][\p{L}\p{N}&. ’'-]{0,30})\)\s*(?:[—–─]|-{1,2})\s*/u.exec(
    head.slice(sep.index + sep[0].length),
  );
  if (more) {
    const parsed = parsePrefix(`${prefix} ${more[0].replace(/[—–─-]+\s*$/u, '')}`, ref);
    if (parsed)
      return { from: first.from, to: first.from + sep.index + sep[0].length + more[0].length, ...parsed };
  }
  // « P-au-P, 8 oct. 2024 [AlterPresse] --- »: a month written short is no full stop.
  const unabridged = prefix.replace(/(\p{L}+)\.\s/gu, (stop, word: string) =>
    SHORT_MONTHS.has(foldWord(word)) ? `${word} ` : stop,
  );
  if (/[.!?]\s/.test(unabridged) || prefix.length > 90) return null;
  const parsed = parsePrefix(prefix, ref);
  if (!parsed) return null;
  return { from: first.from, to: first.from + sep.index + sep[0].length, ...parsed };
}

/**
 * "Port-au-Prince, Nov 4 (EFE).-" in a text whose latest stated date is "September 2025": the
 * dateline's day in the first year that puts it on or after that date.
 */
export function datelineDay(
  dateline: Dateline | null,
  estimate: PublicationEstimate | null,
): PublicationEstimate | null {
  const md = dateline?.monthDay;
  if (!md || !estimate?.date) return estimate;
  const year = Number(estimate.date.slice(0, 4));
  const day = `${year}-${md}` >= estimate.date ? `${year}-${md}` : `${year + 1}-${md}`;
  return { date: day, basis: `the dateline (“${dateline?.dateText}”), after ${estimate.basis}` };
}
