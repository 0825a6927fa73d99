import { affiliationLabel, HEDGE_PREFIX } from '@/lib/incidents/labels';
import type { IncidentDetail } from '@/lib/incidents/queries';
import { sourceLabels } from '@/lib/reports/source-label';

/**
 * Each group's reconciled low / best / high beside every source's own figure, so an analyst
 * sees at a glance where the sources disagree and who says what.
 */
export function ClaimsTable({ incident }: { incident: IncidentDetail }) {
  if (incident.casualties.length === 0)
    return <p className="muted">No source reports casualties for this incident.</p>;
  // Each source's column is headed by its outlet, as analysts cite it ("AP", not "Source 1").
  const titleOf = sourceLabels(incident.sources);
  return (
    <div className="table-scroll">
      <table className="claims-table">
        <caption>Casualty figures: reconciled across sources, and as each source gives them</caption>
        <thead>
          <tr>
            <th scope="col">Casualties</th>
            <th scope="col">Low</th>
            <th scope="col">Best</th>
            <th scope="col">High</th>
            <th scope="col">Sources agreeing</th>
            {incident.sources.map((s) => (
              <th scope="col" key={s.reportId}>
                <a href={`#source-${s.reportId}`}>{titleOf.get(s.reportId)}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {incident.casualties.map((c) => (
            <tr
              key={`${c.kind}-${c.affiliation}-${c.country}`}
              className={c.disputed ? 'disputed' : undefined}
            >
              <th scope="row">
                {affiliationLabel(c.affiliation, c.country)} {c.kind}
                {c.disputed && <span className="disputed-mark"> · disputed</span>}
              </th>
              <td>{c.low}</td>
              <td>
                <strong>{c.best}</strong>
              </td>
              <td>{c.high}</td>
              <td>
                {c.agreeing} of {c.sources}
              </td>
              {incident.sources.map((s) => {
                const claim = c.bySource.find((b) => b.reportId === s.reportId);
                return (
                  <td key={s.reportId}>
                    {claim ? (
                      `${HEDGE_PREFIX[claim.hedge] ?? ''}${claim.count}`
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
