/**
 * Correcting a stored report on a real store: its title, outlet, address and publication date
 * (the relative dates it gave re-read, applied only when confirmed), and withdrawing a junk one
 * (kept for the record; its sources, claims and context removed; incidents left without a
 * source flagged). Every change is audited and checks the version the editor read.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { GAZETTEER, type GazetteerEntry } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { correctReport } from '@/lib/reports/correction-mutations';
import { DatesNeedConfirmationError, ReportVersionConflictError } from '@/lib/reports/report-errors';
import { withdrawalImpact, withdrawReport } from '@/lib/reports/withdrawal-mutations';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { createTestDb } from './helpers/test-db';

let sqlAsync: Sql;
let gazetteer: GazetteerEntry[];
let editorId: number;
let n = 0;

beforeAll(async () => {
  const { db, sql: opened } = await createTestDb();
  sqlAsync = opened;
  await installGazetteer(db, GAZETTEER);
  gazetteer = await loadGazetteer(sqlAsync);
  editorId = await createUser(sqlAsync, {
    input: { email: 'fix@corrections.test', name: 'Fixer', role: 'editor', password: 'fixer password 12' },
    actorId: null,
  });
});

/** "on Tuesday" and "last week" count from the publication date; "On February 10, 2025" does not. */
async function store(text: string, extra: { outlet?: string; publishedAt?: string } = {}) {
  const result = await ingestReport(
    sqlAsync,
    { title: 'Mistyped titel', text: `${text} Filed ${++n}.`, publishedAt: '2025-02-24', ...extra },
    { gazetteer, userId: editorId },
  );
  return { reportId: result.reportId, incidentIds: result.incidents.map((i) => i.incidentId as number) };
}

/** Each test its own places, so no report of one test joins another's incidents. */
const relative = (place: string, other: string) =>
  `Gunmen killed three people in ${place} on Tuesday, police said. On February 10, 2025, two police officers were wounded in an ambush in ${other}.`;

const row = async (query: string, ...params: number[]) =>
  (await sqlAsync.get<Record<string, unknown>>(query, params)) as Record<string, unknown>;
const rows = (query: string, ...params: number[]) => sqlAsync.all<Record<string, unknown>>(query, params);
const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : value);
const datesOf = async (id: number): Promise<Record<string, unknown>> => {
  const found = await row('SELECT "date", "datePrecision", "version" FROM "Incident" WHERE "id" = ?', id);
  return { ...found, date: day(found.date) };
};
const report = async (id: number): Promise<Record<string, unknown>> => {
  const found = await row(
    'SELECT "title", "outlet", "url", "publishedAt", "version", "withdrawnAt" FROM "Report" WHERE "id" = ?',
    id,
  );
  return { ...found, publishedAt: day(found.publishedAt) };
};
const audit = (entity: string, id: number) =>
  sqlAsync.all<Record<string, unknown>>(
    'SELECT "action", "before", "after", "userId" FROM "AuditEntry" WHERE "entity" = ? AND "entityId" = ? ORDER BY "id"',
    [entity, id],
  );

const fields = {
  title: 'Corrected title',
  outlet: 'Le Nouvelliste',
  url: 'https://example.org/a',
  publishedAt: '2025-02-24',
};

