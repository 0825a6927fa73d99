/**
 * Two editors on one incident, through the edit form's own round trip (what the page renders,
 * what the server answers on a conflict, what the form then sends when saved again): whatever
 * the order, neither editor's change is lost, and a field both changed is never decided for them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { IncidentFormState } from '@/lib/incidents/form-states';
import { createIncident } from '@/lib/incidents/mutations';
import { type SavedIncident, saveIncidentForm } from '@/lib/incidents/save-incident-form';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import { linkSource, saveClaim } from '@/lib/incidents/source-mutations';
import { readIncidentRow, snapshotOf } from '@/lib/incidents/stored-incident';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { createTestDb } from './helpers/test-db';

let sql: Sql;
let sqlAsync: Sql;
let alice: number;
let bob: number;

type Values = Record<string, string>;

async function newIncident(): Promise<number> {
  const portAuPrince = (await sql.get(`SELECT "id" FROM "Location" WHERE "key" = 'port-au-prince'`)) as {
    id: number;
  };
  return createIncident(sqlAsync, {
    input: incidentFieldsSchema.parse({
      title: 'Gunfire near the National Palace',
      summary: 'Heavy gunfire reported for two hours.',
      date: '2025-03-04',
      datePrecision: 'day',
      type: 'gunfire',
      locationId: String(portAuPrince.id),
      placePrecision: 'commune',
      status: 'draft',
    }),
    userId: alice,
  });
}

/** What the edit page's form holds when opened: the fields, the version, and the same values as `base:`. */
async function openForm(id: number): Promise<Values> {
  const row = await readIncidentRow(sqlAsync, id);
  const fields = Object.fromEntries(
    Object.entries(snapshotOf(row)).map(([k, v]) => [k, v === null ? '' : String(v)]),
  );
  const base = Object.fromEntries(Object.entries(fields).map(([k, v]) => [`base:${k}`, v]));
  return { id: String(id), version: String(row.version), ...fields, ...base };
}

const save = (values: Values, userId: number) => saveIncidentForm(sqlAsync, { values, userId });

/** The form as re-rendered from the server's answer, submitted again as it stands. */
function answered(result: IncidentFormState | SavedIncident): Values {
  if ('id' in result) throw new Error('expected the form to be answered, not saved');
  return { ...(result.values as Values) };
}

const stored = async (id: number) => snapshotOf(await readIncidentRow(sqlAsync, id));

beforeAll(async () => {
  const { db, sql: opened } = await createTestDb();
  sqlAsync = opened;
  await installGazetteer(db, GAZETTEER);
  sql = opened;
  alice = await createUser(sqlAsync, {
    input: { email: 'alice@example.org', name: 'Alice', role: 'editor', password: 'alice password 1' },
    actorId: null,
  });
  bob = await createUser(sqlAsync, {
    input: { email: 'bob@example.org', name: 'Bob', role: 'editor', password: 'bob password 12' },
    actorId: null,
  });
});

describe('saving again after a conflict', () => {
  it('applies only what the second editor changed: the first editor’s title stays', async () => {
    const id = await newIncident();
    const a = await openForm(id);
    const b = await openForm(id);
    expect(await save({ ...a, title: 'Title saved by Alice' }, alice)).toMatchObject({ id });

    const conflict = await save({ ...b, summary: 'Summary written by Bob.' }, bob);
    expect(conflict).toMatchObject({
      conflict: { changes: [expect.objectContaining({ field: 'title', now: 'Title saved by Alice' })] },
    });
    // The conflict did not save anything.
    expect(await stored(id)).toMatchObject({ title: 'Title saved by Alice' });

    expect(await save(answered(conflict), bob)).toMatchObject({ id });
    expect(await stored(id)).toMatchObject({
      title: 'Title saved by Alice',
      summary: 'Summary written by Bob.',
    });
  });

  it('applies only what the second editor changed, the other way round: the first editor’s summary stays', async () => {
    const id = await newIncident();
    const a = await openForm(id);
    const b = await openForm(id);
    expect(await save({ ...b, summary: 'Summary written by Bob.' }, bob)).toMatchObject({ id });
    const conflict = await save({ ...a, title: 'Title saved by Alice', status: 'reviewed' }, alice);
    expect(await save(answered(conflict), alice)).toMatchObject({ id });
    expect(await stored(id)).toMatchObject({
      title: 'Title saved by Alice',
      status: 'reviewed',
      summary: 'Summary written by Bob.',
    });
  });

  it('shows the first editor’s values in the form the second editor saves again', async () => {
    const id = await newIncident();
    const a = await openForm(id);
    const b = await openForm(id);
    await save({ ...a, title: 'Title saved by Alice' }, alice);
    const form = answered(await save({ ...b, summary: 'Summary written by Bob.' }, bob));
    expect(form).toMatchObject({ title: 'Title saved by Alice', summary: 'Summary written by Bob.' });
  });

  it('a field both changed is saved only once the second editor chooses, and either choice keeps the rest', async () => {
    for (const choice of ['mine', 'theirs'] as const) {
      const id = await newIncident();
      const a = await openForm(id);
      const b = await openForm(id);
      await save({ ...a, title: 'Title saved by Alice', type: 'attack' }, alice);
      const conflict = await save(
        { ...b, title: 'Title typed by Bob', summary: 'Summary written by Bob.' },
        bob,
      );
      expect(conflict).toMatchObject({
        conflict: {
          changes: expect.arrayContaining([
            expect.objectContaining({ field: 'title', clash: true, yours: 'Title typed by Bob' }),
          ]),
        },
      });
      // Saving again without choosing decides nothing and stores nothing.
      const unchosen = await save(answered(conflict), bob);
      expect(unchosen).toMatchObject({ conflict: { changes: expect.any(Array) } });
      expect(await stored(id)).toMatchObject({
        title: 'Title saved by Alice',
        summary: 'Heavy gunfire reported for two hours.',
      });

      expect(await save({ ...answered(unchosen), 'choose:title': choice }, bob)).toMatchObject({ id });
      expect(await stored(id)).toMatchObject({
        title: choice === 'mine' ? 'Title typed by Bob' : 'Title saved by Alice',
        type: 'attack',
        summary: 'Summary written by Bob.',
      });
    }
  });

  it('two editors who made the same change do not clash', async () => {
    const id = await newIncident();
    const a = await openForm(id);
    const b = await openForm(id);
    await save({ ...a, status: 'reviewed' }, alice);
    const conflict = await save({ ...b, status: 'reviewed', title: 'Title typed by Bob' }, bob);
    expect(await save(answered(conflict), bob)).toMatchObject({ id });
    expect(await stored(id)).toMatchObject({ status: 'reviewed', title: 'Title typed by Bob' });
  });
});

