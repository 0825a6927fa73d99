import Link from 'next/link';
import { IncidentDate } from '@/components/incidents/incident-date';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import { INCIDENT_TYPE_LABELS } from '@/lib/incidents/labels';
import { placePosition } from '@/lib/locations/position';
import type { Bbox, MapCluster, MapPoint } from '@/lib/map/types';
import { typeColour } from './type-colours';

/**
 * The incidents currently in the map's view, as a table: everything the map shows, for people
 * who cannot see or operate the map. Groups (when dense) come with a button that zooms to them.
 */
export function IncidentsOnMap({
  points,
  clusters,
  filters,
  onZoomTo,
}: {
  points: MapPoint[];
  clusters: MapCluster[];
  /** The map's filters, kept in the timeline links of places' markers. */
  filters?: IncidentFilters;
  onZoomTo?: (bbox: Bbox) => void;
}) {
  return (
    <section className="map-list" aria-labelledby="map-list-title">
      <h2 id="map-list-title">Incidents on this map</h2>
      {clusters.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption>
              Groups of nearby incidents ({clusters.length}); zoom in to split a group, or open a place’s
              marker on the map (or its timeline link here) to list its incidents.
            </caption>
            <thead>
              <tr>
                <th scope="col">Incidents</th>
                <th scope="col">Around</th>
                <th scope="col" className="num">
                  Killed
                </th>
                <th scope="col" className="num">
                  Injured
                </th>
                <th scope="col" className="num">
                  Missing
                </th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((c) => {
                const places =
                  c.placeNames.join(', ') + (c.placeCount > 3 ? ` and ${c.placeCount - 3} more` : '');
                return (
                  <tr key={`${c.lat}:${c.lng}`}>
                    <td>{c.count.toLocaleString('en')}</td>
                    <td>{places}</td>
                    <td className="num">{c.killed}</td>
                    <td className="num">{c.injured}</td>
                    <td className="num">{c.missing}</td>
                    <td>
                      {onZoomTo && (
                        <button type="button" onClick={() => onZoomTo(c.bounds)}>
                          Zoom to <span className="visually-hidden">the group around {places}</span>
                        </button>
                      )}
                      {c.placeKey && filters && (
                        <>
                          {' '}
                          <a href={`/incidents${filtersToQuery({ ...filters, place: c.placeKey })}`}>
                            List <span className="visually-hidden">the incidents at {places}</span> in the
                            timeline
                          </a>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {points.length === 0 ? (
        clusters.length === 0 && <p className="empty">No incidents in this view.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>
              {points.length === 1 ? '1 incident' : `${points.length.toLocaleString('en')} incidents`}
              {clusters.length ? ' outside the groups' : ''}, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Incident</th>
                <th scope="col">Type</th>
                <th scope="col">Place</th>
                <th scope="col" className="num">
                  Killed
                </th>
                <th scope="col" className="num">
                  Injured
                </th>
                <th scope="col" className="num">
                  Missing
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id} data-incident-id={p.id}>
                  <td>
                    <IncidentDate date={p.date} dateEnd={p.dateEnd} precision={p.datePrecision} />
                  </td>
                  <td>
                    <Link href={`/incidents/${p.id}`}>{p.title}</Link>
                  </td>
                  <td>
                    <span className="swatch" style={{ background: typeColour(p.type) }} aria-hidden="true" />
                    {INCIDENT_TYPE_LABELS[p.type] ?? p.type}
                  </td>
                  <td>
                    {p.placeName}
                    {placePosition(p.placePrecision, p.radiusM).approximate && (
                      <span className="muted"> (approximate)</span>
                    )}
                  </td>
                  <td className="num">{p.killed}</td>
                  <td className="num">{p.injured}</td>
                  <td className="num">{p.missing}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
