/**
 * The editors' write paths (lib/incidents, lib/locations, lib/reports) end to end on a migrated
 * PostgreSQL database through the store's Sql (lib/store/store-sql.ts), as the app runs them:
 * a place added, an incident created and edited with its claims, a source linked, denied and its
 * claims changed, actors added and removed, incidents merged and split, a stale save refused,
 * and a report corrected and withdrawn. Rows of domains still on the synchronous connection (a
 * user, a report as ingest stores it) are inserted with plain SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addActorClaim, removeActorClaim } from '@/lib/incidents/actor-claim-mutations';
import { IncidentDeletedError, VersionConflictError } from '@/lib/incidents/edit-errors';
import { mergeIncidents, splitIncident } from '@/lib/incidents/merge';
import { createIncident, setIncidentDeleted, updateIncident } from '@/lib/incidents/mutations';
import { saveIncidentForm } from '@/lib/incidents/save-incident-form';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import { deleteClaim, linkSource, saveClaim, setSourceDenies } from '@/lib/incidents/source-mutations';
import { readIncidentRow, snapshotOf } from '@/lib/incidents/stored-incident';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { createPlace } from '@/lib/locations/place-mutations';
import { placeInputSchema } from '@/lib/locations/schema';
import { correctReport } from '@/lib/reports/correction-mutations';
import { DatesNeedConfirmationError, ReportVersionConflictError } from '@/lib/reports/report-errors';
import { loadMatchViews } from '@/lib/reports/review-matches';
import { markReportReviewed, ReportAlreadyReviewedError } from '@/lib/reports/review-mutations';
import { withdrawalImpact, withdrawReport } from '@/lib/reports/withdrawal-mutations';
import type { Sql } from '@/lib/store/sql';
import { sqlDateTime } from '@/lib/store/sql-values';
import { openStoreSql } from '@/lib/store/store-sql';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('incident writes on PostgreSQL', () => {
  let sql: Sql;
  let url: string;
  let editor: number;
  let commune: number;
  let reports = 0;
  const now = sqlDateTime(new Date('2025-03-10T12:00:00Z'));

  beforeAll(async () => {
    url = await migratedPostgresDatabase();
    sql = await openStoreSql(url);
    editor = await sql.transaction(async (tx) => {
      const user = await tx.get<{ id: number }>(
        `INSERT INTO "User" ("email", "name", "role", "passwordHash", "createdAt")
         VALUES ('editor@pg.test', 'Editor', 'editor', 'x', ?) RETURNING "id"`,
        [now],
      );
      return Number(user?.id);
    });
    const place = (key: string, name: string, kind: string, parentId: number | null, path: string) =>
      sql.get<{ id: number }>(
        `INSERT INTO "Location" ("key", "name", "normName", "kind", "parentId", "lat", "lng", "radiusM", "path", "createdAt")
         VALUES (?, ?, ?, ?, ?, 18.5, -72.3, 6000, ?, ?) RETURNING "id"`,
        [key, name, name.toLowerCase(), kind, parentId, path, now],
      );
    const haiti = await place('haiti', 'Haiti', 'country', null, '/haiti/');
    const ouest = await place('ouest', 'Ouest', 'department', Number(haiti?.id), '/haiti/ouest/');
    commune = Number(
      (await place('delmas', 'Delmas', 'commune', Number(ouest?.id), '/haiti/ouest/delmas/'))?.id,
    );
  });
  afterAll(async () => {
    await sql?.close();
    await releaseAll();
  });

  /** A report as ingest stores it (that domain is still synchronous). */
  const newReport = (text: string, outlet: string | null) =>
    sql.insert('Report', {
      title: `Report ${++reports}`,
      text,
      outlet,
      contentHash: `pg-hash-${reports}`,
      ingestedAt: now,
    });

  const fields = (overrides: Record<string, string> = {}) =>
    incidentFieldsSchema.parse({
      title: 'Gunfire in Delmas 32',
      summary: 'Heavy gunfire for two hours.',
      date: '2025-03-04',
      datePrecision: 'day',
      type: 'gunfire',
      locationId: String(commune),
      placePrecision: 'commune',
      status: 'reviewed',
      ...overrides,
    });

  const row = (id: number) => readIncidentRow(sql, id);
  const casualties = (id: number) =>
    sql.all<{ kind: string; affiliation: string; low: number; best: number; high: number; sources: number }>(
      `SELECT "kind", "affiliation", "low", "best", "high", "sources", "reportIds" FROM "IncidentCasualty"
       WHERE "incidentId" = ? ORDER BY "kind", "affiliation"`,
      [id],
    );
  const actions = async (id: number) =>
    (
      await sql.all<{ action: string }>(
        `SELECT "action" FROM "AuditEntry" WHERE "entity" = 'Incident' AND "entityId" = ? ORDER BY "id"`,
        [id],
      )
    ).map((a) => a.action);

  /** An incident with one linked report and one claim; its id, the report's and its version. */
  async function sourced(text: string, count: number) {
    const id = await createIncident(sql, { input: fields({ title: text }), userId: editor });
    const reportId = await newReport(`${text}: ${count} killed in Delmas.`, 'Le Nouvelliste');
    let version = await linkSource(sql, {
      incidentId: id,
      version: 1,
      input: { reportId, excerpt: `${count} killed in Delmas` },
      userId: editor,
    });
    version = await saveClaim(sql, {
      incidentId: id,
      version,
      input: { reportId, kind: 'killed', count, hedge: 'exact', affiliation: 'civilian', country: null },
      userId: editor,
    });
    return { id, reportId, version };
  }

  it('adds a place under its parent, with its aliases, audited', async () => {
    const id = await createPlace(sql, {
      input: placeInputSchema.parse({
        name: 'Delmas 32',
        kind: 'neighbourhood',
        parentId: String(commune),
        lat: '18.55',
        lng: '-72.30',
        aliases: 'Dèlma 32; Delmas 32',
      }),
      userId: editor,
    });
    expect(await sql.get('SELECT "key", "path", "kind" FROM "Location" WHERE "id" = ?', [id])).toEqual({
      key: 'delmas-delmas-32',
      path: '/haiti/ouest/delmas/delmas-delmas-32/',
      kind: 'neighbourhood',
    });
    expect(await sql.all('SELECT "normName" FROM "LocationAlias" WHERE "locationId" = ?', [id])).toEqual([
      { normName: 'delma 32' },
    ]);
    const again = createPlace(sql, {
      input: placeInputSchema.parse({
        name: 'Delmas 32',
        kind: 'site',
        parentId: String(commune),
        lat: '18.5',
        lng: '-72.3',
      }),
      userId: editor,
    });
    await expect(again).rejects.toThrow('already in the gazetteer');
  });

  it('creates and edits an incident, folding its places into the search text, and refuses a stale save', async () => {
    const id = await createIncident(sql, { input: fields(), userId: editor });
    expect(await row(id)).toMatchObject({
      version: 1,
      status: 'reviewed',
      date: '2025-03-04T00:00:00.000+00:00',
    });
    const search = await sql.get<{ searchText: string }>(
      'SELECT "searchText" FROM "Incident" WHERE "id" = ?',
      [id],
    );
    // The place and every place containing it (in no set order).
    expect(search?.searchText.split(' ')).toEqual(expect.arrayContaining(['delmas', 'ouest', 'haiti']));
    const v2 = await updateIncident(sql, {
      id,
      version: 1,
      input: fields({ title: 'Gunfire in Delmas 33' }),
      userId: editor,
    });
    expect(v2).toBe(2);
    const stale = updateIncident(sql, {
      id,
      version: 1,
      input: fields({ summary: 'Other.' }),
      userId: editor,
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await stale.catch((error: VersionConflictError) => {
      expect(error.current.version).toBe(2);
      expect(error.lastChange?.by).toBe('Editor');
    });
    expect(snapshotOf(await row(id))).toMatchObject({ title: 'Gunfire in Delmas 33', date: '2025-03-04' });
    expect(await actions(id)).toEqual(['create', 'update']);
  });

  it('saves the edit form with its claims in one transaction, and reconciles the sources’ figures', async () => {
    const { id, reportId, version } = await sourced('Attack on a market', 3);
    const second = await newReport('Five people died in the market attack.', 'Haiti Libre');
    const v = await linkSource(sql, {
      incidentId: id,
      version,
      input: { reportId: second, excerpt: 'Five people died' },
      userId: editor,
    });
    const opened = snapshotOf(await row(id));
    const form = Object.fromEntries(
      Object.entries(opened).map(([k, value]) => [k, value === null ? '' : String(value)]),
    );
    const saved = await saveIncidentForm(sql, {
      values: {
        ...form,
        ...Object.fromEntries(Object.entries(form).map(([k, value]) => [`base:${k}`, value])),
        id: String(id),
        version: String(v),
        title: 'Attack on the Delmas market',
        'claim:new:reportId': String(second),
        'claim:new:kind': 'killed',
        'claim:new:count': '5',
        'claim:new:hedge': 'exact',
        'claim:new:affiliation': 'civilian',
        'claim:new:country': '',
      },
      userId: editor,
    });
    expect(saved).toEqual({ id, path: `/incidents/${id}` });
    expect(await casualties(id)).toEqual([
      {
        kind: 'killed',
        affiliation: 'civilian',
        low: 3,
        best: 3,
        high: 5,
        sources: 2,
        reportIds: expect.any(String),
      },
    ]);
    const ids = (await casualties(id))[0] as unknown as { reportIds: string };
    expect(ids.reportIds.split(',').map(Number).sort()).toEqual([reportId, second].sort());
    const grade = await sql.get<{ grade: string }>('SELECT "grade" FROM "Incident" WHERE "id" = ?', [id]);
    expect(grade?.grade).toBe('confirmed');

    // A denial contests it; removing the claim leaves the first source's figure alone.
    const claim = await sql.get<{ id: number }>(
      'SELECT "id" FROM "CasualtyClaim" WHERE "incidentId" = ? AND "reportId" = ?',
      [id, second],
    );
    let w = (await row(id)).version;
    w = await setSourceDenies(sql, {
      incidentId: id,
      version: w,
      reportId: second,
      denies: true,
      userId: editor,
    });
    expect(
      (await sql.get<{ grade: string }>('SELECT "grade" FROM "Incident" WHERE "id" = ?', [id]))?.grade,
    ).toBe('contested');
    expect(
      await sql.get('SELECT "denies" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?', [
        id,
        second,
      ]),
    ).toEqual({ denies: 1 });
    w = await deleteClaim(sql, { incidentId: id, version: w, claimId: Number(claim?.id), userId: editor });
    expect(await casualties(id)).toMatchObject([{ low: 3, best: 3, high: 3, sources: 1 }]);
    expect(w).toBe((await row(id)).version);
  });

  it('adds and removes an actor a source names', async () => {
    const { id, reportId, version } = await sourced('Gang attack', 2);
    const input = {
      reportId,
      role: 'perpetrator' as const,
      actorKey: null,
      name: 'the Delmas gang',
      type: 'armed_group' as const,
      country: null,
    };
    const v = await addActorClaim(sql, { incidentId: id, version, input, userId: editor });
    await expect(addActorClaim(sql, { incidentId: id, version: v, input, userId: editor })).rejects.toThrow(
      'already names this actor',
    );
    const actor = await sql.get<{ id: number; excerpt: string }>(
      'SELECT "id", "excerpt" FROM "ActorClaim" WHERE "incidentId" = ?',
      [id],
    );
    expect(actor?.excerpt).toBe('2 killed in Delmas');
    await removeActorClaim(sql, {
      incidentId: id,
      version: v,
      actorClaimId: Number(actor?.id),
      userId: editor,
    });
    expect(await sql.all('SELECT 1 AS "left" FROM "ActorClaim" WHERE "incidentId" = ?', [id])).toEqual([]);
    expect(await actions(id)).toEqual(expect.arrayContaining(['actor_add', 'actor_remove']));
  });

  it('merges two incidents keeping every source and claim, then splits them apart', async () => {
    const a = await sourced('First account', 1);
    const b = await sourced('Second account', 2);
    // The same report on both: merging keeps one source with both passages.
    const shared = await newReport('Both accounts in one report.', null);
    const va = await linkSource(sql, {
      incidentId: a.id,
      version: a.version,
      input: { reportId: shared, excerpt: 'Both accounts' },
      userId: editor,
    });
    const vb = await linkSource(sql, {
      incidentId: b.id,
      version: b.version,
      input: { reportId: shared, excerpt: 'in one report' },
      userId: editor,
    });
    const merged = await mergeIncidents(sql, {
      target: { id: a.id, version: va },
      others: [{ id: b.id, version: vb }],
      userId: editor,
    });
    expect(merged).toEqual({ version: va + 1, sourcesMoved: 2, claimsMoved: 1 });
    expect((await row(b.id)).deletedAt).not.toBeNull();
    expect(
      await sql.get('SELECT "excerpt" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?', [
        a.id,
        shared,
      ]),
    ).toEqual({ excerpt: 'Both accounts\n…\nin one report' });
    expect(await casualties(a.id)).toMatchObject([{ low: 1, best: 1, high: 2, sources: 2 }]);
    expect(await casualties(b.id)).toEqual([]);
    await expect(
      mergeIncidents(sql, {
        target: { id: a.id, version: va },
        others: [{ id: b.id, version: vb }],
        userId: editor,
      }),
    ).rejects.toBeInstanceOf(VersionConflictError);

    const newId = await splitIncident(sql, {
      incident: { id: a.id, version: merged.version },
      reportIds: [b.reportId],
      userId: editor,
    });
    expect(await row(newId)).toMatchObject({ status: 'draft', title: 'First account (split)', version: 1 });
    expect(await casualties(newId)).toMatchObject([{ low: 2, high: 2, sources: 1 }]);
    expect(await casualties(a.id)).toMatchObject([{ low: 1, high: 1, sources: 1 }]);
    expect(await actions(a.id)).toEqual(expect.arrayContaining(['merge', 'split']));
    expect(await actions(newId)).toEqual(['create']);
  });

  it('soft-deletes and restores', async () => {
    const id = await createIncident(sql, { input: fields(), userId: editor });
    const v = await setIncidentDeleted(sql, {
      id,
      version: 1,
      deleted: true,
      reason: 'duplicate',
      userId: editor,
    });
    expect((await row(id)).deletedAt).toMatch(/\+00:00$/);
    await setIncidentDeleted(sql, { id, version: v, deleted: false, userId: editor });
    expect((await row(id)).deletedAt).toBeNull();
  });
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
  describe('two app servers on one database', () => {
    let other: Sql;
    beforeAll(async () => {
      other = await openStoreSql(url);
    });
    afterAll(() => other?.close());

    it('let one of two saves made on the same version through: the other meets a conflict', async () => {
      for (let round = 0; round < 5; round++) {
        const { id, reportId, version } = await sourced(`Raced ${round}`, 1);
        const claim = (count: number) => ({
          reportId,
          kind: 'injured' as const,
          count,
          hedge: 'exact' as const,
          affiliation: 'civilian' as const,
          country: null,
        });
        const saves = await Promise.allSettled(
          [sql, other].map((server, i) =>
            saveClaim(server, { incidentId: id, version, input: claim(i + 2), userId: editor }),
          ),
        );
        expect(saves.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const refused = saves.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(refused.reason).toBeInstanceOf(VersionConflictError);
        const injured = await sql.all(
          `SELECT "count" FROM "CasualtyClaim" WHERE "incidentId" = ? AND "kind" = 'injured'`,
          [id],
        );
        expect(injured).toHaveLength(1);
        expect((await row(id)).version).toBe(version + 1);
      }
    });

    it('merge crosswise once: of A into B and B into A at the same moment, one is refused', async () => {
      for (let round = 0; round < 5; round++) {
        const a = await sourced(`Cross A ${round}`, 1);
        const b = await sourced(`Cross B ${round}`, 2);
        const merges = await Promise.allSettled([
          mergeIncidents(sql, {
            target: { id: a.id, version: a.version },
            others: [{ id: b.id, version: b.version }],
            userId: editor,
          }),
          mergeIncidents(other, {
            target: { id: b.id, version: b.version },
            others: [{ id: a.id, version: a.version }],
            userId: editor,
          }),
        ]);
        expect(merges.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        const refused = merges.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(
          refused.reason instanceof VersionConflictError || refused.reason instanceof IncidentDeletedError,
        ).toBe(true);
        const live = [(await row(a.id)).deletedAt, (await row(b.id)).deletedAt].filter((d) => d === null);
        expect(live).toHaveLength(1);
      }
    });
  });
});
