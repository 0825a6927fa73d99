/**
 * The early-warning view on a generated store: steady violence in several communes over more than
 * a year, one commune's incidents doubling in the last four weeks, another's killed tripling, and
 * incidents the rule must not count (deleted, rejected, dated only to a month).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import { surgeReport } from '@/lib/early-warning/queries';
import { dayNumber, isoDay } from '@/lib/early-warning/rollup';
import { fires } from '@/lib/early-warning/surge';
import { refreshIncidentCasualties } from '@/lib/incidents/casualty-summary';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { createTestDb } from './helpers/test-db';

/** The "as of" day; its last four weeks are 2025-05-24 to 2025-06-20 (1 June among them). */
const AS_OF = '2025-06-20';
/** Ten weeks earlier: when the Sud's department-level incidents doubled. */
const EARLIER = isoDay(dayNumber(AS_OF) - 70);
/** A day `weeksAgo` whole weeks before the as-of day, `offset` days into that week. */
const dayOf = (weeksAgo: number, offset = 0) => isoDay(dayNumber(AS_OF) - weeksAgo * 7 - offset);

interface Row {
  place: string;
  day: string;
  type?: string;
  killed?: number;
  /** Police killed, a claim of their own beside the civilians. */
  policeKilled?: number;
  status?: string;
  deleted?: boolean;
  precision?: string;
}

let db: Db;
let sql: Sql;

async function insert(rows: Row[]) {
  const now = sqlDateTime(new Date());
  await sql.transaction(async (tx) => {
    const report = await tx.get<{ id: number }>(
      `INSERT INTO "Report" ("title", "text", "contentHash", "ingestedAt", "publishedEstimated")
       VALUES ('generated', 'generated', ?, ?, ?) RETURNING "id"`,
      [`generated-${Math.random()}`, now, false],
    );
    const reportId = Number(report?.id);
    const addClaim = (incidentId: number, count: number, affiliation: string) =>
      tx.run(
        `INSERT INTO "CasualtyClaim" ("incidentId", "reportId", "kind", "count", "affiliation", "createdAt")
         VALUES (?, ?, 'killed', ?, ?, ?)`,
        [incidentId, reportId, count, affiliation, now],
      );
    const added: number[] = [];
    for (const r of rows) {
      const place = await tx.get<{ id: number }>('SELECT "id" FROM "Location" WHERE "key" = ?', [r.place]);
      const incident = await tx.get<{ id: number }>(
        `INSERT INTO "Incident" ("date", "datePrecision", "type", "title", "locationId", "placePrecision",
                                 "searchText", "status", "deletedAt", "createdAt", "updatedAt")
         VALUES (?, ?, ?, 'generated', ?, 'commune', 'generated', ?, ?, ?, ?) RETURNING "id"`,
        [
          sqlDate(r.day),
          r.precision ?? 'day',
          r.type ?? 'gunfire',
          place?.id ?? null,
          r.status ?? 'reviewed',
          r.deleted ? now : null,
          now,
          now,
        ],
      );
      const incidentId = Number(incident?.id);
      added.push(incidentId);
      if (r.killed) await addClaim(incidentId, r.killed, 'civilian');
      if (r.policeKilled) await addClaim(incidentId, r.policeKilled, 'police');
    }
    // Claims written directly: bring the per-incident summary up to date, as the app does.
    await refreshIncidentCasualties(tx, added);
  });
}

/** `perWeek` incidents in each of weeks `from`..`to` (weeks ago), spread over the week's days. */
function weekly(place: string, perWeek: number, weeks: [from: number, to: number], extra: Partial<Row> = {}) {
  const rows: Row[] = [];
  for (let w = weeks[0]; w <= weeks[1]; w++)
    for (let k = 0; k < perWeek; k++) rows.push({ place, day: dayOf(w, k % 7), ...extra });
  return rows;
}

const HISTORY: [number, number] = [0, 70];

beforeAll(async () => {
  const store = await createTestDb();
  db = store.db;
  await installGazetteer(db, GAZETTEER);
  sql = store.sql;
  await insert([
    // Steady: two a week, one killed each, in the Ouest and the Artibonite.
    ...weekly('delmas', 2, HISTORY, { killed: 1 }),
    ...weekly('tabarre', 2, HISTORY, { killed: 1 }),
    ...weekly('saint-marc', 2, HISTORY, { killed: 1 }),
    // Cap-Haïtien (the Nord's only active commune): two gunfire a week, then two kidnappings more.
    ...weekly('cap-haitien', 2, HISTORY),
    ...weekly('cap-haitien', 2, [0, 3], { type: 'kidnapping' }),
    // Gonaïves: incidents steady, killed from one to three per incident in the last four weeks
    // (the civilian killed steady, two police killed more in each).
    ...weekly('gonaives', 2, [4, 70], { killed: 1 }),
    ...weekly('gonaives', 2, [0, 3], { killed: 1, policeKilled: 2 }),
    // The Sud, placed no finer than the department: one a week, two in the four weeks to EARLIER.
    ...weekly('sud', 1, HISTORY),
    ...weekly('sud', 1, [10, 13]),
    // What must not count: deleted and rejected incidents, and ones dated only to a month.
    ...weekly('tabarre', 3, [0, 3], { deleted: true }),
    ...weekly('tabarre', 3, [0, 3], { status: 'rejected' }),
    ...Array.from({ length: 8 }, () => ({ place: 'petion-ville', day: '2025-06-01', precision: 'month' })),
    ...weekly('petion-ville', 2, HISTORY),
  ]);
});

