/**
 * The "New report" workflow on a real store: the reader's draft, reviewed (edited counts,
 * rejected items, a merge into a stored incident or not), saved in one transaction with its
 * audit entries; bad input answered with field messages; and the two server actions called as
 * the form calls them, with a signed-in editor's session cookie.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { readReport } from '@/lib/extract';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft, suggestMatches } from '@/lib/ingest/store-draft';
import type { GazetteerEntry } from '@/lib/locations/gazetteer';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { emptyCasualty, emptyIncident, reportSentences } from '@/lib/reports/added-incident';
import { getReport } from '@/lib/reports/queries';
import { draftToReview } from '@/lib/reports/review-draft';
import { loadMatchViews } from '@/lib/reports/review-matches';
import type { ReviewInput } from '@/lib/reports/review-schema';
import { saveReview } from '@/lib/reports/save-review';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { draft, incident, killed } from './helpers/drafts';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'report-review-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const TEXT = [
  'A Kenyan police officer serving with the MSS mission was killed on Sunday, February 23, 2025, during a clash with gangs in Ségur-Savien, in the Artibonite department. Two gang members were also killed in the exchange, police said.',
  'On February 20, 2025, three civilians were injured by gunfire in Pétion-Ville.',
  'Some 1,000 Kenyan officers were deployed in Haiti by February 2025. According to the UN, 5,600 people were killed in Haiti in 2024.',
].join('\n');

let sqlAsync: Sql;
let gazetteer: GazetteerEntry[];
let editorId: number;
let editorToken: string;
let viewerToken: string;
let texts = 0;

beforeAll(async () => {
  const { db, url, sql: opened } = await createTestDb();
  sqlAsync = opened;
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  await installGazetteer(db, GAZETTEER);
  gazetteer = await loadGazetteer(sqlAsync);
  editorId = await createUser(sqlAsync, {
    input: {
      email: 'editor@review.test',
      name: 'Editor',
      role: 'editor',
      password: 'editor review password',
    },
    actorId: null,
  });
  const viewerId = await createUser(sqlAsync, {
    input: {
      email: 'viewer@review.test',
      name: 'Viewer',
      role: 'viewer',
      password: 'viewer review password',
    },
    actorId: null,
  });
  editorToken = (await createSession(sqlAsync, { secret: SECRET, userId: editorId })).token;
  viewerToken = (await createSession(sqlAsync, { secret: SECRET, userId: viewerId })).token;
});

/** A stored incident the drafted Ségur-Savien clash matches. */
async function storeEarlierReport(): Promise<number> {
  const result = await storeDraft(sqlAsync, {
    input: { text: `Earlier report ${++texts}`, publishedAt: '2025-02-24' },
    draft: draft({ incidents: [incident({ casualties: [killed(1)] })] }),
    gazetteer,
  });
  const id = result.incidents[0]?.incidentId;
  if (!id) throw new Error('incident expected');
  return id;
}

/** The review screen's starting point for TEXT (made unique per test), as the read action builds it. */
async function reviewOf(suffix = `Filed ${++texts}.`): Promise<ReviewInput> {
  const text = `${TEXT}\n${suffix}`;
  const d = readReport(text, { publishedAt: '2025-02-24', gazetteer });
  const matches = await loadMatchViews(sqlAsync, await suggestMatches(sqlAsync, d, gazetteer));
  return draftToReview(
    { title: 'Officer killed', outlet: 'Example', url: '', publishedAt: '2025-02-24', text },
    d,
    matches,
  );
}

const count = async (query: string, ...params: number[]) =>
  Number((await sqlAsync.get<{ n: number }>(query, params))?.n);

