import { INCIDENT_TYPE_LABELS } from '@/lib/incidents/labels';
import { CLUSTER_COLOUR, TYPE_COLOURS } from './type-colours';

/** What the colours and shapes mean. Plain HTML beside the map, so it is read in order. */
export function MapLegend() {
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">Legend</h2>
      <h3>Incident type</h3>
      <ul>
        {Object.entries(INCIDENT_TYPE_LABELS).map(([type, label]) => (
          <li key={type}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="6" fill={TYPE_COLOURS[type]} />
            </svg>
            {label}
          </li>
        ))}
      </ul>
      <h3>Shapes</h3>
      <ul>
        <li>
          <svg width="28" height="20" aria-hidden="true">
            <circle cx="6" cy="12" r="4" fill="#546e7a" stroke="#fff" strokeWidth="1.5" />
            <circle cx="19" cy="10" r="8" fill="#546e7a" stroke="#fff" strokeWidth="1.5" />
          </svg>
          Exact site; bigger: more casualties
        </li>
        <li>
          <svg width="28" height="20" aria-hidden="true">
            <circle cx="14" cy="10" r="8" fill="#546e7a" stroke="#fff" strokeWidth="1.5" />
            <text x="14" y="13.5" fontSize="10" fill="#fff" textAnchor="middle" fontWeight="700">
              3
            </text>
          </svg>
          Several incidents at one site
        </li>
        <li>
          <svg width="28" height="24" aria-hidden="true">
            <circle
              cx="14"
              cy="12"
              r="10"
              fill="#546e7a"
              fillOpacity="0.16"
              stroke="#546e7a"
              strokeWidth="2"
              strokeDasharray="4 3"
            />
          </svg>
          Approximate place: somewhere in the circle
        </li>
        <li>
          <svg width="28" height="24" aria-hidden="true">
            <circle cx="14" cy="12" r="10" fill={CLUSTER_COLOUR} stroke="#fff" strokeWidth="2" />
            <text x="14" y="15.5" fontSize="10" fill="#fff" textAnchor="middle" fontWeight="700">
              24
            </text>
          </svg>
          Group of incidents: select to zoom in
        </li>
      </ul>
      <p className="map-legend-note">
        Casualties are the best figures across sources, as on each incident&rsquo;s page.
      </p>
    </section>
  );
}