async function firing(filters: IncidentFilters = {}, asOf = AS_OF) {
  const report = await surgeReport(db, { asOf, filters });
  return report.signals.filter((s) => fires(s.level)).map((s) => `${s.place.kind}:${s.place.key}`);
}

async function signal(key: string, filters: IncidentFilters = {}) {
  const report = await surgeReport(db, { asOf: AS_OF, filters });
  const found = report.signals.find((s) => s.place.key === key);
  if (!found) throw new Error(`no reading for ${key}`);
  return found;
}

describe('the early-warning view on a generated store', () => {
  it('finds the commune whose incidents doubled, and its department, and nothing else on that measure', async () => {
    const cap = await signal('cap-haitien');
    expect(cap.incidents).toMatchObject({ recent: 16, expected: 8, ratio: 2, level: 'surge' });
    expect((await signal('nord')).incidents.level).toBe('surge');
    const incidentSignals = (await surgeReport(db, { asOf: AS_OF, filters: {} })).signals
      .filter((s) => fires(s.incidents.level))
      .map((s) => s.place.key);
    expect(incidentSignals.sort()).toEqual(['cap-haitien', 'nord']);
  });

  it('finds the commune whose killed tripled while its incidents stayed steady', async () => {
    const gonaives = await signal('gonaives');
    expect(gonaives.incidents.level).toBe('none');
    expect(gonaives.killed).toMatchObject({ recent: 24, expected: 8, level: 'surge' });
    // Killed are the summary's best figures, as the charts sum them.
    const best = (await sql.get(
      `SELECT sum(ic."best") AS n FROM "IncidentCasualty" ic JOIN "Incident" i ON i."id" = ic."incidentId"
         JOIN "Location" l ON l."id" = i."locationId" WHERE l."key" = 'gonaives' AND ic."kind" = 'killed' AND i."date" >= ?`,
      [sqlDate('2025-05-24')],
    )) as { n: number };
    expect(gonaives.killed.recent).toBe(best.n);
    expect((await firing()).sort()).toEqual([
      'commune:cap-haitien',
      'commune:gonaives',
      'department:artibonite',
      'department:nord',
    ]);
  });

  it('does not count deleted, rejected or month-dated incidents', async () => {
    expect((await signal('tabarre')).incidents).toMatchObject({ recent: 8, level: 'none' });
    expect((await signal('petion-ville')).incidents).toMatchObject({ recent: 8, level: 'none' });
  });

  it('counts department-level incidents for the department and for no commune', async () => {
    expect(await firing({}, EARLIER)).toEqual(['department:sud']);
    const report = await surgeReport(db, { asOf: EARLIER, filters: {} });
    expect(report.signals.filter((s) => s.place.departmentKey === 'sud').map((s) => s.place.kind)).toEqual([
      'department',
    ]);
  });

  it('honours the shared filters', async () => {
    // Gunfire only: Cap-Haïtien's extra incidents were kidnappings; Gonaïves' killed stay.
    expect((await firing({ type: ['gunfire'] })).sort()).toEqual([
      'commune:gonaives',
      'department:artibonite',
    ]);
    // Kidnappings only: new in Cap-Haïtien, where the year before had none.
    expect(await firing({ type: ['kidnapping'] })).toEqual(['commune:cap-haitien', 'department:nord']);
    expect((await signal('cap-haitien', { type: ['kidnapping'] })).level).toBe('new');
    expect((await firing({ place: 'artibonite' })).sort()).toEqual([
      'commune:gonaives',
      'department:artibonite',
    ]);
    // Casualties among the police: only Gonaïves' last four weeks have any, so they are new
    // there, and only the police killed count.
    expect((await firing({ affiliation: 'police' })).sort()).toEqual([
      'commune:gonaives',
      'department:artibonite',
    ]);
    expect((await signal('gonaives', { affiliation: 'police' })).killed).toMatchObject({
      recent: 16,
      level: 'new',
    });
    // Among civilians, Gonaïves' killed are steady.
    expect((await signal('gonaives', { affiliation: 'civilian' })).killed).toMatchObject({
      recent: 8,
      level: 'none',
    });
    expect(await firing({ affiliation: 'civilian' })).toEqual([]);
    // The filters' own dates are replaced by the window.
    expect((await firing({ from: '2020-01-01', to: '2020-02-01' })).sort()).toEqual((await firing()).sort());
  });

  it('sees a write at once (the cached months are recomputed)', async () => {
    expect((await signal('tabarre')).level).toBe('none');
    await insert(weekly('tabarre', 2, [0, 3]));
    expect((await signal('tabarre')).incidents).toMatchObject({ recent: 16, level: 'surge' });
  });
});