describe('saving a reviewed report', () => {
  it('merges into the suggested incident, creates the other, keeps edits and drops rejected items', async () => {
    const existing = await storeEarlierReport();
    const review = await reviewOf();
    const [clash, gunfire] = review.incidents;
    if (!clash?.casualties[1] || !gunfire?.casualties[0] || !review.figures[0])
      throw new Error('draft changed');
    expect(clash).toMatchObject({ decision: 'merge', mergeInto: existing });
    const auditBefore = await count('SELECT max("id") AS n FROM "AuditEntry"');
    clash.casualties[1].count = '4'; // the editor corrects the gang toll
    gunfire.casualties[0].accepted = false; // and drops a claim
    gunfire.title = 'Civilians wounded in Pétion-Ville';
    review.figures[0].accepted = false;

    const result = await saveReview(sqlAsync, { review, userId: editorId });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.incidents.map((o) => o.action)).toEqual(['corroborated', 'created']);
    expect(result.incidents[0]?.incidentId).toBe(existing);

    const claims = await sqlAsync.all(
      'SELECT "incidentId", "kind", "affiliation", "count" FROM "CasualtyClaim" WHERE "reportId" = ? ORDER BY "id"',
      [result.reportId],
    );
    expect(claims).toEqual([
      { incidentId: existing, kind: 'killed', affiliation: 'mss', count: 1 },
      { incidentId: existing, kind: 'killed', affiliation: 'gang', count: 4 },
    ]);
    const created = result.incidents[1]?.incidentId;
    expect(await sqlAsync.get('SELECT "title" FROM "Incident" WHERE "id" = ?', [created ?? null])).toEqual({
      title: 'Civilians wounded in Pétion-Ville',
    });
    expect(await count('SELECT count(*) AS n FROM "Figure" WHERE "reportId" = ?', result.reportId)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM "Deployment" WHERE "reportId" = ?', result.reportId)).toBe(
      1,
    );

    // Every write of the save is audited, by the editor.
    const audit = (await sqlAsync.all(
      'SELECT "entity", "action", "userId" FROM "AuditEntry" WHERE "id" > ? ORDER BY "id"',
      [auditBefore],
    )) as { entity: string; action: string; userId: number }[];
    expect(audit.map((a) => `${a.entity}:${a.action}`)).toEqual([
      'Report:create',
      'Incident:add_source',
      'Incident:create',
      'Report:review',
    ]);
    expect(audit.every((a) => a.userId === editorId)).toBe(true);
    const reviewEntry = (await sqlAsync.get(
      `SELECT "after" FROM "AuditEntry" WHERE "entity" = 'Report' AND "entityId" = ? AND "action" = 'review'`,
      [result.reportId],
    )) as { after: string };
    expect(JSON.parse(reviewEntry.after)).toMatchObject({
      incidents: [{ decision: 'merge', mergeInto: existing, incidentId: existing }, { decision: 'create' }],
      rejected: { casualties: 1, figures: 1 },
    });
  });

  it('keeps a suggested match separate when the editor says so', async () => {
    const existing = await storeEarlierReport();
    const review = await reviewOf();
    const clash = review.incidents[0];
    if (!clash) throw new Error('draft changed');
    expect(clash.decision).toBe('merge');
    clash.decision = 'create';
    clash.mergeInto = null;
    const sources = await count(
      'SELECT count(*) AS n FROM "IncidentSource" WHERE "incidentId" = ?',
      existing,
    );
    const result = await saveReview(sqlAsync, { review, userId: editorId });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.incidents[0]?.action).toBe('created');
    expect(result.incidents[0]?.incidentId).not.toBe(existing);
    expect(await count('SELECT count(*) AS n FROM "IncidentSource" WHERE "incidentId" = ?', existing)).toBe(
      sources,
    );
  });

  it('answers bad input with field messages and stores nothing', async () => {
    const before = await count('SELECT count(*) AS n FROM "Report"');
    const review = await reviewOf();
    const clash = review.incidents[0];
    if (!clash?.casualties[0]) throw new Error('draft changed');
    clash.casualties[0].count = '-2';
    clash.date = '2025-02-31';
    clash.placeKey = 'atlantis';
    const result = await saveReview(sqlAsync, { review, userId: editorId });
    expect(result).toMatchObject({
      ok: false,
      errors: {
        'incidents.0.casualties.0.count': ['cannot be negative'],
        'incidents.0.date': ['is not a real calendar date'],
      },
    });
    clash.casualties[0].count = 2;
    clash.date = '2025-02-23';
    const unknownPlace = await saveReview(sqlAsync, { review, userId: editorId });
    expect(unknownPlace).toMatchObject({
      ok: false,
      errors: { 'incidents.0.placeKey': [expect.any(String)] },
    });
    expect((await saveReview(sqlAsync, { review: { nonsense: true }, userId: editorId })).ok).toBe(false);
    expect(await count('SELECT count(*) AS n FROM "Report"')).toBe(before);
  });

  it('rolls everything back when the merge target was deleted meanwhile, naming the incident', async () => {
    const existing = await storeEarlierReport();
    const review = await reviewOf();
    const before = {
      reports: await count('SELECT count(*) AS n FROM "Report"'),
      audit: await count('SELECT count(*) AS n FROM "AuditEntry"'),
    };
    await sqlAsync.run('UPDATE "Incident" SET "deletedAt" = ? WHERE "id" = ?', [
      '2025-03-01T00:00:00.000+00:00',
      existing,
    ]);
    const result = await saveReview(sqlAsync, { review, userId: editorId });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors['incidents.0.mergeInto']?.[0]).toContain(`#${existing} no longer exists`);
    expect(await count('SELECT count(*) AS n FROM "Report"')).toBe(before.reports);
    expect(await count('SELECT count(*) AS n FROM "AuditEntry"')).toBe(before.audit);
  });

  it('saving the same text twice stores it once', async () => {
    const review = await reviewOf('Filed once.');
    const first = await saveReview(sqlAsync, { review, userId: editorId });
    const again = await saveReview(sqlAsync, { review, userId: editorId });
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toMatchObject({ ok: true, created: false, reportId: first.ok ? first.reportId : -1 });
  });
});

