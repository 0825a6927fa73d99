import { formatIncidentDate } from '@/lib/incidents/labels';

/** Approximate dates look approximate: italic, with the precision spelled out. */
export function IncidentDate({
  date,
  dateEnd,
  precision,
}: {
  date: string;
  dateEnd: string | null;
  precision: string;
}) {
  const approximate = precision !== 'day';
  return (
    <time
      dateTime={date}
      className={approximate ? 'date approximate' : 'date'}
      title={approximate ? `Date known to the ${precision}` : undefined}
    >
      {approximate && <span aria-hidden="true">≈ </span>}
      {formatIncidentDate(date, dateEnd, precision)}
    </time>
  );
}
