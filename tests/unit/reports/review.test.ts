/**
 * The review contract without a database: what an editor may submit, what the server makes of
 * it (only kept items, evidence re-quoted from the text, places from the gazetteer), and the
 * highlighting of evidence in the text.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { highlightRuns } from '@/lib/reports/highlight';
import { draftToReview, reviewToDraft } from '@/lib/reports/review-draft';
import { fieldErrors, type ReviewInput, reviewSchema } from '@/lib/reports/review-schema';

const TEXT = [
  'A Kenyan police officer serving with the MSS mission was killed on Sunday, February 23, 2025, during a clash with gangs in Ségur-Savien, in the Artibonite department. Two gang members were also killed in the exchange, police said.',
  'On February 20, 2025, three civilians were injured by gunfire in Pétion-Ville.',
  'Some 1,000 Kenyan officers were deployed in Haiti by February 2025. According to the UN, 5,600 people were killed in Haiti in 2024.',
].join('\n');

function freshReview(): ReviewInput {
  const draft = readReport(TEXT, { publishedAt: '2025-02-24', gazetteer: GAZETTEER });
  return draftToReview(
    { title: 'Officer killed', outlet: 'Example', url: '', publishedAt: '2025-02-24', text: TEXT },
    draft,
    [{ incidentId: 7 }, null],
  );
}

function errorsOf(review: unknown): Record<string, string[]> {
  const parsed = reviewSchema.safeParse(review);
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('a fresh review', () => {
  it('keeps everything and merges where the matcher suggests', () => {
    const review = freshReview();
    expect(review.incidents.map((i) => [i.decision, i.mergeInto, i.placeKey])).toEqual([
      ['merge', 7, 'segur-savien'],
      ['create', null, 'petion-ville'],
    ]);
    expect(review.deployments).toHaveLength(1);
    expect(review.figures).toHaveLength(1);
    expect(reviewSchema.safeParse(review).success).toBe(true);
  });
});

describe('what the server accepts', () => {
  it('says why a count is not acceptable', () => {
    const review = freshReview();
    const claims = review.incidents[0]?.casualties ?? [];
    if (claims[0]) claims[0].count = '-3';
    if (claims[1]) claims[1].count = '';
    if (review.figures[0]) review.figures[0].value = '2.5';
    if (review.deployments[0]) review.deployments[0].personnel = 0;
    expect(errorsOf(review)).toEqual({
      'incidents.0.casualties.0.count': ['cannot be negative'],
      'incidents.0.casualties.1.count': ['enter a whole number'],
      'figures.0.value': ['must be a whole number'],
      'deployments.0.personnel': ['must be at least 1 (reject the item to drop it)'],
    });
  });

  it('refuses impossible dates, an undated kept incident and an empty title', () => {
    const review = freshReview();
    const [first, second] = review.incidents;
    if (!first || !second) throw new Error('two incidents expected');
    first.date = '2025-02-30';
    second.date = '';
    second.title = '  ';
    review.input.publishedAt = '2025-13-01';
    const errors = errorsOf(review);
    expect(errors['incidents.0.date']).toEqual(['is not a real calendar date']);
    expect(errors['incidents.1.date']).toEqual(['give a date, or reject the incident']);
    expect(errors['incidents.1.title']).toEqual(['give the incident a title']);
    expect(errors['input.publishedAt']).toEqual(['is not a real calendar date']);
  });

  it('does not check the fields of rejected items', () => {
    const review = freshReview();
    const first = review.incidents[0];
    if (!first || !review.figures[0]) throw new Error('items expected');
    first.decision = 'reject';
    first.date = 'nonsense';
    review.figures[0].accepted = false;
    review.figures[0].value = '-1';
    expect(errorsOf(review)).toEqual({});
  });

  it('refuses evidence that does not come from the text, and text over the limit', () => {
    const review = freshReview();
    const first = review.incidents[0];
    if (!first?.casualties[0]) throw new Error('claim expected');
    first.evidenceSpans = [{ from: 0, to: TEXT.length + 5 }];
    first.casualties[0].evidence = 'Something the report never said.';
    review.input.text = TEXT;
    const errors = errorsOf(review);
    expect(errors['incidents.0.evidenceSpans']).toEqual(['points outside the report text']);
    expect(errors['incidents.0.casualties.0.evidence']).toEqual(['is not quoted from the report text']);

    const long = freshReview();
    long.input.text = 'x'.repeat(100_001);
    expect(errorsOf(long)['input.text']).toEqual(['must be at most 100,000 characters']);
    const empty = freshReview();
    empty.input.text = '   ';
    expect(errorsOf(empty)['input.text']).toEqual(['the report text is empty']);
  });
});

describe('turning a review into what is stored', () => {
  it('stores only kept items, with the edits, evidence quoted from the text', () => {
    const review = freshReview();
    const [first, second] = review.incidents;
    if (!first?.casualties[1] || !second || !review.figures[0]) throw new Error('items expected');
    first.casualties[1].count = '3';
    first.decision = 'create';
    second.decision = 'reject';
    review.figures[0].accepted = false;
    const built = reviewToDraft(reviewSchema.parse(review), GAZETTEER);
    if (!built.ok) throw new Error(built.message);
    expect(built.decisions).toEqual([{ action: 'create' }]);
    expect(built.draft.incidents).toHaveLength(1);
    expect(built.draft.incidents[0]?.casualties.map((c) => c.count)).toEqual([1, 3]);
    expect(built.draft.incidents[0]?.evidence.startsWith('A Kenyan police officer')).toBe(true);
    expect(built.draft.incidents[0]?.place).toMatchObject({ key: 'segur-savien', department: 'Artibonite' });
    expect(built.draft.figures).toEqual([]);
    expect(built.draft.deployments[0]?.evidence).toBe(
      'Some 1,000 Kenyan officers were deployed in Haiti by February 2025.',
    );
    expect(built.summary.rejected).toMatchObject({ incidents: [second.title], figures: 1, casualties: 0 });
    expect(built.input).toMatchObject({ title: 'Officer killed', url: undefined, publishedAt: '2025-02-24' });
  });

  it('names an unknown place on its field', () => {
    const review = freshReview();
    if (review.incidents[1]) review.incidents[1].placeKey = 'atlantis';
    const built = reviewToDraft(reviewSchema.parse(review), GAZETTEER);
    expect(built.ok).toBe(false);
    if (!built.ok)
      expect(built.errors['incidents.1.placeKey']).toEqual([
        'is not a known place: choose one from the list',
      ]);
  });
});

describe('highlighting evidence', () => {
  it('cuts the text into plain and marked runs, overlaps marked by both items', () => {
    expect(
      highlightRuns(20, [
        { from: 2, to: 8, id: 'incident-0' },
        { from: 5, to: 12, id: 'figure-0' },
        { from: 30, to: 40, id: 'figure-1' },
      ]),
    ).toEqual([
      { from: 0, to: 2, ids: [] },
      { from: 2, to: 5, ids: ['incident-0'] },
      { from: 5, to: 8, ids: ['incident-0', 'figure-0'] },
      { from: 8, to: 12, ids: ['figure-0'] },
      { from: 12, to: 20, ids: [] },
    ]);
  });
});
