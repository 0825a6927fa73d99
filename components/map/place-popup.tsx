import Link from 'next/link';
import { GradeBadge } from '@/components/incidents/grade-badge';
import { IncidentDate } from '@/components/incidents/incident-date';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { INCIDENT_TYPE_LABELS } from '@/lib/incidents/labels';
import type { PlaceGroup } from '@/lib/map/markers';
import type { Casualties, MapPoint, PlaceIncident } from '@/lib/map/types';
import { typeColour } from './type-colours';

const SHOWN = 8;

export function casualtyText(c: Casualties): string {
  const parts = [
    c.killed && `${c.killed} killed`,
    c.injured && `${c.injured} injured`,
    c.missing && `${c.missing} missing`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no casualties reported';
}

/** One incident in a popup: its title linking to it, date, type and casualties. */
export function PopupIncident({
  incident: p,
  linkRef,
}: {
  incident: PlaceIncident;
  /** The link, for moving the focus to it (the first of a page just loaded). */
  linkRef?: (element: HTMLAnchorElement | null) => void;
}) {
  return (
    <li style={{ ['--type-colour' as string]: typeColour(p.type) }}>
      <p>
        <Link href={`/incidents/${p.id}`} ref={linkRef}>
          {p.title}
        </Link>
      </p>
      <p>
        <IncidentDate date={p.date} dateEnd={p.dateEnd} precision={p.datePrecision} /> ·{' '}
        {INCIDENT_TYPE_LABELS[p.type] ?? p.type} · <GradeBadge grade={p.grade} />
      </p>
      <p className="muted">{casualtyText(p)}</p>
    </li>
  );
}

/** What a marker's popup says: the place, how precise it is, and its incidents with links. */
export function PlacePopup({ group, filters }: { group: PlaceGroup<MapPoint>; filters: IncidentFilters }) {
  const more = group.points.length - SHOWN;
  const timeline = `/incidents${filtersToQuery({ ...filters, place: group.placeKey })}`;
  return (
    <div className="map-popup">
      <p className="map-popup-place">
        {group.placeName} <span className="muted">({group.label})</span>
      </p>
      <ul>
        {group.points.slice(0, SHOWN).map((p) => (
          <PopupIncident key={p.id} incident={p} />
        ))}
      </ul>
      {more > 0 && (
        <p>
          <Link href={timeline}>
            {more} more at {group.placeName} in the timeline
          </Link>
        </p>
      )}
    </div>
  );
}
