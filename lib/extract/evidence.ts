/** Evidence: the sentences themselves and where they sit in the original text. */
import type { EvidenceSpan } from './schema';
import type { Sentence } from './sentences';

export function evidenceOf(sentences: readonly Sentence[]): {
  evidence: string;
  evidenceSpans: EvidenceSpan[];
} {
  const ordered = [...new Set(sentences)].sort((a, b) => a.from - b.from);
  return {
    evidence: ordered.map((s) => s.text).join(' '),
    evidenceSpans: ordered.map((s) => ({ from: s.from, to: s.to })),
  };
}

// Where one clause of a sentence ends and the next begins: ", and", ", but", ";", " while ",
// ", bringing the toll to …".
const CLAUSE_BREAK =
  /,\s+(?:and|but|while|whereas|bringing|raising|taking|pushing)\s|;\s|\s(?:while|whereas)\s/g;

/** [start, end) offsets (into the whole text) of the clause of `s` that holds `at`. */
export function clauseAround(s: Sentence, at: number): [number, number] {
  let start = s.from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s.text); m !== null; m = CLAUSE_BREAK.exec(s.text)) {
    const pos = s.from + m.index;
    if (pos >= at) return [start, pos];
    start = pos;
  }
  return [start, s.to];
}
