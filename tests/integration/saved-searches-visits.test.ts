/**
 * "New since your last visit" on a real store: a visit lasts while the user keeps reading (a reload
 * keeps the marks), the next visit marks what was recorded after the previous one ended, and the
 * counts follow a saved search's filters.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { createIncident } from '@/lib/incidents/mutations';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import {
  countIncidentsRecordedSince,
  listIncidentsByCreation,
  recordedSince,
} from '@/lib/saved-searches/feed-incidents';
import { newSinceLastVisit } from '@/lib/saved-searches/new-since';
import { recordVisit } from '@/lib/saved-searches/visit-mutations';
import type { Sql } from '@/lib/store/sql';
import { sqlDateTime } from '@/lib/store/sql-values';
import { createUser } from '@/lib/users/mutations';
import { createTestDb } from './helpers/test-db';

let db: Db;
let sqlAsync: Sql;
let reader: number;
const T0 = Date.UTC(2026, 5, 1, 9, 0);
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

function recorded(title: string, minutes: number, type = 'attack') {
  const input = incidentFieldsSchema.parse({
    title,
    date: '2026-05-30',
    datePrecision: 'day',
    type,
    placeText: 'Cabaret',
    placePrecision: 'commune',
    status: 'reviewed',
  });
  return createIncident(sqlAsync, { input, userId: reader, now: at(minutes) });
}

beforeAll(async () => {
  const created = await createTestDb();
  db = created.db;
  sqlAsync = created.sql;
  process.env.DATABASE_URL = created.url;
  reader = await createUser(sqlAsync, {
    input: {
      email: 'reader@visits.test',
      name: 'Reader',
      role: 'viewer',
      password: 'reader visits password',
    },
    actorId: null,
  });
});

describe('new since the last visit', () => {
  it('marks what was recorded after the previous visit, and keeps the marks while the user reads on', async () => {
    const old = await recorded('Recorded before the first visit', -60);
    expect(await recordVisit(sqlAsync, reader, at(0))).toEqual({
      lastVisitAt: sqlDateTime(at(0)),
      previousVisitAt: null,
    });
    const during = await recorded('Recorded during the first visit', 1);
    const gunfire = await recorded('Gunfire recorded between visits', 90, 'gunfire');
    const between = await recorded('Attack recorded between visits', 100);

    // Back two hours later: a new visit; what came after the first one ended is new.
    const second = await recordVisit(sqlAsync, reader, at(120));
    expect(second.previousVisitAt).toBe(sqlDateTime(at(0)));
    const since = new Date(second.previousVisitAt ?? '');
    expect([...(await recordedSince([old, during, gunfire, between], since, db))].sort()).toEqual(
      [during, gunfire, between].sort(),
    );
    expect(await countIncidentsRecordedSince({}, since, db)).toBe(3);
    expect(await countIncidentsRecordedSince({ type: ['attack'] }, since, db)).toBe(2);
    expect((await listIncidentsByCreation({}, { since, limit: 10 }, db)).map((i) => i.id)).toEqual([
      between,
      gunfire,
      during,
    ]);

    // A reload a minute later, and reading on for 25 minutes: the marks stay.
    expect((await recordVisit(sqlAsync, reader, at(121))).previousVisitAt).toBe(sqlDateTime(at(0)));
    expect(await recordVisit(sqlAsync, reader, at(145))).toEqual({
      lastVisitAt: sqlDateTime(at(145)),
      previousVisitAt: sqlDateTime(at(0)),
    });
    // Half an hour without reading ends the visit: the next one starts from where this one ended.
    expect((await recordVisit(sqlAsync, reader, at(176))).previousVisitAt).toBe(sqlDateTime(at(145)));
    expect(await recordedSince([during, between], new Date(sqlDateTime(at(145))), db)).toEqual(new Set());
  });

  it('gives the overview the count and which of the incidents it shows are new', async () => {
    const user = await createUser(sqlAsync, {
      input: { email: 'back@visits.test', name: 'Back', role: 'viewer', password: 'back visits password' },
      actorId: null,
    });
    const now = Date.now();
    const ago = (minutes: number) => sqlDateTime(new Date(now - minutes * 60_000));
    await sqlAsync.run('UPDATE "User" SET "lastVisitAt" = ? WHERE "id" = ?', [ago(60), user]);
    const before = await createIncident(sqlAsync, {
      input: incidentFieldsSchema.parse({
        title: 'Seen',
        date: '2026-05-30',
        datePrecision: 'day',
        type: 'attack',
        placeText: 'Cabaret',
        placePrecision: 'commune',
        status: 'reviewed',
      }),
      userId: user,
      now: new Date(now - 90 * 60_000),
    });
    const after = await createIncident(sqlAsync, {
      input: incidentFieldsSchema.parse({
        title: 'Not seen',
        date: '2026-05-30',
        datePrecision: 'day',
        type: 'attack',
        placeText: 'Cabaret',
        placePrecision: 'commune',
        status: 'reviewed',
      }),
      userId: user,
      now: new Date(now - 30 * 60_000),
    });
    const news = await newSinceLastVisit(user, [before, after]);
    expect(news).toMatchObject({ since: new Date(now - 60 * 60_000).toISOString(), newIds: [after] });
    expect(news?.count).toBeGreaterThanOrEqual(1);
    // A first visit marks nothing.
    const newcomer = await createUser(sqlAsync, {
      input: { email: 'new@visits.test', name: 'New', role: 'viewer', password: 'new visits password' },
      actorId: null,
    });
    expect(await newSinceLastVisit(newcomer, [before, after])).toBeNull();
  });
});
