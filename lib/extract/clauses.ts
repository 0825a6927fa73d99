/**
 * One sentence, two events: "After suffering several gang attacks on Sunday evening and Monday,
 * the hospital was set on fire during the night from Monday to Tuesday." The opening clause tells
 * an earlier event on its own day; the main clause another, on another day. Each becomes a clause
 * read on its own, the opening one as an earlier (background) event, and the two never join one
 * event: a coder records an attack repelled on Monday and a fire set that night as two incidents.
 * Only when both clauses tell an event and each names its own, different date: "after a gunfight
 * on Monday, police arrested five men" stays one sentence.
 */
import type { SentenceFacts } from './analyze';
import type { Sentence } from './sentences';

const EARLIER_OPENING =
  /^[“"‘']?\s*(?:(?:a few |two |three |several |just )?(?:days?|hours?|weeks?) after|after|following|après|suite à|apre)\b/i;

/** The opening clause and the main clause, when the sentence tells two events on two dates. */
export function earlierClauseSplit(f: SentenceFacts): [Sentence, Sentence] | null {
  const { sentence } = f;
  if (f.skip || !EARLIER_OPENING.test(sentence.text)) return null;
  const told = f.dates.filter((d) => d.resolved && d.date && d.role === 'point');
  const first = told[0];
  if (!first) return null;
  const comma = sentence.text.indexOf(',', first.end - sentence.from);
  if (comma < 0) return null;
  const later = told.find(
    (d) => d.start - sentence.from > comma && (d.date !== first.date || d.dateEnd !== first.dateEnd),
  );
  if (!later) return null;
  const opening = f.types.some((t) => t.index < comma);
  const main = f.types.some((t) => t.index > comma);
  if (!opening || !main) return null;
  const rest = sentence.text.slice(comma + 1);
  const lead = rest.length - rest.trimStart().length;
  return [
    { ...sentence, text: sentence.text.slice(0, comma), to: sentence.from + comma },
    { ...sentence, text: rest.trimStart(), from: sentence.from + comma + 1 + lead },
  ];
}
