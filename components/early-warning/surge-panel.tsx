import Link from 'next/link';
import { db } from '@/lib/db';
import { surgeReport } from '@/lib/early-warning/queries';
import { fires, LEVEL_LABELS } from '@/lib/early-warning/surge';
import { formatExpected, formatRatio, incidentsHref, placeLabel } from '@/lib/early-warning/view';
import { filtersToQuery, type IncidentFilters } from '@/lib/incidents/filters';
import './early-warning.css';

const SHOWN = 5;

/**
 * The overview's early-warning panel: the strongest signals as of today (or `asOf`), each
 * linking to the incidents behind it, and a link to the full view.
 */
export async function SurgePanel({ asOf, filters = {} }: { asOf?: string; filters?: IncidentFilters }) {
  const day = asOf ?? new Date().toISOString().slice(0, 10);
  const report = await surgeReport(db(), { asOf: day, filters });
  const firing = report.signals.filter((s) => fires(s.level));
  const query = filtersToQuery({ ...filters, from: undefined, to: undefined }, { asOf });
  return (
    <section aria-labelledby="surge-panel">
      <h2 id="surge-panel">Where violence is rising</h2>
      {firing.length === 0 ? (
        <p className="empty">
          No commune or department has at least twice its usual incidents or killed in the 4 weeks to {day}.
        </p>
      ) : (
        <ul className="surge-signal-list">
          {firing.slice(0, SHOWN).map((s) => {
            const measure = fires(s.incidents.level) ? 'incidents' : 'killed';
            const r = s[measure];
            return (
              <li key={`${s.place.kind}:${s.place.key}`}>
                <span className={`surge-level surge-level--${s.level}`}>{LEVEL_LABELS[s.level]}</span>
                <Link href={incidentsHref(s, report, filters)}>{placeLabel(s)}</Link>
                <span>
                  {r.recent} {measure} in 4 weeks, usual {formatExpected(r.expected)} ({formatRatio(r)})
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link href={`/early-warning${query}`}>
          {firing.length > SHOWN ? `All ${firing.length} signals` : 'Early warning'}, with the map and the
          rule
        </Link>
      </p>
    </section>
  );
}
