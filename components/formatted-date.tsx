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