describe('one save for the page: the incident and the claims edited on it', () => {
  async function withClaim(): Promise<{ id: number; claimId: number; reportId: number }> {
    const id = await newIncident();
    const reportId = Number(
      (
        await sql.get<{ id: number }>(
          `INSERT INTO "Report" ("title", "text", "contentHash") VALUES ('R', 'text', ?) RETURNING "id"`,
          [`hash-${id}`],
        )
      )?.id,
    );
    await linkSource(sqlAsync, {
      incidentId: id,
      version: 1,
      input: { reportId, excerpt: 'text' },
      userId: alice,
    });
    await saveClaim(sqlAsync, {
      incidentId: id,
      version: 2,
      input: { reportId, kind: 'killed', count: 3, hedge: 'exact', affiliation: 'police', country: null },
      userId: alice,
    });
    const claim = (await sql.get('SELECT "id" FROM "CasualtyClaim" WHERE "incidentId" = ?', [id])) as {
      id: number;
    };
    return { id, claimId: claim.id, reportId };
  }
  const claims = async (id: number) =>
    await sql.all(
      'SELECT "kind", "count", "affiliation" FROM "CasualtyClaim" WHERE "incidentId" = ? ORDER BY "id"',
      [id],
    );

  it('stores a claim changed in its row and a claim typed but not added, with the incident’s fields', async () => {
    const { id, claimId, reportId } = await withClaim();
    const form = await openForm(id);
    const saved = await save(
      {
        ...form,
        title: 'Retitled with its claims',
        [`claim:${claimId}:count`]: '5',
        'claim:new:reportId': String(reportId),
        'claim:new:kind': 'injured',
        'claim:new:count': '2',
        'claim:new:hedge': 'exact',
        'claim:new:affiliation': 'civilian',
        'claim:new:country': '',
      },
      bob,
    );
    expect(saved).toMatchObject({ id });
    expect(await stored(id)).toMatchObject({ title: 'Retitled with its claims' });
    expect(await claims(id)).toEqual([
      { kind: 'killed', count: 5, affiliation: 'police' },
      { kind: 'injured', count: 2, affiliation: 'civilian' },
    ]);
  });

  it('saves nothing when a claim is wrong, and names the claim’s field', async () => {
    const { id, claimId } = await withClaim();
    const answer = await save(
      { ...(await openForm(id)), title: 'Not saved alone', [`claim:${claimId}:count`]: '-4' },
      bob,
    );
    expect(answer).toMatchObject({
      message: expect.stringMatching(/^Nothing was saved/),
      errors: { [`claim:${claimId}:count`]: ['A count cannot be negative.'] },
    });
    expect((await stored(id)).title).toBe('Gunfire near the National Palace');
    expect(await claims(id)).toEqual([{ kind: 'killed', count: 3, affiliation: 'police' }]);
  });

  it('lays a row’s changed fields over the claim as stored, keeping a colleague’s change to another field', async () => {
    const { id, claimId, reportId } = await withClaim();
    const form = await openForm(id);
    await saveClaim(sqlAsync, {
      incidentId: id,
      version: Number(form.version),
      claimId,
      input: { reportId, kind: 'injured', count: 3, hedge: 'exact', affiliation: 'police', country: null },
      userId: alice,
    });
    const conflict = await save({ ...form, [`claim:${claimId}:count`]: '6' }, bob);
    expect(await save(answered(conflict), bob)).toMatchObject({ id });
    expect(await claims(id)).toEqual([{ kind: 'injured', count: 6, affiliation: 'police' }]);
  });
});
