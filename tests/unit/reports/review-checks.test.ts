/**
 * What the review screen asks an editor to check first, and an incident the editor adds: both
 * must survive the review's round trip (screen → server schema → stored draft) unchanged.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { emptyCasualty, emptyIncident, reportSentences } from '@/lib/reports/added-incident';
import { incidentChecks } from '@/lib/reports/review-checks';
import { draftToReview, reviewToDraft } from '@/lib/reports/review-draft';
import { fieldErrors, type ReviewInput, reviewSchema } from '@/lib/reports/review-schema';

const TEXT = [
  'PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people on Tuesday, police said.',
  'Separately, two police officers were wounded in an ambush in Cabaret, officials said.',
].join('\n');

function freshReview(outlet = ''): ReviewInput {
  const draft = readReport(TEXT, { publishedAt: '2026-11-20', gazetteer: GAZETTEER });
  return draftToReview({ title: '', outlet, url: '', publishedAt: '2026-11-20', text: TEXT }, draft, []);
}

function saved(review: ReviewInput) {
  const parsed = reviewSchema.safeParse(review);
  if (!parsed.success) throw new Error(JSON.stringify(fieldErrors(parsed.error)));
  const built = reviewToDraft(parsed.data, GAZETTEER);
  if (!built.ok) throw new Error(built.message);
  return built;
}

const base = {
  date: '2026-11-17',
  dateNote: null,
  placeKey: 'port-au-prince',
  placeText: null,
  confidence: 0.9,
  flags: [],
};

describe('what the editor checks first', () => {
  it('lists the reader’s flags with their messages', () => {
    const checks = incidentChecks({
      ...base,
      flags: [{ code: 'side_inferred', message: 'The side comes from another sentence.' }],
    });
    expect(checks).toEqual([{ code: 'side_inferred', message: 'The side comes from another sentence.' }]);
  });

  it('asks for a date on an undated incident, quoting how the reader tried', () => {
    const checks = incidentChecks({ ...base, date: null, dateNote: 'not stated; the report says Tuesday' });
    expect(checks[0]?.code).toBe('no_date');
    expect(checks[0]?.message).toContain('not stated; the report says Tuesday');
  });

  it('names a place the reader read but could not find, and a low confidence', () => {
    const checks = incidentChecks({ ...base, placeKey: null, placeText: 'Lilavois 47', confidence: 0.4 });
    expect(checks.map((c) => c.code)).toEqual(['place_not_found', 'low_confidence']);
    expect(checks[0]?.message).toContain('Lilavois 47');
  });

  it('has nothing to say about a clear incident, or one the editor added', () => {
    expect(incidentChecks(base)).toEqual([]);
    expect(incidentChecks({ ...emptyIncident(), date: null, placeText: 'x' })).toEqual([]);
  });
});

describe('the reader’s flags through the review', () => {
  it('are drafted for a dateline-placed incident and stored with it', () => {
    const review = freshReview();
    const first = review.incidents[0];
    expect(first?.flags?.map((f) => f.code)).toContain('place_from_context');
    expect(incidentChecks(first ?? base).map((c) => c.code)).toContain('place_from_context');

    // As the browser sends it back: JSON, not the objects the server handed out.
    const built = saved(JSON.parse(JSON.stringify(review)));
    expect(built.draft.incidents[0]?.flags).toEqual(first?.flags);
  });

  it('take the dateline’s outlet when the editor gave none, and never override one given', () => {
    expect(freshReview().readerOutlet).toBe('AP');
    expect(saved(freshReview()).input.outlet).toBe('AP');
    expect(saved(freshReview('Le Nouvelliste')).input.outlet).toBe('Le Nouvelliste');
  });

  it('are bounded: a browser cannot send a thousand flags', () => {
    const review = freshReview();
    const first = review.incidents[0];
    if (!first) throw new Error('incident expected');
    first.flags = Array.from({ length: 1000 }, () => ({ code: 'split_scene' as const, message: 'x' }));
    expect(reviewSchema.safeParse(review).success).toBe(false);
  });
});

describe('an incident the reader missed', () => {
  it('is checked by the same schema: title, date and evidence are asked for', () => {
    const review = freshReview();
    review.incidents.push(emptyIncident());
    const at = review.incidents.length - 1;
    const parsed = reviewSchema.safeParse(review);
    expect(parsed.success).toBe(false);
    const errors = parsed.success ? {} : fieldErrors(parsed.error);
    expect(errors[`incidents.${at}.title`]).toEqual(['give the incident a title']);
    expect(errors[`incidents.${at}.date`]).toEqual(['give a date, or reject the incident']);
    expect(errors[`incidents.${at}.evidenceSpans`]).toEqual([
      'choose the sentence of the report that tells it',
    ]);
  });

  it('is stored with its place, claim and evidence quoted from the text', () => {
    const review = freshReview();
    const sentence = reportSentences(TEXT).find((s) => s.text.startsWith('Separately'));
    if (!sentence) throw new Error('sentence expected');
    expect(TEXT.slice(sentence.from, sentence.to)).toBe(sentence.text);
    review.incidents.push({
      ...emptyIncident(),
      title: 'Ambush on police in Cabaret',
      date: '2026-11-18',
      type: 'ambush',
      placeKey: 'cabaret',
      evidenceSpans: [{ from: sentence.from, to: sentence.to }],
      casualties: [{ ...emptyCasualty(sentence.text), kind: 'injured', count: '2', affiliation: 'police' }],
    });
    const built = saved(review);
    const added = built.draft.incidents.at(-1);
    expect(added).toMatchObject({
      title: 'Ambush on police in Cabaret',
      place: { key: 'cabaret' },
      evidence: sentence.text,
      casualties: [{ kind: 'injured', count: 2, affiliation: 'police', evidence: sentence.text }],
      confidence: 1,
    });
    expect(added).not.toHaveProperty('added');
    expect(built.decisions.at(-1)).toEqual({ action: 'create' });
    expect(built.summary.incidents.at(-1)).toMatchObject({ addedByEditor: true });
  });
});

describe('the report’s sentences, to choose evidence from', () => {
  it('quote the text exactly, line by line and sentence by sentence', () => {
    const text = 'First one. Second one!\n\n  Third, with “a quote.” Fourth';
    const sentences = reportSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'First one.',
      'Second one!',
      'Third, with “a quote.”',
      'Fourth',
    ]);
    for (const s of sentences) expect(text.slice(s.from, s.to)).toBe(s.text);
  });
});