describe('what the reader was unsure of, and what it missed', () => {
  const DATELINE = [
    'PORT-AU-PRINCE, Haiti (AP) — Gunmen killed three people on Tuesday, police said.',
    'Separately, two police officers were wounded in an ambush in Cabaret, officials said.',
  ].join('\n');

  it('stores the reader’s flags with the source, the dateline’s outlet, and an incident the editor added', async () => {
    const text = `${DATELINE}\nFiled ${++texts}.`;
    const d = readReport(text, { publishedAt: '2026-11-20', gazetteer });
    const review = draftToReview({ title: '', outlet: '', url: '', publishedAt: '2026-11-20', text }, d, []);
    // The reader's incidents go in as drafted; the ambush is added by hand, as if missed.
    review.incidents = review.incidents.filter((i) => i.placeKey !== 'cabaret');
    const flagged = review.incidents[0];
    expect(flagged?.flags?.map((f) => f.code)).toContain('place_from_context');
    const sentence = reportSentences(text).find((s) => s.text.startsWith('Separately'));
    if (!sentence) throw new Error('sentence expected');
    review.incidents.push({
      ...emptyIncident(),
      title: 'Police ambushed in Cabaret',
      date: '2026-11-18',
      type: 'ambush',
      placeKey: 'cabaret',
      evidenceSpans: [{ from: sentence.from, to: sentence.to }],
      casualties: [{ ...emptyCasualty(sentence.text), kind: 'injured', count: '2', affiliation: 'police' }],
    });

    const result = await saveReview(sqlAsync, {
      review: JSON.parse(JSON.stringify(review)),
      userId: editorId,
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [reader, added] = [result.incidents[0], result.incidents.at(-1)];
    expect(added?.action).toBe('created');
    expect(
      await sqlAsync.get(
        'SELECT i."title", i."type", l."key" AS place FROM "Incident" i JOIN "Location" l ON l."id" = i."locationId" WHERE i."id" = ?',
        [added?.incidentId ?? null],
      ),
    ).toEqual({ title: 'Police ambushed in Cabaret', type: 'ambush', place: 'cabaret' });
    expect(
      await sqlAsync.all(
        'SELECT "kind", "count", "affiliation", "excerpt" FROM "CasualtyClaim" WHERE "incidentId" = ?',
        [added?.incidentId ?? null],
      ),
    ).toEqual([{ kind: 'injured', count: 2, affiliation: 'police', excerpt: sentence.text }]);

    const stored = await getReport(result.reportId);
    expect(stored?.outlet).toBe('AP');
    const shown = stored?.incidents.find((i) => i.id === reader?.incidentId);
    expect(shown?.flags).toEqual(flagged?.flags);
    expect(stored?.incidents.find((i) => i.id === added?.incidentId)?.flags).toEqual([]);
    const entry = (await sqlAsync.get(
      `SELECT "after" FROM "AuditEntry" WHERE "entity" = 'Report' AND "entityId" = ? AND "action" = 'review'`,
      [result.reportId],
    )) as { after: string };
    expect(JSON.parse(entry.after).incidents.at(-1)).toMatchObject({ addedByEditor: true });
  });
});

describe('the server actions', () => {
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };

  it('refuse a viewer and a visitor, keeping what they typed', async () => {
    const { readReportAction, saveReviewAction } = await import('@/lib/reports/actions');
    request.token = viewerToken;
    const read = await readReportAction({}, form({ title: 'Kept', text: TEXT }));
    expect(read).toMatchObject({ denied: 'forbidden', values: { title: 'Kept' } });
    request.token = undefined;
    expect(await saveReviewAction({}, await reviewOf())).toMatchObject({ denied: 'unauthenticated' });
  });

  it('read the report without storing, and say when the text is already stored', async () => {
    const { readReportAction } = await import('@/lib/reports/actions');
    request.token = editorToken;
    const before = await count('SELECT count(*) AS n FROM "Report"');
    const text = `${TEXT}\r\nRead by the action.\r\n`;
    const state = await readReportAction(
      {},
      form({ title: '<b>x</b>', outlet: '', url: '', publishedAt: '2025-02-24', text }),
    );
    expect(state.ok).toBe(true);
    expect(state.review?.incidents).toHaveLength(2);
    // Browser line breaks are normalised before reading, so offsets match the stored text.
    expect(state.review?.input.text).toBe(`${TEXT}\nRead by the action.`);
    expect(await count('SELECT count(*) AS n FROM "Report"')).toBe(before);

    const bad = await readReportAction(
      {},
      form({ title: 't', url: 'javascript:alert(1)', publishedAt: '2025-02-30', text: ' ' }),
    );
    expect(bad.errors).toMatchObject({
      url: ['must be an http(s) address'],
      publishedAt: ['is not a real calendar date'],
      text: ['the report text is empty'],
    });
    expect(bad.values).toMatchObject({ title: 't', url: 'javascript:alert(1)' });
    const tooLong = await readReportAction({}, form({ text: 'y'.repeat(100_001) }));
    expect(tooLong.errors?.text).toEqual(['must be at most 100,000 characters']);

    const stored = await saveReview(sqlAsync, { review: await reviewOf('Stored before.'), userId: editorId });
    const again = await readReportAction({}, form({ text: `${TEXT}\nStored before.` }));
    expect(again.existingReport?.id).toBe(stored.ok ? stored.reportId : -1);
    expect(again.message).toMatch(/already stored/);
  });

  it('save the review and send the editor to the stored report', async () => {
    const { saveReviewAction } = await import('@/lib/reports/actions');
    request.token = editorToken;
    const review = await reviewOf('Saved by the action.');
    let digest = '';
    try {
      await saveReviewAction({}, review);
    } catch (error) {
      digest = (error as { digest?: string }).digest ?? '';
    }
    const id = Number(/\/reports\/(\d+)/.exec(digest)?.[1]);
    expect(digest).toMatch(/^NEXT_REDIRECT/);
    expect(await sqlAsync.get('SELECT "title", "ingestedById" FROM "Report" WHERE "id" = ?', [id])).toEqual({
      title: 'Officer killed',
      ingestedById: editorId,
    });
    const failed = await saveReviewAction(
      {},
      { ...review, incidents: [{ ...review.incidents[0], title: '' }] },
    );
    expect(failed.errors?.['incidents.0.title']).toEqual(['give the incident a title']);
  });
});
