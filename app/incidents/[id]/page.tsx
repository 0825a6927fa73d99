import type { Metadata } from 'next';
import Link from 'next/link';
import { FormattedDate } from '@/components/formatted-date';
import { ClaimsTable } from '@/components/incidents/claims-table';
import { HistoryList } from '@/components/incidents/history-list';
import { IncidentActors } from '@/components/incidents/incident-actors';
import { IncidentDate } from '@/components/incidents/incident-date';
import { NamedVictims } from '@/components/incidents/named-victims';
import { IncidentLocationMap } from '@/components/map/incident-location-map';
import { canRead, requirePageRole } from '@/lib/auth/access';
import { hasRole } from '@/lib/auth/roles';
import { GRADE_LABELS, gradeIncident } from '@/lib/incidents/grade';
import { loadIncidentPage } from '@/lib/incidents/incident-page';
import { INCIDENT_TYPE_LABELS, PLACE_PRECISION_LABELS, STATUS_LABELS } from '@/lib/incidents/labels';
import { listNamedVictims } from '@/lib/incidents/named-victims';
import { formatKm, placePosition } from '@/lib/locations/position';
import { mapTiles } from '@/lib/map/tiles';
import { sourceLabels } from '@/lib/reports/source-label';

export const dynamic = 'force-dynamic';

async function load(params: Promise<{ id: string }>) {
  return loadIncidentPage((await params).id);
}

export async function generateMetadata({ params }: PageProps<'/incidents/[id]'>): Promise<Metadata> {
  // Metadata renders even for a visitor the page itself turns away: name nothing they may not read.
  if (!(await canRead())) return { title: 'Incident' };
  return { title: (await load(params)).title };
}

export default async function IncidentPage({ params }: PageProps<'/incidents/[id]'>) {
  const user = await requirePageRole('reader', `/incidents/${(await params).id}`);
  const incident = await load(params);
  const sourceNumber = new Map(incident.sources.map((s, i) => [s.reportId, i + 1]));
  const grade = gradeIncident({
    sources: incident.sources,
    perpetrators: incident.actors.filter((a) => a.role === 'perpetrator'),
    reviewed: incident.status === 'reviewed',
  });
  const canEdit = hasRole(user?.role, 'editor');
  const sourceLabel = sourceLabels(incident.sources);
  const position = incident.location
    ? placePosition(incident.placePrecision, incident.location.radiusM)
    : null;
  return (
    <article className="incident-detail">
      <p>
        <Link href="/incidents">← Timeline</Link>
      </p>
      <h1>{incident.title}</h1>
      {canEdit ? (
        <p className="edit-bar">
          <Link href={`/incidents/${incident.id}/edit`} className="button-link">
            {incident.deleted ? 'Restore…' : 'Edit incident'}
          </Link>
        </p>
      ) : null}
      {incident.deleted ? (
        <p className="notice">
          This incident was deleted; it is kept for the record.
          {incident.mergedInto ? (
            <>
              {' '}
              It was merged into{' '}
              <Link href={`/incidents/${incident.mergedInto.id}`}>
                incident #{incident.mergedInto.id}, “{incident.mergedInto.title}”
              </Link>
              , which now holds its sources and casualty claims.
            </>
          ) : null}
        </p>
      ) : null}
      <dl className="meta-list">
        <dt>Date</dt>
        <dd>
          <IncidentDate date={incident.date} dateEnd={incident.dateEnd} precision={incident.datePrecision} />
        </dd>
        <dt>Type</dt>
        <dd>{INCIDENT_TYPE_LABELS[incident.type] ?? incident.type}</dd>
        <dt>Place</dt>
        <dd>
          {incident.placeChain.length
            ? incident.placeChain.map((p) => p.name).join(', ')
            : (incident.placeText ?? 'Not known')}
          <span className="muted">
            {' '}
            ({position?.label ?? PLACE_PRECISION_LABELS[incident.placePrecision] ?? incident.placePrecision})
          </span>
          {incident.placeText && incident.place && incident.placeText !== incident.place.name && (
            <span className="muted"> — written “{incident.placeText}”</span>
          )}
        </dd>
        {incident.location && (
          <>
            <dt>Coordinates</dt>
            <dd>
              {incident.location.lat.toFixed(4)}, {incident.location.lng.toFixed(4)}
              {position?.approximate && (
                <span className="muted"> (within about {formatKm(position.radiusM)})</span>
              )}
            </dd>
          </>
        )}
        <dt>Review status</dt>
        <dd>{STATUS_LABELS[incident.status] ?? incident.status}</dd>
        <dt>Grade</dt>
        <dd>
          {GRADE_LABELS[grade.grade]} <span className="muted">— {grade.reason}</span>
        </dd>
        <dt>Sources</dt>
        <dd>{incident.sources.length}</dd>
      </dl>
      {incident.summary && <p>{incident.summary}</p>}
      {incident.location && (
        <IncidentLocationMap
          lat={incident.location.lat}
          lng={incident.location.lng}
          radiusM={incident.location.radiusM}
          placePrecision={incident.placePrecision}
          label={incident.location.name}
          tiles={mapTiles()}
        />
      )}

      <section aria-labelledby="casualties">
        <h2 id="casualties">Casualties</h2>
        <ClaimsTable incident={incident} />
      </section>
      <NamedVictims victims={listNamedVictims(incident.sources)} sourceNumber={sourceNumber} />
      <IncidentActors actors={incident.actors} sourceNumber={sourceNumber} />

      {incident.warnings.length > 0 && (
        <section aria-labelledby="warnings">
          <h2 id="warnings">Warnings</h2>
          <ul className="warnings">
            {incident.warnings.map((w) => (
              <li key={`${w.reportId}-${w.message}`}>
                {w.message} <span className="muted">(report #{w.reportId})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="sources">
        <h2 id="sources">Sources</h2>
        {incident.sources.length === 0 && (
          <p className="notice">
            No sources left: no stored report supports this incident (its report may have been withdrawn).
            Cite a report, or delete the incident.
          </p>
        )}
        <ol className="sources">
          {incident.sources.map((s) => (
            <li key={s.reportId} id={`source-${s.reportId}`}>
              <p>
                <strong>{sourceLabel.get(s.reportId)}:</strong>{' '}
                <Link href={`/reports/${s.reportId}`}>{s.title}</Link>
                <span className="muted">
                  {' · '}
                  {s.publishedAt ? <FormattedDate iso={s.publishedAt} /> : 'date unknown'}
                  {s.outlet ? ` · ${s.outlet}` : ''}
                </span>
                {s.url && (
                  <>
                    {' · '}
                    <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                      original
                    </a>
                  </>
                )}
              </p>
              {s.denies && <p className="disputed-mark">This source says it did not happen.</p>}
              <blockquote>{s.excerpt}</blockquote>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="history">
        <h2 id="history">History</h2>
        <HistoryList entries={incident.history} showNames={user !== null} places={incident.historyPlaces} />
      </section>
    </article>
  );
}
