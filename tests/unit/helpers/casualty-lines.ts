import { type CasualtyDraft, readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

/** Every casualty the reader drafts from `text`, as "kind/side/country/count", sorted within each incident. */
export const casualtyLines = (text: string, publishedAt = '2025-04-01') =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER }).incidents.flatMap((i) =>
    i.casualties.map((c) => `${c.kind}/${c.affiliation}/${c.country ?? '-'}/${c.count}`).sort(),
  );

/** Every casualty the reader drafts from `text`, with its kind, count, hedge, side and country. */
export function casualtyFields(
  text: string,
  publishedAt = '2025-05-14',
): Array<Pick<CasualtyDraft, 'kind' | 'count' | 'hedge' | 'affiliation' | 'country'>> {
  return readReport(text, { publishedAt, gazetteer: GAZETTEER })
    .incidents.flatMap((i) => i.casualties)
    .map(({ kind, count, hedge, affiliation, country }) => ({ kind, count, hedge, affiliation, country }));
}
