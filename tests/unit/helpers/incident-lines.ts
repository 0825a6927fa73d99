import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

/**
 * Each incident the reader drafts from `text`, as "date place: kind/side/count …", a rival toll
 * followed by its teller in brackets ("killed/civilian/4 [civil protection]").
 */
export const incidentLines = (text: string, publishedAt: string) =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER }).incidents.map(
    (i) =>
      `${i.date} ${i.place?.name ?? '-'}: ${i.casualties
        .map((c) => `${c.kind}/${c.affiliation}/${c.count}${c.attribution ? ` [${c.attribution}]` : ''}`)
        .join(' ')}`,
  );
