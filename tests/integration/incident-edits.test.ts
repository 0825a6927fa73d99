/**
 * Editing incidents on a real store: create, edit, soft-delete, restore, claims per source,
 * merge and split. Every write is version-checked (a second editor saving a stale form gets a
 * conflict naming what changed, and neither edit is lost), keeps the casualty summary and search
 * text true, and writes its audit entry in the same transaction.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  IncidentDeletedError,
  InvalidReferenceError,
  VersionConflictError,
} from '@/lib/incidents/edit-errors';
import { mergeIncidents, splitIncident } from '@/lib/incidents/merge';
import { createIncident, setIncidentDeleted, updateIncident } from '@/lib/incidents/mutations';
import { claimInputSchema, type IncidentFields, incidentFieldsSchema } from '@/lib/incidents/schema';
import { deleteClaim, linkSource, saveClaim } from '@/lib/incidents/source-mutations';
import { readIncidentRow, snapshotOf } from '@/lib/incidents/stored-incident';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { draft, incident, killed, place } from './helpers/drafts';
import { createTestDb } from './helpers/test-db';

let sql: Sql;
let sqlAsync: Sql;
let alice: number;
let bob: number;
let placeId: (key: string) => number;

const fields = (overrides: Partial<Record<keyof IncidentFields, string>> = {}): IncidentFields =>
  incidentFieldsSchema.parse({
    title: 'Gunfire near the National Palace',
    summary: 'Heavy gunfire reported for two hours.',
    date: '2025-03-04',
    dateEnd: '',
    datePrecision: 'day',
    type: 'gunfire',
    locationId: String(placeId('port-au-prince')),
    placePrecision: 'commune',
    placeText: '',
    status: 'reviewed',
    ...overrides,
  });

const audit = async (id: number) =>
  (await sql.all(
    `SELECT "userId", "action", "before", "after" FROM "AuditEntry" WHERE "entity" = 'Incident' AND "entityId" = ? ORDER BY "id"`,
    [id],
  )) as { userId: number | null; action: string; before: string | null; after: string | null }[];

const casualties = async (id: number) =>
  await sql.all(
    'SELECT "kind", "affiliation", "low", "best", "high", "sources" FROM "IncidentCasualty" WHERE "incidentId" = ?',
    [id],
  );

/** A stored report with one incident, as the reader would have produced it. */
async function storedIncident(text: string, count: number, publishedAt = '2025-02-24') {
  const result = await storeDraft(sqlAsync, {
    input: { text, publishedAt },
    draft: draft({
      publishedAt,
      incidents: [incident({ casualties: [killed(count)], place: place('segur-savien') })],
    }),
    gazetteer: await loadGazetteer(sqlAsync),
    decisions: [{ action: 'create' }],
  });
  const id = result.incidents[0]?.incidentId;
  if (!id) throw new Error('not stored');
  return { incidentId: id, reportId: result.reportId };
}

beforeAll(async () => {
  const created = await createTestDb();
  const { db } = created;
  sqlAsync = created.sql;
  await installGazetteer(db, GAZETTEER);
  sql = sqlAsync;
  const ids = new Map(
    ((await sql.all('SELECT "id", "key" FROM "Location"')) as { id: number; key: string }[]).map((r) => [
      r.key,
      r.id,
    ]),
  );
  placeId = (key) => ids.get(key) ?? Number.NaN;
  alice = await createUser(sqlAsync, {
    input: { email: 'alice@example.org', name: 'Alice', role: 'editor', password: 'alice password 1' },
    actorId: null,
  });
  bob = await createUser(sqlAsync, {
    input: { email: 'bob@example.org', name: 'Bob', role: 'editor', password: 'bob password 12' },
    actorId: null,
  });
});

