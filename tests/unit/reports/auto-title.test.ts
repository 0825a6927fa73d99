/**
 * The reader's incident title on the review screen: it names the claims, so while the editor
 * has not written a title of their own it follows the claims they edit, keep or reject.
 */
import { describe, expect, it } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { titleAfterClaims, titleParts } from '@/lib/reports/auto-title';
import { draftToReview } from '@/lib/reports/review-draft';
import type { ReviewCasualtyInput, ReviewIncidentInput } from '@/lib/reports/review-schema';

const CLASH =
  'A Kenyan police officer serving with the MSS mission was killed on Sunday, February 23, 2025, during a clash with gangs in Ségur-Savien, in the Artibonite department. Two gang members were also killed in the exchange, police said.';

function drafted(text: string): ReviewIncidentInput {
  const draft = readReport(text, { publishedAt: '2025-02-24', gazetteer: GAZETTEER });
  const review = draftToReview(
    { title: '', outlet: '', url: '', publishedAt: '2025-02-24', text },
    draft,
    [],
  );
  const first = review.incidents[0];
  if (!first) throw new Error('an incident expected');
  return first;
}

const edit = (claims: readonly ReviewCasualtyInput[], k: number, patch: Partial<ReviewCasualtyInput>) =>
  claims.map((c, j) => (j === k ? { ...c, ...patch } : c));

describe('the drafted title follows the claims', () => {
  it('names an edited count, drops a rejected claim, and names an added one', () => {
    const incident = drafted(CLASH);
    expect(incident.title).toBe(
      'Armed clash in Ségur-Savien, Saint-Marc: 1 Kenyan MSS member killed, 2 gang members killed',
    );
    const parts = titleParts(incident.title, incident.casualties);
    const four = edit(incident.casualties, 1, { count: '4' });
    const t1 = titleAfterClaims({ title: incident.title, casualties: incident.casualties }, four, parts);
    expect(t1).toBe(
      'Armed clash in Ségur-Savien, Saint-Marc: 1 Kenyan MSS member killed, 4 gang members killed',
    );
    const rejected = edit(four, 0, { accepted: false });
    const t2 = titleAfterClaims({ title: t1, casualties: four }, rejected, parts);
    expect(t2).toBe('Armed clash in Ségur-Savien, Saint-Marc: 4 gang members killed');
    const none = edit(rejected, 1, { accepted: false });
    expect(titleAfterClaims({ title: t2, casualties: rejected }, none, parts)).toBe(
      'Armed clash in Ségur-Savien, Saint-Marc',
    );
  });

  it('waits out a count being typed, and takes it once it is a number', () => {
    const incident = drafted(CLASH);
    const parts = titleParts(incident.title, incident.casualties);
    const blank = edit(incident.casualties, 1, { count: '' });
    const t1 = titleAfterClaims(incident, blank, parts);
    const typed = edit(blank, 1, { count: '12' });
    expect(titleAfterClaims({ title: t1, casualties: blank }, typed, parts)).toMatch(
      /, 12 gang members killed$/,
    );
  });

  it('leaves a title the editor wrote alone', () => {
    const incident = drafted(CLASH);
    const parts = titleParts(incident.title, incident.casualties);
    const own = { title: 'Clash at Ségur-Savien', casualties: incident.casualties };
    expect(titleAfterClaims(own, edit(incident.casualties, 1, { count: 9 }), parts)).toBe(
      'Clash at Ségur-Savien',
    );
  });

  it('has nothing to follow for a title that does not name its claims', () => {
    const incident = drafted(CLASH);
    expect(titleParts('Something else: 3 people killed', incident.casualties)).toBeNull();
    expect(titleParts('', [])).toBeNull();
  });
});
