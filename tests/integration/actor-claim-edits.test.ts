/**
 * Editors correct who did it and who was hit, per source: each change cites one of the
 * incident's sources, checks the version, is audited, and moves the grade and the actor filters
 * in the same transaction.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { addActorClaim, removeActorClaim } from '@/lib/incidents/actor-claim-mutations';
import { InvalidReferenceError, VersionConflictError } from '@/lib/incidents/edit-errors';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { actorClaimInputSchema } from '@/lib/incidents/schema';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { openDraftStore } from './helpers/draft-store';
import { draft, incident, killed } from './helpers/drafts';

let db: Db;
let sqlAsync: Sql;
let incidentId: number;
let reports: number[];
let otherReport: number;
let editor: number;

const version = async () => (await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).version;
const input = (values: Record<string, string>) => actorClaimInputSchema.parse(values);

beforeAll(async () => {
  const opened = await openDraftStore();
  db = opened.db;
  sqlAsync = opened.sqlAsync;
  editor = await createUser(sqlAsync, {
    input: {
      email: 'editor@actors.test',
      name: 'Editor',
      role: 'editor',
      password: 'editor actors password',
    },
    actorId: null,
  });
  for (const n of [1, 1])
    incidentId = (await opened.store(draft({ incidents: [incident({ casualties: [killed(n)] })] })))
      .incidents[0]?.incidentId as number;
  reports = (await db.incidentSource.findMany({ where: { incidentId }, orderBy: { reportId: 'asc' } })).map(
    (s) => s.reportId,
  );
  otherReport = (
    await opened.store(draft({ incidents: [incident({ date: '2024-01-05', title: 'Elsewhere' })] }))
  ).incidents[0]?.incidentId as number;
});

describe('actor claims edited by hand', () => {
  it('add a register actor a source names: audited, versioned, filtered and graded', async () => {
    expect(reports).toHaveLength(2);
    const before = await countIncidentsIn(db, { actor: ['gran-grif'] });
    const v = await version();
    const next = await addActorClaim(sqlAsync, {
      incidentId,
      version: v,
      input: input({ reportId: String(reports[0]), role: 'perpetrator', actorKey: 'gran-grif' }),
      userId: editor,
    });
    expect(next).toBe(v + 1);
    expect(await version()).toBe(v + 1);
    expect(await countIncidentsIn(db, { actor: ['gran-grif'], actorRole: 'perpetrator' })).toBe(before + 1);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: incidentId, action: 'actor_add' },
    });
    expect(audit.after).toMatchObject({ name: 'Gran Grif', role: 'perpetrator', reportId: reports[0] });
    // The other source blames another group: the sources disagree on who did it.
    await addActorClaim(sqlAsync, {
      incidentId,
      version: await version(),
      input: input({
        reportId: String(reports[1]),
        role: 'perpetrator',
        name: 'the Savien gang',
        type: 'armed_group',
      }),
      userId: editor,
    });
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).grade).toBe('contested');
  });

  it('refuse a report that is not a source, the same actor twice, and a stale version', async () => {
    const add = (reportId: number, v: number) =>
      addActorClaim(sqlAsync, {
        incidentId,
        version: v,
        input: input({ reportId: String(reportId), role: 'perpetrator', actorKey: 'gran-grif' }),
        userId: editor,
      });
    const v = await version();
    const notSource = (await db.incidentSource.findFirstOrThrow({ where: { incidentId: otherReport } }))
      .reportId;
    await expect(add(notSource, v)).rejects.toThrow(InvalidReferenceError);
    await expect(add(reports[0] as number, v)).rejects.toThrow(/already names this actor/);
    await expect(add(reports[1] as number, v - 1)).rejects.toThrow(VersionConflictError);
    expect(await version()).toBe(v);
  });

  it('remove a misread actor: audited, and the incident is no longer contested', async () => {
    const misread = await db.actorClaim.findFirstOrThrow({ where: { incidentId, name: 'the Savien gang' } });
    await removeActorClaim(sqlAsync, {
      incidentId,
      version: await version(),
      actorClaimId: misread.id,
      userId: editor,
    });
    expect(await db.actorClaim.count({ where: { id: misread.id } })).toBe(0);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).grade).not.toBe('contested');
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: incidentId, action: 'actor_remove' },
    });
    expect(audit.before).toMatchObject({ name: 'the Savien gang', type: 'armed_group' });
    const v = await version();
    await expect(
      removeActorClaim(sqlAsync, { incidentId, version: v, actorClaimId: misread.id, userId: editor }),
    ).rejects.toThrow(InvalidReferenceError);
  });
});

describe('the actor claim form’s schema', () => {
  it('takes a register key (name and kind from the register) or a named group with its kind', () => {
    expect(input({ reportId: '3', role: 'target', actorKey: 'hnp' })).toEqual({
      reportId: 3,
      role: 'target',
      actorKey: 'hnp',
      name: 'Haitian National Police',
      type: 'state_force',
      country: null,
    });
    // As the form sends it when nothing is chosen: every field present, empty.
    const none = actorClaimInputSchema.safeParse({
      reportId: '3',
      role: 'target',
      actorKey: '',
      name: '',
      type: '',
    });
    expect(none.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['actorKey', 'Choose an actor, or name another group.'],
    ]);
    expect(
      input({ reportId: '3', role: 'target', actorKey: 'hnp', name: '', type: '', country: '' }).name,
    ).toBe('Haitian National Police');
    const noKind = actorClaimInputSchema.safeParse({ reportId: '3', role: 'target', name: 'Savien gang' });
    expect(noKind.error?.issues.map((i) => i.path.join('.'))).toEqual(['type']);
    const unknown = actorClaimInputSchema.safeParse({ reportId: '3', role: 'target', actorKey: 'nobody' });
    expect(unknown.error?.issues[0]?.message).toMatch(/not an actor/);
  });
});
