/**
 * The editors' write paths on reports (lib/reports) end to end on a migrated PostgreSQL database
 * through the store's Sql: a report corrected (its relative dates moved only once the editor
 * confirms), reviewed once, and withdrawn with what it alone supported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIncident } from '@/lib/incidents/mutations';
import { linkSource, saveClaim } from '@/lib/incidents/source-mutations';
import { snapshotOf } from '@/lib/incidents/stored-incident';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { correctReport } from '@/lib/reports/correction-mutations';
import { DatesNeedConfirmationError, ReportVersionConflictError } from '@/lib/reports/report-errors';
import { loadMatchViews } from '@/lib/reports/review-matches';
import { markReportReviewed, ReportAlreadyReviewedError } from '@/lib/reports/review-mutations';
import { withdrawalImpact, withdrawReport } from '@/lib/reports/withdrawal-mutations';
import { serverUrl } from './helpers/databases';
import {
  actions,
  casualties,
  closeEditorStore,
  editor,
  fields,
  now,
  openEditorStore,
  row,
  sourced,
  sql,
} from './helpers/editor-store';

describe.skipIf(!serverUrl)('report writes on PostgreSQL', () => {
  beforeAll(openEditorStore);
  afterAll(closeEditorStore);

  it('corrects a report, moving the relative date it gave only once the editor confirms the plan', async () => {
    const text = 'Gunmen killed three people in Cabaret on Tuesday, police said.';
    const reportId = await sql.insert('Report', {
      title: 'Mistyped titel',
      text,
      contentHash: 'pg-redate',
      publishedAt: '2025-02-24T00:00:00.000+00:00',
      publishedPrecision: 'day',
      ingestedAt: now,
    });
    const id = await createIncident(sql, {
      input: fields({ title: 'Killing in Cabaret', date: '2025-02-18' }),
      userId: editor,
    });
    await linkSource(sql, { incidentId: id, version: 1, input: { reportId, excerpt: text }, userId: editor });
    const input = {
      title: 'Corrected title',
      outlet: 'Le Nouvelliste',
      url: null,
      publishedAt: '2025-03-05',
    };
    const options = { reportId, version: 1, input, gazetteer: GAZETTEER, userId: editor };
    let asked: DatesNeedConfirmationError | undefined;
    await correctReport(sql, options).catch((error: unknown) => {
      if (error instanceof DatesNeedConfirmationError) asked = error;
      else throw error;
    });
    expect(asked?.plan.changes).toEqual([
      expect.objectContaining({
        incidentId: id,
        from: { date: '2025-02-18', dateEnd: null, datePrecision: 'day' },
        to: { date: '2025-03-04', dateEnd: null, datePrecision: 'day' },
      }),
    ]);
    const done = await correctReport(sql, { ...options, dates: { confirm: asked?.plan.fingerprint ?? '' } });
    expect(done).toEqual({ version: 2, datesChanged: 1 });
    expect(snapshotOf(await row(id)).date).toBe('2025-03-04');
    expect(await actions(id)).toContain('redate');
    expect(
      await sql.get(
        'SELECT "title", "publishedAt", "publishedEstimated", "version" FROM "Report" WHERE "id" = ?',
        [reportId],
      ),
    ).toEqual({
      title: 'Corrected title',
      publishedAt: '2025-03-05T00:00:00.000+00:00',
      publishedEstimated: 0,
      version: 2,
    });
    await expect(correctReport(sql, options)).rejects.toBeInstanceOf(ReportVersionConflictError);
  });

  it('shows stored matches beside a review, and marks a report reviewed once', async () => {
    const { id, reportId, version } = await sourced('Matched incident', 4);
    await saveClaim(sql, {
      incidentId: id,
      version,
      input: { reportId, kind: 'injured', count: 6, hedge: 'exact', affiliation: 'civilian', country: null },
      userId: editor,
    });
    const match = { incidentId: id, title: 'Matched incident', date: '2025-03-04', datePrecision: 'day' };
    const views = await loadMatchViews(sql, [null, { ...match, score: 0.9, reasons: ['same place'] }]);
    expect(views).toEqual([
      null,
      expect.objectContaining({
        incidentId: id,
        date: '2025-03-04',
        dateEnd: null,
        place: 'Delmas',
        sources: 1,
        // In the order SQLite gives (as text), not the enum's declared order.
        casualties: [
          { kind: 'injured', affiliation: 'civilian', country: null, best: 6 },
          { kind: 'killed', affiliation: 'civilian', country: null, best: 4 },
        ],
      }),
    ]);
    expect(await markReportReviewed(sql, { reportId, version: 1, userId: editor })).toMatchObject({
      version: 2,
    });
    await expect(markReportReviewed(sql, { reportId, version: 2, userId: editor })).rejects.toBeInstanceOf(
      ReportAlreadyReviewedError,
    );
  });

  it('withdraws a report: what it said goes, and the incident it alone supported goes back to draft', async () => {
    const { id, reportId } = await sourced('Lone account', 2);
    const { id: shared } = await sourced('Two accounts', 1);
    const v = (await row(shared)).version;
    await linkSource(sql, {
      incidentId: shared,
      version: v,
      input: { reportId, excerpt: '2 killed' },
      userId: editor,
    });
    expect(await withdrawalImpact(sql, reportId)).toEqual({
      sources: 2,
      claims: 1,
      deployments: 0,
      figures: 0,
      unsourced: [{ id, title: 'Lone account' }],
    });
    const done = await withdrawReport(sql, { reportId, version: 1, reason: 'junk', userId: editor });
    expect(done).toMatchObject({ version: 2, sources: 2, claims: 1 });
    expect(await row(id)).toMatchObject({ status: 'draft' });
    expect(await row(shared)).toMatchObject({ status: 'reviewed' });
    expect(await casualties(id)).toEqual([]);
    expect(await casualties(shared)).toMatchObject([{ low: 1, high: 1, sources: 1 }]);
    expect(await actions(id)).toContain('source_withdrawn');
    const entry = await sql.get<{ before: string }>(
      `SELECT "before" FROM "AuditEntry" WHERE "entity" = 'Report' AND "entityId" = ? AND "action" = 'withdraw'`,
      [reportId],
    );
    expect(JSON.parse(entry?.before ?? '{}').sources).toHaveLength(2);
  });
});
