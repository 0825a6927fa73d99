import { affiliationLabel } from '@/lib/incidents/labels';
import type { ReconciledFigure } from '@/lib/incidents/reconcile';

/** "1 killed · MSS (Kenya)" or, where sources disagree, "1–2 killed (best 1)". */
export function CasualtySummary({ casualties }: { casualties: ReconciledFigure[] }) {
  if (casualties.length === 0) return <span className="muted">No casualties reported</span>;
  return (
    <ul className="casualty-summary">
      {casualties.map((c) => (
        <li key={`${c.kind}-${c.affiliation}-${c.country}`} className={`kind-${c.kind}`}>
          <strong>{c.low === c.high ? c.best : `${c.low}–${c.high}`}</strong> {c.kind}
          {c.low !== c.high && <span className="muted"> (best {c.best})</span>} ·{' '}
          {affiliationLabel(c.affiliation, c.country)}
        </li>
      ))}
    </ul>
  );
}
