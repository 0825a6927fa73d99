import Link from 'next/link';
import { CasualtiesByMonthChart } from '@/components/charts/casualties-by-month-chart';
import { DataTable } from '@/components/data-table';
import type { Period } from '@/lib/stats/calendar';
import type { MonthPoint } from '@/lib/stats/casualties';

const PERIODS: readonly { period: Period; label: string }[] = [
  { period: 'month', label: 'By month' },
  { period: 'week', label: 'By week' },
];

/**
 * The casualties series on a calendar axis (empty periods at zero), with a month/week switch
 * kept in the URL so the server draws the series and a link shows the same chart.
 */
export function CasualtiesOverTime({
  series,
  period,
  hrefFor,
}: {
  series: MonthPoint[];
  period: Period;
  hrefFor: (period: Period) => string;
}) {
  const unit = period === 'week' ? 'Week of' : 'Month';
  return (
    <section aria-labelledby="by-month">
      <h2 id="by-month">Over time</h2>
      <nav aria-label="Time step" className="period-switch">
        {PERIODS.map((p) => (
          <Link
            key={p.period}
            href={hrefFor(p.period)}
            aria-current={p.period === period ? 'true' : undefined}
          >
            {p.label}
          </Link>
        ))}
      </nav>
      <CasualtiesByMonthChart data={series} period={period} />
      <DataTable
        caption={`Casualties per ${period}`}
        columns={[unit, 'Killed (low–best–high)', 'Injured (low–best–high)', 'Missing (low–best–high)']}
        rows={series.map((m) => [
          m.month,
          `${m.killedLow}–${m.killed}–${m.killedHigh}`,
          `${m.injuredLow}–${m.injured}–${m.injuredHigh}`,
          `${m.missingLow}–${m.missing}–${m.missingHigh}`,
        ])}
      />
    </section>
  );
}
