/**
 * The editors' write paths on incidents and places (lib/incidents, lib/locations) end to end on a
 * migrated PostgreSQL database through the store's Sql (lib/store/store-sql.ts), as the app runs
 * them: a place added, an incident created and edited with its claims, a source linked, denied and
 * its claims changed, actors added and removed, incidents merged and split, a stale save refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addActorClaim, removeActorClaim } from '@/lib/incidents/actor-claim-mutations';
import { VersionConflictError } from '@/lib/incidents/edit-errors';
import { mergeIncidents, splitIncident } from '@/lib/incidents/merge';
import { createIncident, setIncidentDeleted, updateIncident } from '@/lib/incidents/mutations';
import { saveIncidentForm } from '@/lib/incidents/save-incident-form';
import { deleteClaim, linkSource, setSourceDenies } from '@/lib/incidents/source-mutations';
import { snapshotOf } from '@/lib/incidents/stored-incident';
import { createPlace } from '@/lib/locations/place-mutations';
import { placeInputSchema } from '@/lib/locations/schema';
import { serverUrl } from './helpers/databases';
import {
  actions,
  casualties,
  closeEditorStore,
  commune,
  editor,
  fields,
  newReport,
  openEditorStore,
  row,
  sourced,
  sql,
} from './helpers/editor-store';

describe.skipIf(!serverUrl)('incident writes on PostgreSQL', () => {
  beforeAll(openEditorStore);
  afterAll(closeEditorStore);

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
});
