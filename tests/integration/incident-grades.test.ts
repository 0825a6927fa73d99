/**
 * An incident's stored grade follows its sources, perpetrators and review as they change —
 * stored with the write that changed them, never a write later — and the grade filter selects
 * what an independent Prisma statement selects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { ActorDraft } from '@/lib/extract/schema';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { countIncidentsIn } from '@/lib/incidents/queries';
import { setSourceDenies } from '@/lib/incidents/source-mutations';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { storeDraft } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { applyMigrations } from '@/prisma/engine';
import { draft, incident, killed, place } from './helpers/drafts';
import { incidentWhere } from './helpers/incident-where';
import { createTestDb } from './helpers/test-db';

let db: Db;
let migrationTarget: string;
let editor: number;
let sqlAsync: Sql;
let store: (text: string, outlet: string | null, actors?: ActorDraft[], day?: string) => Promise<number>;

const gang = (key: string): ActorDraft => ({
  role: 'perpetrator',
  key,
  name: key,
  type: 'armed_group',
  country: null,
  evidence: `blamed on ${key}`,
});

const versionOf = async (id: number) =>
  (await sqlAsync.get<{ version: number }>('SELECT "version" FROM "Incident" WHERE "id" = ?', [id]))
    ?.version ?? 0;
const gradeOf = async (id: number) => (await db.incident.findUniqueOrThrow({ where: { id } })).grade;

beforeAll(async () => {
  const created = await createTestDb();
  db = created.db;
  await installGazetteer(db, GAZETTEER);
  // applyMigrations takes a SQLite store by its file, a PostgreSQL one by its URL.
  migrationTarget = created.file ?? created.url;
  sqlAsync = created.sql;
  editor = await createUser(sqlAsync, {
    input: {
      email: 'editor@grades.test',
      name: 'Editor',
      role: 'editor',
      password: 'editor grades password',
    },
    actorId: null,
  });
  const gazetteer = await loadGazetteer(sqlAsync);
  store = async (text, outlet, actors = [], day = '2025-03-10') =>
    (
      await storeDraft(sqlAsync, {
        input: { text, outlet: outlet ?? undefined, publishedAt: day },
        draft: draft({
          publishedAt: day,
          incidents: [
            incident({
              date: day,
              type: 'attack',
              title: `Attack in Cabaret on ${day}`,
              place: place('cabaret'),
              casualties: [killed(6, 'civilian', null)],
              evidence: `Gunmen killed six people in Cabaret (${text}).`,
              actors,
            }),
          ],
        }),
        gazetteer,
      })
    ).incidents[0]?.incidentId as number;
});

describe('the stored grade', () => {
  it('is fair with one named outlet, confirmed when an independent one joins, contested when they blame different gangs', async () => {
    const id = await store('first report', 'Le Nouvelliste', [gang('gran-grif')]);
    expect(await gradeOf(id)).toBe('fair');
    expect(await store('second report', 'Haiti Libre', [gang('gran-grif')])).toBe(id);
    expect(await gradeOf(id)).toBe('confirmed');
    expect(await store('third report', 'Radio Métropole', [gang('kokorat-san-ras')])).toBe(id);
    expect(await gradeOf(id)).toBe('contested');
  });

  it('is weak for an unknown source until an editor reviews the incident', async () => {
    const id = await store('an unsigned post', null, [], '2025-05-02');
    expect(await gradeOf(id)).toBe('weak');
    await sqlAsync.transaction((tx) =>
      tx.run(`UPDATE "Incident" SET "status" = 'reviewed' WHERE "id" = ?`, [id]),
    );
    expect(await gradeOf(id)).toBe('fair');
  });

  it("follows a source's outlet when an editor corrects it", async () => {
    const id = await store('a wire copy', null, [], '2025-06-07');
    expect(await gradeOf(id)).toBe('weak');
    await sqlAsync.transaction((tx) =>
      tx.run(
        'UPDATE "Report" SET "outlet" = ? WHERE "id" IN (SELECT "reportId" FROM "IncidentSource" WHERE "incidentId" = ?)',
        ['Haitian National Police, in a statement', id],
      ),
    );
    expect(await gradeOf(id)).toBe('confirmed');
  });

  it('is contested while an editor marks a source as saying it did not happen, and back when unmarked', async () => {
    const id = await store('a report later denied', 'Le Nouvelliste', [], '2025-09-03');
    expect(await store('another outlet', 'Haiti Libre', [], '2025-09-03')).toBe(id);
    expect(await gradeOf(id)).toBe('confirmed');
    const [first] = await db.incidentSource.findMany({
      where: { incidentId: id },
      orderBy: { reportId: 'asc' },
    });
    const mark = async (denies: boolean) =>
      setSourceDenies(sqlAsync, {
        incidentId: id,
        version: await versionOf(id),
        reportId: first?.reportId as number,
        denies,
        userId: editor,
      });
    await mark(true);
    expect(await gradeOf(id)).toBe('contested');
    await mark(false);
    expect(await gradeOf(id)).toBe('confirmed');
  });

  it('grades what a migration queued at the next write', async () => {
    const id = await store('one more', 'Le Nouvelliste', [], '2025-07-01');
    await sqlAsync.run(`UPDATE "Incident" SET "grade" = 'weak' WHERE "id" = ?`, [id]);
    await sqlAsync.run('INSERT INTO "GradeQueue" ("incidentId") VALUES (?)', [id]);
    await sqlAsync.transaction(async () => undefined);
    expect(await gradeOf(id)).toBe('fair');
    expect(await db.gradeQueue.count()).toBe(0);
  });
  it('grades what a migration queued when the store is opened', async () => {
    const id = await store('opened later', 'Le Nouvelliste', [], '2025-07-20');
    await sqlAsync.run(`UPDATE "Incident" SET "grade" = 'weak' WHERE "id" = ?`, [id]);
    await sqlAsync.run('INSERT INTO "GradeQueue" ("incidentId") VALUES (?)', [id]);
    await applyMigrations(migrationTarget);
    expect(await gradeOf(id)).toBe('fair');
    expect(await db.gradeQueue.count()).toBe(0);
  });
});

describe('the grade filter', () => {
  const cases: IncidentFilters[] = [
    { grade: ['confirmed'] },
    { grade: ['fair', 'weak'] },
    { grade: ['contested'], place: 'ouest' },
  ];
  it.each(cases)('selects and counts what Prisma selects: %j', async (filters) => {
    const expected = await db.incident.count({ where: incidentWhere(filters) });
    expect(expected).toBeGreaterThan(0);
    expect(await countIncidentsIn(db, filters)).toBe(expected);
  });

  it('moves the cached counts when a grade changes', async () => {
    const before = await countIncidentsIn(db, { grade: ['weak'] });
    await store('a last unsigned post', null, [], '2025-08-15');
    expect(await countIncidentsIn(db, { grade: ['weak'] })).toBe(before + 1);
  });
});
