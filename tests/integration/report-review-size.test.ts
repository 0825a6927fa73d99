/**
 * A long report: every incident the reader drafts can be reviewed and saved (not only the first
 * 200), and the one limit on a report is the same for the form, the review and the API.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { MONTH_NAMES as MONTHS } from '@/lib/dates/month-names';
import { readReport } from '@/lib/extract';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import type { GazetteerEntry } from '@/lib/locations/gazetteer';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { draftOverLimit } from '@/lib/reports/report-limits';
import { draftToReview } from '@/lib/reports/review-draft';
import { saveReview } from '@/lib/reports/save-review';
import { MAX_REPORT_ITEMS } from '@/lib/reports/schema';
import type { Sql } from '@/lib/store/sql';
import { createTestDb } from './helpers/test-db';

let sql: Sql;
let gazetteer: GazetteerEntry[];

beforeAll(async () => {
  const { db, sql: store } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  sql = store;
  gazetteer = await loadGazetteer(sql);
});

const PLACES = [
  'Cabaret',
  'Pétion-Ville',
  'Mirebalais',
  'Saint-Marc',
  'Gonaïves',
  'Léogâne',
  'Kenscoff',
  'Arcahaie',
];

/** One killing a day, each its own incident. */
function longReport(days: number): string {
  return Array.from({ length: days }, (_, d) => {
    const day = new Date(Date.UTC(2023, 0, 1) + d * 86_400_000);
    return `On ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}, gunmen killed ${2 + (d % 5)} civilians in ${PLACES[d % PLACES.length]}.`;
  }).join('\n');
}

describe('a report with more than 200 incidents', () => {
  it('is reviewed and saved whole', async () => {
    const text = longReport(230);
    const draft = readReport(text, { publishedAt: '2025-12-31', gazetteer });
    expect(draft.incidents).toHaveLength(230);
    expect(draftOverLimit(draft)).toBeNull();
    const review = draftToReview(
      { title: 'A long list', outlet: '', url: '', publishedAt: '2025-12-31', text },
      draft,
      [],
    );
    const result = await saveReview(sql, { review: JSON.parse(JSON.stringify(review)), userId: null });
    if (!result.ok) throw new Error(JSON.stringify(result.errors).slice(0, 500));
    expect(result.incidents.filter((i) => i.action === 'created')).toHaveLength(230);
  });

  it('is only refused past the limit the form states, with a reason', () => {
    const many = {
      incidents: Array.from({ length: MAX_REPORT_ITEMS + 1 }, () => ({})),
      deployments: [],
      milestones: [],
      figures: [],
    };
    expect(draftOverLimit(many as never)).toMatch(/at most 2,500.*Split the text/);
    expect(draftOverLimit({ ...many, incidents: many.incidents.slice(1) } as never)).toBeNull();
  });
});
