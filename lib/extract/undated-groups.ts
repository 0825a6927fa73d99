/**
 * An event first told with no date and told again later with its day (event-groups.ts): the
 * undated group joins the dated one with the same victims, when their places agree.
 */
import type { SentenceFacts } from './analyze';
import { groupPlaces, placesAgree, typesAgree } from './event-agreement';
import type { EventGroup, SentenceView } from './event-groups';
import type { GazetteerIndex } from './places';

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