describe('the incident form contract', () => {
  it('names the field for impossible dates, reversed ranges, future dates and a missing place', () => {
    const bad = incidentFieldsSchema.safeParse({
      title: 'x',
      date: '2025-02-30',
      dateEnd: '2025-01-01',
      datePrecision: 'day',
      type: 'gunfire',
      placePrecision: 'commune',
      status: 'reviewed',
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title', 'date']));
    const reversed = incidentFieldsSchema.safeParse({
      ...fields(),
      date: '2025-03-04',
      dateEnd: '2025-03-01',
    });
    expect(reversed.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([
      'dateEnd',
      'The end date must be on or after the start date.',
    ]);
    const future = incidentFieldsSchema.safeParse({ ...fields(), date: '2999-01-01' });
    expect(future.error?.issues[0]?.message).toBe('cannot be in the future');
    const noPlace = incidentFieldsSchema.safeParse({ ...fields(), locationId: '', placeText: '' });
    expect(noPlace.error?.issues[0]?.path).toEqual(['locationId']);
  });

  it('refuses negative and absurd counts, and a country for non-MSS victims', () => {
    const base = { reportId: '1', kind: 'killed', hedge: 'exact', affiliation: 'civilian', country: '' };
    expect(claimInputSchema.safeParse({ ...base, count: '-1' }).error?.issues[0]?.message).toBe(
      'A count cannot be negative.',
    );
    expect(claimInputSchema.safeParse({ ...base, count: '2.5' }).success).toBe(false);
    expect(claimInputSchema.safeParse({ ...base, count: 'many' }).success).toBe(false);
    expect(
      claimInputSchema.safeParse({ ...base, count: '1', country: 'Kenya' }).error?.issues[0]?.path,
    ).toEqual(['country']);
    expect(claimInputSchema.safeParse({ ...base, count: '3' }).success).toBe(true);
  });
});

describe('create, edit, delete, restore', () => {
  it('creates an incident by hand, searchable by its place, with an audit entry', async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: alice });
    const row = await readIncidentRow(sqlAsync, id);
    expect(row).toMatchObject({ version: 1, title: 'Gunfire near the National Palace', status: 'reviewed' });
    const search = (await sql.get('SELECT "searchText" FROM "Incident" WHERE "id" = ?', [id])) as {
      searchText: string;
    };
    expect(search.searchText).toContain('port au prince');
    expect(await audit(id)).toEqual([expect.objectContaining({ userId: alice, action: 'create' })]);
  });

  it('refuses a place that is not in the gazetteer', async () => {
    await expect(
      createIncident(sqlAsync, { input: { ...fields(), locationId: 999_999 }, userId: alice }),
    ).rejects.toThrow(InvalidReferenceError);
  });

  it('saves an edit, audits only the changed fields, and bumps the version', async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: alice });
    const version = await updateIncident(sqlAsync, {
      id,
      version: 1,
      input: fields({ title: 'Gunfire in Bel Air' }),
      userId: bob,
    });
    expect(version).toBe(2);
    const last = (await audit(id)).at(-1);
    expect(last).toMatchObject({ userId: bob, action: 'update' });
    expect(JSON.parse(last?.before ?? '{}')).toEqual({ title: 'Gunfire near the National Palace' });
    expect(JSON.parse(last?.after ?? '{}')).toEqual({ title: 'Gunfire in Bel Air' });
  });

  it('two editors on one version: the second gets a conflict showing what changed, nothing is lost', async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: alice });
    const opened = snapshotOf(await readIncidentRow(sqlAsync, id));
    await updateIncident(sqlAsync, { id, version: 1, input: fields({ date: '2025-03-05' }), userId: alice });
    let conflict: VersionConflictError | undefined;
    try {
      await updateIncident(sqlAsync, {
        id,
        version: 1,
        input: fields({ title: 'Bob’s title' }),
        userId: bob,
      });
    } catch (error) {
      conflict = error as VersionConflictError;
    }
    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect(conflict?.current.version).toBe(2);
    expect(conflict?.lastChange?.by).toBe('Alice');
    expect(conflict?.changedSince(opened)).toEqual([{ field: 'date', was: '2025-03-04', now: '2025-03-05' }]);
    // Alice's edit stands; Bob can re-apply his on the current version and both survive.
    expect((await readIncidentRow(sqlAsync, id)).date.slice(0, 10)).toBe('2025-03-05');
    await updateIncident(sqlAsync, {
      id,
      version: 2,
      input: fields({ date: '2025-03-05', title: 'Bob’s title' }),
      userId: bob,
    });
    expect(snapshotOf(await readIncidentRow(sqlAsync, id))).toMatchObject({
      date: '2025-03-05',
      title: 'Bob’s title',
    });
  });

  it('soft-deletes and restores, refusing edits while deleted', async () => {
    const id = await createIncident(sqlAsync, { input: fields(), userId: alice });
    const v2 = await setIncidentDeleted(sqlAsync, {
      id,
      version: 1,
      deleted: true,
      userId: alice,
      reason: 'duplicate',
    });
    expect((await readIncidentRow(sqlAsync, id)).deletedAt).not.toBeNull();
    await expect(
      updateIncident(sqlAsync, { id, version: v2, input: fields(), userId: alice }),
    ).rejects.toThrow(IncidentDeletedError);
    await setIncidentDeleted(sqlAsync, { id, version: v2, deleted: false, userId: bob });
    expect((await readIncidentRow(sqlAsync, id)).deletedAt).toBeNull();
    expect((await audit(id)).map((a) => a.action)).toEqual(['create', 'delete', 'restore']);
  });
});

