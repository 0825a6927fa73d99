import Link from 'next/link';
import { INCIDENT_TYPE_LABELS, PLACE_PRECISION_LABELS } from '@/lib/incidents/labels';
import type { IncidentListItem } from '@/lib/incidents/queries';
import { placePosition } from '@/lib/locations/position';
import { CasualtySummary } from './casualty-summary';
import { GradeBadge } from './grade-badge';
import { IncidentDate } from './incident-date';

export function IncidentCard({ incident }: { incident: IncidentListItem }) {
  return (
    <article className="incident-card" aria-labelledby={`incident-${incident.id}-title`}>
      <p className="incident-meta">
        <IncidentDate date={incident.date} dateEnd={incident.dateEnd} precision={incident.datePrecision} />
        <span className={`type-badge type-${incident.type}`}>
          {INCIDENT_TYPE_LABELS[incident.type] ?? incident.type}
        </span>
        {incident.status === 'draft' && <span className="status-badge">Draft</span>}
        <GradeBadge grade={incident.grade} />
      </p>
      <h3 id={`incident-${incident.id}-title`}>
        <Link href={`/incidents/${incident.id}`}>{incident.title}</Link>
      </h3>
      <p className="incident-place">
        {incident.place ? incident.place.name : (incident.placeText ?? 'Place not known')}
        <span className="muted">
          {' '}
          ·{' '}
          {incident.place
            ? placePosition(incident.placePrecision, incident.place.radiusM).label
            : (PLACE_PRECISION_LABELS[incident.placePrecision] ?? incident.placePrecision)}
        </span>
      </p>
      <CasualtySummary casualties={incident.casualties} />
      <p className="incident-sources">
        {incident.sourceCount} source{incident.sourceCount === 1 ? '' : 's'}
        {incident.disputed && (
          <span className="disputed-mark" title="Sources give different casualty figures">
            {' '}
            · sources disagree
          </span>
        )}
      </p>
    </article>
  );
}
