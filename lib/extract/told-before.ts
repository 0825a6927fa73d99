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
