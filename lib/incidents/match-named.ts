/**
 * A person named as a victim in two reports identifies the event as a place or a toll does: one
 * kidnapping is told by its hostage's name ("missionary Jane Doe") long after its place and count
 * are given differently, or not at all ("in Haiti"). A full name (first name and surname, the same
 * in both) identifies wherever the places are compatible; a surname alone ("Joseph", common in
 * Haiti) only where the place agrees too, at the same commune or site. Different communes never
 * merge: the caller has already refused them.
 * And two reports that each name all their victims, none in common, tell of different persons:
 * two kidnappings the same day in one commune, not one.
 */
import type { MatchSubject, PlaceLevel } from './match';
import { displayName, sameNamedVictim } from './victim-names';

/** The reason two incidents are identified by a named victim, or null. */
export function namedVictimTie(
  draft: readonly string[] | undefined,
  stored: readonly string[] | undefined,
  placeLevel: PlaceLevel,
): string | null {
  const named = sameNamedVictim(draft, stored);
  if (!named) return null;
  if (!named.full && placeLevel !== 'specific' && placeLevel !== 'commune') return null;
  return `the same named victim (${displayName(named.name)})`;
}

type Named = Pick<MatchSubject, 'casualties' | 'victimNames'>;

/** How many victims a subject tells of: per side and kind, the highest count any claim gives. */
function toll(s: Named): number {
  const most = new Map<string, number>();
  for (const c of s.casualties) {
    const key = `${c.kind}/${c.affiliation}`;
    most.set(key, Math.max(most.get(key) ?? 0, c.count ?? 1));
  }
  return [...most.values()].reduce((n, c) => n + c, 0);
}

/** Both name every victim they count (or count none), and no one in common. */
export function differentNamedVictims(draft: Named, stored: Named): boolean {
  const [a, b] = [draft.victimNames ?? [], stored.victimNames ?? []];
  if (a.length === 0 || b.length === 0 || sameNamedVictim(a, b)) return false;
  return toll(draft) <= a.length && toll(stored) <= b.length;
}