describe('correcting a report', () => {
  it('changes its title, outlet and address, audited, and refuses a stale version', async () => {
    const { reportId } = await store(relative('Cabaret', 'Mirebalais'));
    const result = await correctReport(sqlAsync, {
      reportId,
      version: 1,
      input: fields,
      gazetteer,
      userId: editorId,
    });
    expect(result).toEqual({ version: 2, datesChanged: 0 });
    expect(await report(reportId)).toMatchObject({
      title: 'Corrected title',
      outlet: 'Le Nouvelliste',
      url: 'https://example.org/a',
      version: 2,
    });
    const entry = (await audit('Report', reportId)).at(-1);
    expect(entry).toMatchObject({ action: 'correct', userId: editorId });
    expect(JSON.parse(String(entry?.before))).toEqual({ title: 'Mistyped titel', outlet: null, url: null });

    // Someone who opened version 1 does not overwrite version 2.
    await expect(
      correctReport(sqlAsync, {
        reportId,
        version: 1,
        input: { ...fields, title: 'Other' },
        gazetteer,
        userId: editorId,
      }),
    ).rejects.toThrow(ReportVersionConflictError);
    expect((await report(reportId)).title).toBe('Corrected title');
  });

  it('shows which incident dates a new publication date would change, and changes them only when confirmed', async () => {
    const { reportId, incidentIds } = await store(relative('Delmas', 'Gressier'));
    const [killing, ambush] = incidentIds as [number, number];
    expect(await datesOf(killing)).toMatchObject({ date: '2025-02-18' });
    const input = { ...fields, publishedAt: '2025-03-05' };

    let asked: DatesNeedConfirmationError | undefined;
    try {
      await correctReport(sqlAsync, { reportId, version: 1, input, gazetteer, userId: editorId });
    } catch (error) {
      if (error instanceof DatesNeedConfirmationError) asked = error;
      else throw error;
    }
    // Only the relative date moves; the absolute one stays.
    expect(asked?.plan.changes).toEqual([
      expect.objectContaining({
        incidentId: killing,
        from: { date: '2025-02-18', dateEnd: null, datePrecision: 'day' },
        to: { date: '2025-03-04', dateEnd: null, datePrecision: 'day' },
      }),
    ]);
    expect(await report(reportId)).toMatchObject({
      publishedAt: '2025-02-24',
      version: 1,
      title: 'Mistyped titel',
    });
    expect(await datesOf(killing)).toMatchObject({ date: '2025-02-18', version: 1 });

    // A confirmation of another plan (stale, or guessed) applies nothing.
    await expect(
      correctReport(sqlAsync, {
        reportId,
        version: 1,
        input,
        dates: { confirm: 'x' },
        gazetteer,
        userId: editorId,
      }),
    ).rejects.toThrow(DatesNeedConfirmationError);

    const confirm = asked?.plan.fingerprint ?? '';
    const done = await correctReport(sqlAsync, {
      reportId,
      version: 1,
      input,
      dates: { confirm },
      gazetteer,
      userId: editorId,
    });
    expect(done).toEqual({ version: 2, datesChanged: 1 });
    expect(await report(reportId)).toMatchObject({ publishedAt: '2025-03-05' });
    expect(await datesOf(killing)).toMatchObject({ date: '2025-03-04', version: 2 });
    expect(await datesOf(ambush)).toMatchObject({ date: '2025-02-10', version: 1 });
    expect((await audit('Incident', killing)).at(-1)).toMatchObject({ action: 'redate', userId: editorId });
  });

  it('keeps a date an editor set by hand, and can keep every date on request', async () => {
    const { reportId, incidentIds } = await store(relative('Tabarre', 'Hinche'));
    const killing = incidentIds[0] as number;
    await sqlAsync.run(
      `UPDATE "Incident" SET "date" = '2025-02-17T00:00:00.000+00:00', "version" = "version" + 1 WHERE "id" = ?`,
      [killing],
    );
    const input = { ...fields, publishedAt: '2025-03-05' };
    const result = await correctReport(sqlAsync, {
      reportId,
      version: 1,
      input,
      gazetteer,
      userId: editorId,
    });
    expect(result.datesChanged).toBe(0);
    expect(await datesOf(killing)).toMatchObject({ date: '2025-02-17' });

    const other = await store(relative('Petit-Goâve', 'Jacmel'));
    const kept = await correctReport(sqlAsync, {
      reportId: other.reportId,
      version: 1,
      input,
      dates: 'keep',
      gazetteer,
      userId: editorId,
    });
    expect(kept.datesChanged).toBe(0);
    expect(await report(other.reportId)).toMatchObject({ publishedAt: '2025-03-05' });
    expect(await datesOf(other.incidentIds[0] as number)).toMatchObject({ date: '2025-02-18' });
  });
});