describe('claims and sources', () => {
  it('adds, edits and deletes claims per source, keeping the reconciled figures true', async () => {
    const { incidentId, reportId } = await storedIncident('Report A: one Kenyan officer killed.', 1);
    const v = (await readIncidentRow(sqlAsync, incidentId)).version;
    const claim = {
      reportId,
      kind: 'injured',
      count: 2,
      hedge: 'exact',
      affiliation: 'police',
      country: null,
    } as const;
    const v2 = await saveClaim(sqlAsync, { incidentId, version: v, input: claim, userId: alice });
    expect(await casualties(incidentId)).toContainEqual(
      expect.objectContaining({ kind: 'injured', affiliation: 'police', low: 2, best: 2, high: 2 }),
    );
    const claimId = (
      (await sql.get(`SELECT "id" FROM "CasualtyClaim" WHERE "incidentId" = ? AND "kind" = 'injured'`, [
        incidentId,
      ])) as {
        id: number;
      }
    ).id;
    const v3 = await saveClaim(sqlAsync, {
      incidentId,
      version: v2,
      claimId,
      input: { ...claim, count: 4 },
      userId: alice,
    });
    expect(await casualties(incidentId)).toContainEqual(
      expect.objectContaining({ kind: 'injured', best: 4 }),
    );
    await deleteClaim(sqlAsync, { incidentId, version: v3, claimId, userId: bob });
    expect(await casualties(incidentId)).not.toContainEqual(expect.objectContaining({ kind: 'injured' }));
    expect((await audit(incidentId)).map((a) => a.action)).toEqual(
      expect.arrayContaining(['claim_add', 'claim_edit', 'claim_delete']),
    );
  });

  it('refuses a claim citing a report that is not a source, until the report is linked', async () => {
    const a = await storedIncident('Report B: one Kenyan officer killed in Ségur-Savien.', 1);
    const other = await storedIncident('Report C, another event: two officers killed.', 2, '2025-02-25');
    const v = (await readIncidentRow(sqlAsync, a.incidentId)).version;
    const claim = {
      reportId: other.reportId,
      kind: 'killed',
      count: 2,
      hedge: 'exact',
      affiliation: 'mss',
      country: 'Kenya',
    } as const;
    await expect(
      saveClaim(sqlAsync, { incidentId: a.incidentId, version: v, input: claim, userId: alice }),
    ).rejects.toThrow(InvalidReferenceError);
    const v2 = await linkSource(sqlAsync, {
      incidentId: a.incidentId,
      version: v,
      input: { reportId: other.reportId, excerpt: 'two officers killed' },
      userId: alice,
    });
    await saveClaim(sqlAsync, { incidentId: a.incidentId, version: v2, input: claim, userId: alice });
    // Two sources now disagree: 1 vs 2 killed.
    expect(await casualties(a.incidentId)).toContainEqual(
      expect.objectContaining({ kind: 'killed', affiliation: 'mss', low: 1, high: 2, sources: 2 }),
    );
    const source = await sql.get(
      'SELECT "excerptFrom", "excerptTo" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
      [a.incidentId, other.reportId],
    );
    expect(source).toEqual({ excerptFrom: 25, excerptTo: 44 });
  });
});

