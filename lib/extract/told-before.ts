/**
 * The event told just before a sentence: the one the sentence before joined, or, past a quoted
 * line that tells nothing (« "We had nowhere else to go." »), the one the sentence before that
 * joined. A toll with no day or place of its own continues it (event-groups.ts).
 */
import type { EventGroup, SentenceView } from './event-groups';

/** A sentence that tells no event, day, place or victim: a line of a quote, a comment. */
function silent(v: SentenceView | undefined): boolean {
  return v !== undefined && !v.type && v.casualties.length === 0 && v.date === null && v.places.length === 0;
}

/** `previous`: the view of the sentence at `index` - 1. */
export function toldJustBefore(
  inGroup: ReadonlyMap<number, EventGroup>,
  previous: SentenceView | undefined,
  index: number,
): EventGroup | undefined {
  return inGroup.get(index - 1) ?? (silent(previous) ? inGroup.get(index - 2) : undefined);
}

/**
 * The lead told with no day of its own, continued by the next sentence: "A new massacre in
 * Petite-Rivière. On 24 May, gunmen killed …" (an uncounted lead), "… killed at least 70 people, the
 * UN said on Friday. Gunmen stormed the town early on Thursday" (an uncounted sentence with the day).
 */
export function continuesLead(g: EventGroup, v: SentenceView, index: number): boolean {
  if (g.date !== null || g.last !== index - 1) return false;
  return g.casualties.length === 0 || (v.casualties.length === 0 && v.date?.resolved === true);
}
