/** Human words for the stored codes; one place so every page says the same. */
export const INCIDENT_TYPE_LABELS: Record<string, string> = {
  armed_clash: 'Armed clash',
  attack: 'Attack',
  ambush: 'Ambush',
  killing: 'Killing',
  gunfire: 'Gunfire',
  arrest: 'Arrest',
  kidnapping: 'Kidnapping',
  evacuation: 'Evacuation',
  other: 'Other',
};

/** The incident form's fields by name, as the conflict table and the history call them. */
export const EDITABLE_FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  date: 'Date',
  dateEnd: 'End date',
  datePrecision: 'Date precision',
  type: 'Type',
  locationId: 'Place',
  placePrecision: 'Place precision',
  placeText: 'Place as written',
  status: 'Review status',
};

export const AFFILIATION_LABELS: Record<string, string> = {
  mss: 'MSS',
  police: 'Haitian National Police',
  army: "Haitian Armed Forces (FAd'H)",
  civilian: 'Civilians',
  gang: 'Gangs',
  unknown: 'Unknown',
};

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  reviewed: 'Reviewed',
  rejected: 'Rejected',
};

/** How a hedged figure reads in a form: "at least 3". */
export const HEDGE_LABELS: Record<string, string> = {
  exact: 'exactly',
  at_least: 'at least',
  at_most: 'at most',
  about: 'about',
};

export const HEDGE_PREFIX: Record<string, string> = { exact: '', at_least: '≥ ', at_most: '≤ ', about: '≈ ' };

export const PLACE_PRECISION_LABELS: Record<string, string> = {
  exact: 'exact site',
  neighbourhood: 'neighbourhood',
  commune: 'commune',
  department: 'department',
  country: 'country only',
};

export function affiliationLabel(affiliation: string, country: string | null): string {
  if (affiliation === 'mss' && country) return `MSS (${country})`;
  return AFFILIATION_LABELS[affiliation] ?? affiliation;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A date as precise as the sources allow, and no more: "February 2025", not "1 February 2025". */
export function formatIncidentDate(date: string, dateEnd: string | null, precision: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  switch (precision) {
    case 'year':
      return `${date.slice(0, 4)} (year only)`;
    case 'month':
      return `${MONTH.format(d)} (month only)`;
    case 'week': {
      const end = dateEnd ? new Date(`${dateEnd}T00:00:00Z`) : new Date(d.getTime() + 6 * 86_400_000);
      return `between ${SHORT.format(d)} and ${DAY.format(end)}`;
    }
    default:
      return dateEnd && dateEnd !== date
        ? `${SHORT.format(d)} – ${DAY.format(new Date(`${dateEnd}T00:00:00Z`))}`
        : DAY.format(d);
  }
}

export function monthHeading(date: string): string {
  return MONTH.format(new Date(`${date}T00:00:00Z`));
}

/** A claim as a phrase: "at least 3 MSS (Kenya) killed". */
export function claimLabel(claim: {
  count: number;
  hedge: string;
  kind: string;
  affiliation: string;
  country: string | null;
}): string {
  const hedge = claim.hedge === 'exact' ? '' : `${HEDGE_LABELS[claim.hedge] ?? claim.hedge} `;
  return `${hedge}${claim.count} ${affiliationLabel(claim.affiliation, claim.country)} ${claim.kind}`;
}