describe('merge and split', () => {
  it('a report whose two passages both describe one stored incident adds one source with both', async () => {
    const stored = await storedIncident('Report G: an officer killed in Ségur-Savien.', 1, '2025-06-01');
    const { incidentId } = stored;
    const before = (await readIncidentRow(sqlAsync, incidentId)).version;
    const twice = await storeDraft(sqlAsync, {
      input: { text: 'Report H: two passages, one event.', publishedAt: '2025-06-02' },
      draft: draft({
        publishedAt: '2025-06-02',
        incidents: [
          incident({ evidence: 'first passage', casualties: [killed(1)] }),
          incident({ evidence: 'second passage', casualties: [killed(2)] }),
        ],
      }),
      gazetteer: await loadGazetteer(sqlAsync),
      decisions: [
        { action: 'merge', incidentId },
        { action: 'merge', incidentId },
      ],
    });
    const sources = (await sql.all(
      'SELECT "excerpt" FROM "IncidentSource" WHERE "incidentId" = ? AND "reportId" = ?',
      [incidentId, twice.reportId],
    )) as { excerpt: string }[];
    expect(sources).toHaveLength(1);
    expect(sources[0]?.excerpt).toContain('first passage');
    expect(sources[0]?.excerpt).toContain('second passage');
    // Open edit forms notice the new source.
    expect((await readIncidentRow(sqlAsync, incidentId)).version).toBeGreaterThan(before);
  });

  it('merges two incidents keeping every source and claim, then splits them apart again', async () => {
    const a = await storedIncident('Report D: an officer killed at Pont-Sondé.', 1, '2025-04-01');
    const b = await storedIncident('Report E: two officers killed at Pont Sondé.', 2, '2025-04-02');
    const claimsBefore = (await sql.get(
      'SELECT count(*) AS n FROM "CasualtyClaim" WHERE "incidentId" IN (?, ?)',
      [a.incidentId, b.incidentId],
    )) as { n: number };
    const va = (await readIncidentRow(sqlAsync, a.incidentId)).version;
    const vb = (await readIncidentRow(sqlAsync, b.incidentId)).version;
    const merged = await mergeIncidents(sqlAsync, {
      target: { id: a.incidentId, version: va },
      others: [{ id: b.incidentId, version: vb }],
      userId: alice,
    });
    expect(merged).toMatchObject({ sourcesMoved: 1, claimsMoved: 1 });
    const onTarget = (await sql.get('SELECT count(*) AS n FROM "CasualtyClaim" WHERE "incidentId" = ?', [
      a.incidentId,
    ])) as {
      n: number;
    };
    expect(onTarget.n).toBe(claimsBefore.n);
    expect(await casualties(a.incidentId)).toContainEqual(
      expect.objectContaining({ kind: 'killed', low: 1, high: 2, sources: 2 }),
    );
    expect(await casualties(b.incidentId)).toEqual([]);
    expect((await readIncidentRow(sqlAsync, b.incidentId)).deletedAt).not.toBeNull();
    expect((await audit(b.incidentId)).at(-1)).toMatchObject({ action: 'merged_into' });
    expect(JSON.parse((await audit(b.incidentId)).at(-1)?.after ?? '{}')).toMatchObject({
      into: a.incidentId,
    });

    // A stale version cannot merge again.
    await expect(
      mergeIncidents(sqlAsync, { target: { id: a.incidentId, version: va }, others: [], userId: alice }),
    ).rejects.toThrow();

    const newId = await splitIncident(sqlAsync, {
      incident: { id: a.incidentId, version: merged.version },
      reportIds: [b.reportId],
      userId: bob,
    });
    expect(await casualties(a.incidentId)).toContainEqual(
      expect.objectContaining({ kind: 'killed', low: 1, high: 1 }),
    );
    expect(await casualties(newId)).toContainEqual(
      expect.objectContaining({ kind: 'killed', low: 2, high: 2 }),
    );
    expect(await readIncidentRow(sqlAsync, newId)).toMatchObject({ status: 'draft' });
    expect((await audit(a.incidentId)).map((x) => x.action)).toEqual(
      expect.arrayContaining(['merge', 'split']),
    );
  });

  it('refuses to split off every source, or a report that is not a source', async () => {
    const a = await storedIncident('Report F: one killed in Liancourt.', 1, '2025-05-01');
    const v = (await readIncidentRow(sqlAsync, a.incidentId)).version;
    await expect(
      splitIncident(sqlAsync, {
        incident: { id: a.incidentId, version: v },
        reportIds: [a.reportId],
        userId: alice,
      }),
    ).rejects.toThrow('Leave at least one source');
    await expect(
      splitIncident(sqlAsync, {
        incident: { id: a.incidentId, version: v },
        reportIds: [987_654],
        userId: alice,
      }),
    ).rejects.toThrow(InvalidReferenceError);
  });
});
