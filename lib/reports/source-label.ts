/**
 * What names a source where its claims are shown: the outlet ("AP"), which a reader knows,
 * rather than its place in a list ("Source 1"), which changes as sources are added. Two reports
 * of one outlet are told apart by publication date, then by number. Pure.
 */
export interface LabelledSource {
  reportId: number;
  outlet: string | null;
  title: string;
  publishedAt: string | null;
}

const MAX_FALLBACK = 30;
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** No outlet: the start of the title, cut at a word. */
function shortTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_FALLBACK) return clean;
  const cut = clean.slice(0, MAX_FALLBACK + 1);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 10 ? space : MAX_FALLBACK).trimEnd()}…`;
}

function disambiguate(labels: Map<number, string>, suffix: (id: number) => string): void {
  const counts = new Map<string, number>();
  for (const label of labels.values()) counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const [id, label] of labels) {
    if ((counts.get(label) ?? 0) > 1) labels.set(id, `${label}${suffix(id)}`);
  }
}

export function sourceLabels(sources: readonly LabelledSource[]): Map<number, string> {
  const labels = new Map(sources.map((s) => [s.reportId, s.outlet?.trim() || shortTitle(s.title)]));
  const byId = new Map(sources.map((s) => [s.reportId, s]));
  disambiguate(labels, (id) => {
    const published = byId.get(id)?.publishedAt;
    return `, ${published ? DAY.format(new Date(`${published}T00:00:00Z`)) : 'undated'}`;
  });
  disambiguate(labels, (id) => ` (#${id})`);
  return labels;
}
