import Link from 'next/link';
import type { SurgeReport } from '@/lib/early-warning/queries';
import { LEVEL_COLOURS, LEVEL_LABELS, type Measure, type PlaceSignal } from '@/lib/early-warning/surge';
import { formatExpected, formatRatio, incidentsHref } from '@/lib/early-warning/view';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { Sparkline } from './sparkline';

/** A measure's cell: the last 4 weeks against the usual, the ratio, and whether it fires. */
function Reading({ signal, measure }: { signal: PlaceSignal; measure: Measure }) {
  const r = signal[measure];
  const firing = r.level === 'surge' || r.level === 'new';
  const count = firing ? <strong>{r.recent}</strong> : r.recent;
  return (
    <td className="surge-reading">
      {count} <span className="muted">usual {formatExpected(r.expected)}</span>{' '}
      <span className={firing ? 'surge-ratio firing' : 'surge-ratio'}>{formatRatio(r)}</span>
    </td>
  );
}

const countText = (n: number) => (n === 1 ? '1 incident' : `${n} incidents`);

/** Places and their readings; each row links to the incidents behind it on the timeline. */
export function SignalsTable({
  caption,
  signals,
  report,
  filters,
}: {
  caption: string;
  signals: PlaceSignal[];
  report: SurgeReport;
  filters: IncidentFilters;
}) {
  return (
    <div className="table-scroll">
      <table className="claims-table surge-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Place</th>
            <th scope="col">Signal</th>
            <th scope="col">Incidents, last 4 weeks</th>
            <th scope="col">Killed, last 4 weeks</th>
            <th scope="col">56 weeks of incidents</th>
            <th scope="col">Behind it</th>
          </tr>
        </thead>
        <tbody>
          {signals.map((s) => (
            <tr key={`${s.place.kind}:${s.place.key}`}>
              <th scope="row">
                {s.place.name}
                <span className="surge-place-kind">
                  {s.place.kind === 'department' ? 'department' : `commune, ${s.place.departmentName}`}
                </span>
              </th>
              <td>
                <span className={`surge-level surge-level--${s.level}`}>{LEVEL_LABELS[s.level]}</span>
              </td>
              <Reading signal={s} measure="incidents" />
              <Reading signal={s} measure="killed" />
              <td>
                <Sparkline weekly={s.weekly.incidents} colour={LEVEL_COLOURS[s.level]} />
              </td>
              <td>
                {/* Named with its place, in the link itself: a visually hidden span would stand
                    outside the table's scrolling box and widen a phone's page. */}
                <Link
                  href={incidentsHref(s, report, filters)}
                  aria-label={`${countText(s.incidents.recent)} in ${s.place.name}`}
                >
                  {countText(s.incidents.recent)}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
