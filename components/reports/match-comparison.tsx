import {
  affiliationLabel,
  formatIncidentDate,
  HEDGE_PREFIX,
  INCIDENT_TYPE_LABELS,
} from '@/lib/incidents/labels';
import type { MatchView } from '@/lib/reports/review-matches';
import type { ReviewIncidentInput } from '@/lib/reports/review-schema';

const dateText = (date: string | null, dateEnd: string | null, precision: string | null) =>
  date && precision ? formatIncidentDate(date, dateEnd, precision) : 'not dated';

/** The drafted incident beside the stored one the matcher suggests, row by row. */
export function MatchComparison({
  incident,
  placeName,
  match,
  caption,
}: {
  incident: ReviewIncidentInput;
  placeName: string | null;
  match: MatchView;
  caption: string;
}) {
  const proposedCasualties = incident.casualties
    .filter((c) => c.accepted)
    .map(
      (c) =>
        `${HEDGE_PREFIX[c.hedge] ?? ''}${c.count} ${affiliationLabel(c.affiliation, c.country ?? null)} ${c.kind}`,
    );
  const storedCasualties = match.casualties.map(
    (c) => `${c.best} ${affiliationLabel(c.affiliation, c.country)} ${c.kind}`,
  );
  const rows: [string, string, string][] = [
    ['Title', incident.title, match.title],
    [
      'Date',
      dateText(incident.date || null, incident.dateEnd || null, incident.datePrecision || null),
      dateText(match.date, match.dateEnd, match.datePrecision),
    ],
    ['Place', placeName ?? 'not known', match.place ?? 'not known'],
    [
      'Type',
      INCIDENT_TYPE_LABELS[incident.type] ?? incident.type,
      INCIDENT_TYPE_LABELS[match.type] ?? match.type,
    ],
    ['Casualties', proposedCasualties.join('; ') || 'none', storedCasualties.join('; ') || 'none'],
  ];
  return (
    <div className="table-scroll">
      <table className="claims-table match-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">This report (proposed)</th>
            <th scope="col">
              Stored incident{' '}
              <a href={`/incidents/${match.incidentId}`} target="_blank" rel="noopener">
                #{match.incidentId}
              </a>{' '}
              <span className="muted">
                ({match.sources} source{match.sources === 1 ? '' : 's'})
              </span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, proposed, stored]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{proposed}</td>
              <td>{stored}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Suggested because: {match.reasons.join(', ')}.</p>
    </div>
  );
}
