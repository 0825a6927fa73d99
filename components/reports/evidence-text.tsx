'use client';

import { useMemo } from 'react';
import { highlightRuns, type TaggedSpan } from '@/lib/reports/highlight';

/**
 * The report text with each kept item's evidence marked. Text nodes and <mark>s only: whatever
 * the text contains (HTML, script) is shown as written. The first mark of each item carries
 * its id, so "Show in text" can scroll to it.
 */
export function EvidenceText({
  text,
  spans,
  active,
}: {
  text: string;
  spans: readonly TaggedSpan[];
  active: string | null;
}) {
  const runs = useMemo(() => highlightRuns(text.length, spans), [text, spans]);
  const seen = new Set<string>();
  return (
    <section
      className="report-text review-text"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
      tabIndex={0}
      aria-label="Report text with evidence highlighted"
    >
      {runs.map((run) => {
        const chunk = text.slice(run.from, run.to);
        if (run.ids.length === 0) return <span key={run.from}>{chunk}</span>;
        const first = run.ids.filter((id) => !seen.has(id));
        for (const id of first) seen.add(id);
        const kinds = new Set(run.ids.map((id) => id.split('-')[0]));
        return (
          <mark
            key={run.from}
            className={[
              kinds.has('incident') ? 'evidence-incident' : 'evidence-context',
              active && run.ids.includes(active) ? 'evidence-active' : '',
            ].join(' ')}
            data-evidence-first={first.join(' ') || undefined}
          >
            {chunk}
          </mark>
        );
      })}
    </section>
  );
}

export function scrollToEvidence(id: string): void {
  document
    .querySelector(`[data-evidence-first~="${CSS.escape(id)}"]`)
    ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
