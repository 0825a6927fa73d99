/**
 * The report text cut into runs for highlighting evidence: each run is plain, or covered by one
 * or more items' evidence spans. Rendered as text nodes and <mark>s, never as HTML.
 */
export interface TaggedSpan {
  from: number;
  to: number;
  /** The item the span is evidence for, e.g. "incident-0". */
  id: string;
}

export interface TextRun {
  from: number;
  to: number;
  ids: string[];
}

export function highlightRuns(length: number, spans: readonly TaggedSpan[]): TextRun[] {
  const valid = spans.filter((s) => s.from >= 0 && s.to <= length && s.to > s.from);
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.from, s.to])])].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k] as number;
    const to = cuts[k + 1] as number;
    const ids = valid.filter((s) => s.from <= from && s.to >= to).map((s) => s.id);
    const last = runs.at(-1);
    // Neighbouring runs covered by the same items are one run.
    if (last && last.ids.join() === ids.join()) last.to = to;
    else runs.push({ from, to, ids });
  }
  return runs;
}
