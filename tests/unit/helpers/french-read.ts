/** Reading helpers the French test files share: one publication date, the draft, its tolls as lines. */
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

export const PUBLISHED = '2024-12-18'; // a Wednesday

export const readFr = (text: string, publishedAt: string | null = PUBLISHED) =>
  readReport(text, { publishedAt, gazetteer: GAZETTEER });

/** Every casualty the reader drafts, as "kind count side[ hedge]". */
export const tolls = (text: string) =>
  readFr(text).incidents.flatMap((i) =>
    i.casualties.map(
      (c) => `${c.kind} ${c.count} ${c.affiliation}${c.hedge === 'exact' ? '' : ` ${c.hedge}`}`,
    ),
  );
