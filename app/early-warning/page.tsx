import type { Metadata } from 'next';
import Link from 'next/link';
import { SignalsTable } from '@/components/early-warning/signals-table';
import { SurgeFilters } from '@/components/early-warning/surge-filters';
import { SurgeMap } from '@/components/map/surge-map';
import { requirePageRole } from '@/lib/auth/access';
import { isoDateSchema } from '@/lib/dates/iso-date';
import { db } from '@/lib/db';
import { surgeReport } from '@/lib/early-warning/queries';
import { FLOORS, fires, RISING_RATIO, SURGE_RATIO } from '@/lib/early-warning/surge';
import { surgeMapPlaces } from '@/lib/early-warning/view';
import { parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { listPlaceOptions } from '@/lib/locations/queries';
import { mapTiles } from '@/lib/map/tiles';
import '@/components/early-warning/early-warning.css';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Early warning' };

/** The "as of" day: a real date, today by default; a bad one is said, and today shown. */
function readAsOf(value: string | string[] | undefined, today: string): { asOf: string; error?: string } {
  if (value === undefined || value === '') return { asOf: today };
  const parsed = isoDateSchema.safeParse(value);
  if (!parsed.success) return { asOf: today, error: 'Give the day as YYYY-MM-DD; showing today.' };
  return { asOf: parsed.data };
}

export default async function EarlyWarningPage({ searchParams }: PageProps<'/early-warning'>) {
  await requirePageRole('reader', '/early-warning');
  const record = searchParamsRecord(await searchParams);
  // The window replaces the filters' own dates.
  const filters = { ...parseFilters(record).filters, from: undefined, to: undefined };
  const today = new Date().toISOString().slice(0, 10);
  const { asOf, error } = readAsOf(record.asOf, today);
  const [report, places] = await Promise.all([surgeReport(db(), { asOf, filters }), listPlaceOptions()]);
  const firing = report.signals.filter((s) => fires(s.level));
  const rising = report.signals.filter((s) => s.level === 'rising');
  const { recentFrom, to } = report.window;
  return (
    <>
      <h1>Where violence is rising</h1>
      <p className="lede surge-rule">
        Communes and departments whose incidents or killed in the 4 weeks from {recentFrom} to {to} are at
        least {SURGE_RATIO} times what 4 weeks held on average over the 52 weeks before, or that had none in
        those 52 weeks. A place needs at least {FLOORS.incidents} incidents or {FLOORS.killed} killed in the 4
        weeks, so a handful of events in a quiet place does not fire.
      </p>
      <SurgeFilters asOf={asOf} today={today} filters={filters} places={places} error={error} />

      <section aria-labelledby="signals">
        <h2 id="signals">Signals</h2>
        {firing.length === 0 ? (
          <p className="empty">
            No commune or department is above its usual level of violence in these 4 weeks.
          </p>
        ) : (
          <SignalsTable
            caption={`${firing.length} place${firing.length === 1 ? '' : 's'} above the threshold, as of ${asOf}`}
            signals={firing}
            report={report}
            filters={filters}
          />
        )}
      </section>

      <section aria-labelledby="surge-map-title">
        <h2 id="surge-map-title">Map</h2>
        <SurgeMap places={surgeMapPlaces(report, filters)} tiles={mapTiles()} />
      </section>

      <section aria-labelledby="near">
        <h2 id="near">Near the threshold</h2>
        {rising.length === 0 ? (
          <p className="empty">No other place has risen by half or more.</p>
        ) : (
          <SignalsTable
            caption={`Rising by ${RISING_RATIO} times or more, below ${SURGE_RATIO} times`}
            signals={rising}
            report={report}
            filters={filters}
          />
        )}
      </section>

      <HowItWorks />
    </>
  );
}

function HowItWorks() {
  return (
    <section aria-labelledby="how" className="surge-rule">
      <h2 id="how">How the signals are found</h2>
      <p>
        The rule is ACLED&rsquo;s Subnational Threat Tracker&rsquo;s (a rise of 100% or more in the last month
        against the past year&rsquo;s weekly average), applied to communes as well as departments, and to
        killed as well as incidents. Killed are each incident&rsquo;s best figure across its sources, as on
        the <Link href="/casualties">casualty charts</Link>. An incident counts in the week it started, for
        its commune and its department; one placed only in a department counts for the department alone.
      </p>
      <p>
        Incidents known only to their month or year, or lasting more than a week, are not counted: they have
        no week to count in. The timeline behind each place shows every incident whose dates overlap the 4
        weeks, so it may hold a few more.
      </p>
    </section>
  );
}
