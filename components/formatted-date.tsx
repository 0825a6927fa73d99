const FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date (YYYY-MM-DD) shown the same on server and browser, whatever their zone. */
export function FormattedDate({ iso }: { iso: string }) {
  return <time dateTime={iso}>{FORMAT.format(new Date(`${iso}T00:00:00Z`))}</time>;
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** An instant, shown in UTC so server and browser agree. */
export function FormattedDateTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{DATE_TIME.format(new Date(iso))}</time>;
}