describe('withdrawing a report', () => {
  it('keeps it for the record, removes what it said, and flags incidents left without a source', async () => {
    const junk = await store(
      'Gunmen killed three people in Kenscoff on Tuesday, police said. Some 1,000 Kenyan officers were deployed in Haiti by February 2025.',
    );
    const kenscoff = junk.incidentIds[0] as number;
    await sqlAsync.run(`UPDATE "Incident" SET "status" = 'reviewed' WHERE "id" = ?`, [kenscoff]);
    // A second report of the same killing: that incident keeps a source.
    const other = await store('Three people were killed by gunmen in Kenscoff on Tuesday, officials said.');
    expect(other.incidentIds).toEqual([kenscoff]);
    const lone = await store('Gunmen killed two people in Arcahaie on Tuesday, police said.');
    const arcahaie = lone.incidentIds[0] as number;

    expect(await withdrawalImpact(sqlAsync, lone.reportId)).toMatchObject({
      sources: 1,
      claims: 1,
      unsourced: [{ id: arcahaie }],
    });
    const impact = await withdrawReport(sqlAsync, {
      reportId: lone.reportId,
      version: 1,
      reason: 'Not a real article',
      userId: editorId,
    });
    expect(impact.unsourced.map((i) => i.id)).toEqual([arcahaie]);
    expect((await report(lone.reportId)).withdrawnAt).not.toBeNull();
    expect(await rows('SELECT 1 FROM "IncidentSource" WHERE "reportId" = ?', lone.reportId)).toHaveLength(0);
    expect(await rows('SELECT 1 FROM "CasualtyClaim" WHERE "reportId" = ?', lone.reportId)).toHaveLength(0);
    expect(await rows('SELECT 1 FROM "IncidentCasualty" WHERE "incidentId" = ?', arcahaie)).toHaveLength(0);
    expect(await row('SELECT "status", "deletedAt" FROM "Incident" WHERE "id" = ?', arcahaie)).toEqual({
      status: 'draft',
      deletedAt: null,
    });
    const entry = (await audit('Report', lone.reportId)).at(-1);
    expect(entry).toMatchObject({ action: 'withdraw', userId: editorId });
    expect(JSON.parse(String(entry?.after))).toMatchObject({
      reason: 'Not a real article',
      unsourced: [arcahaie],
    });
    expect(JSON.parse(String(entry?.before)).claims).toHaveLength(1);

    await withdrawReport(sqlAsync, { reportId: junk.reportId, version: 1, reason: null, userId: editorId });
    expect(await rows('SELECT "reportId" FROM "IncidentSource" WHERE "incidentId" = ?', kenscoff)).toEqual([
      { reportId: other.reportId },
    ]);
    expect(await row('SELECT "status" FROM "Incident" WHERE "id" = ?', kenscoff)).toEqual({
      status: 'reviewed',
    });
    expect(await rows('SELECT 1 FROM "Deployment" WHERE "reportId" = ?', junk.reportId)).toHaveLength(0);
    expect(await rows('SELECT "best" FROM "IncidentCasualty" WHERE "incidentId" = ?', kenscoff)).toEqual([
      { best: 3 },
    ]);
    expect((await audit('Incident', kenscoff)).at(-1)).toMatchObject({ action: 'source_withdrawn' });
  });

  it('is refused for a stale version, and does not happen twice', async () => {
    const { reportId } = await store('Gunmen killed two people in Léogâne on Tuesday, police said.');
    await correctReport(sqlAsync, { reportId, version: 1, input: fields, gazetteer, userId: editorId });
    await expect(
      withdrawReport(sqlAsync, { reportId, version: 1, reason: null, userId: editorId }),
    ).rejects.toThrow(ReportVersionConflictError);
    await withdrawReport(sqlAsync, { reportId, version: 2, reason: null, userId: editorId });
    await expect(
      withdrawReport(sqlAsync, { reportId, version: 3, reason: null, userId: editorId }),
    ).rejects.toThrow(/withdrawn/);
    await expect(
      correctReport(sqlAsync, { reportId, version: 3, input: fields, gazetteer, userId: editorId }),
    ).rejects.toThrow(/withdrawn/);
  });
});
