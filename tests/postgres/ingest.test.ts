/**
 * Ingest (lib/ingest) end to end on a migrated PostgreSQL database through the store's Sql
 * (lib/store/store-sql.ts), as the app and `npm run ingest` run it: a report read and stored with
 * its incidents, sources, claims and audit entries; the same text again (a duplicate); another
 * report of the same event (merged into the stored incident, by date and place, by a named victim,
 * and undated by its weekday); context that contradicts a stored report (the cross-checks); and two
 * app servers storing two reports of one event at once (one incident: the matching is locked).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db';
import type { IncidentDraft } from '@/lib/extract/schema';
import { backfillActorClaims } from '@/lib/ingest/backfill-actors';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { storeDraft, suggestMatches } from '@/lib/ingest/store-draft';
import { GAZETTEER, type GazetteerEntry } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import type { Sql } from '@/lib/store/sql';
import { openStoreSql } from '@/lib/store/store-sql';
import { draft, incident, killed, place } from '../integration/helpers/drafts';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { releaseAll, serverUrl } from './helpers/databases';

const ATTACK =
  'Gunmen killed three people in Saint-Marc on Tuesday, police said. The attack began at dawn near the market.';
const SAME_ATTACK =
  'Three people were shot dead by gunmen in Saint-Marc on Tuesday, according to the police. Residents fled.';

describe.skipIf(!serverUrl)('ingest on PostgreSQL', () => {
  let sql: Sql;
  let url: string;
  let gazetteer: GazetteerEntry[];
  let texts = 0;

  beforeAll(async () => {
    url = await migratedPostgresDatabase();
    const db = createDb(url);
    try {
      await installGazetteer(db, GAZETTEER);
    } finally {
      await db.$disconnect();
    }
    sql = await openStoreSql(url);
    gazetteer = await loadGazetteer(sql);
  });
  afterAll(async () => {
    await sql?.close();
    await releaseAll();
  });

  const count = async (table: string, where = 'TRUE', params: (string | number)[] = []) =>
    Number(
      (await sql.get<{ n: number }>(`SELECT count(*) AS "n" FROM "${table}" WHERE ${where}`, params))?.n,
    );

  /** A hand-made draft stored as a new report (texts unique per call). */
  const store = (d: ReturnType<typeof draft>, publishedAt = d.publishedAt) =>
    storeDraft(sql, { input: { text: `PG report ${++texts}.`, publishedAt }, draft: d, gazetteer });

  it('loads the gazetteer the reader and the matcher use, with its chains', async () => {
    expect(gazetteer.length).toBe(GAZETTEER.length);
    const delmas = gazetteer.find((g) => g.key === 'delmas');
    expect(delmas).toMatchObject({ kind: 'commune', parent: 'ouest' });
    expect(typeof delmas?.approximate).toBe('boolean');
  });

  it('reads and stores a report with its incident, source, claims and audit entries; the same text again is a duplicate', async () => {
    const first = await ingestReport(sql, { text: ATTACK, publishedAt: '2025-03-12', title: 'Attack' });
    expect(first.created).toBe(true);
    const created = first.incidents.filter((i) => i.action === 'created');
    expect(created).toHaveLength(1);
    const incidentId = created[0]?.incidentId as number;
    const stored = await sql.get<{ date: string; status: string; placeText: string; searchText: string }>(
      'SELECT "date", "status", "placeText", "searchText" FROM "Incident" WHERE "id" = ?',
      [incidentId],
    );
    expect(stored).toMatchObject({ date: '2025-03-11T00:00:00.000+00:00', status: 'draft' });
    expect(stored?.searchText).toContain('saint marc');
    expect(
      await count('IncidentSource', '"incidentId" = ? AND "reportId" = ?', [incidentId, first.reportId]),
    ).toBe(1);
    expect(await count('CasualtyClaim', '"incidentId" = ?', [incidentId])).toBeGreaterThan(0);
    expect(await count('IncidentCasualty', '"incidentId" = ?', [incidentId])).toBeGreaterThan(0);
    expect(await count('GradeQueue')).toBe(0);
    const audit = await sql.all<{ entity: string; action: string }>(
      `SELECT "entity", "action" FROM "AuditEntry" WHERE ("entity" = 'Report' AND "entityId" = ?)
          OR ("entity" = 'Incident' AND "entityId" = ?) ORDER BY "id"`,
      [first.reportId, incidentId],
    );
    expect(audit).toEqual([
      { entity: 'Report', action: 'create' },
      { entity: 'Incident', action: 'create' },
    ]);

    const again = await ingestReport(sql, { text: `  ${ATTACK}\n`, publishedAt: '2025-03-12' });
    expect(again).toMatchObject({ reportId: first.reportId, created: false, incidents: [] });
    expect(await count('Report')).toBe(1);

    // Another report of the same attack joins it: one incident, two sources. The review screen
    // suggests it too.
    const second = await ingestReport(sql, { text: SAME_ATTACK, publishedAt: '2025-03-12' });
    expect(second.incidents.map((i) => [i.action, i.incidentId])).toEqual([['corroborated', incidentId]]);
    const [suggestion] = await suggestMatches(sql, second.draft ?? draft(), gazetteer, SAME_ATTACK);
    expect(suggestion?.incidentId).toBe(incidentId);
    const sources = await sql.all<{ reportId: number }>(
      'SELECT "reportId" FROM "IncidentSource" WHERE "incidentId" = ? ORDER BY "reportId"',
      [incidentId],
    );
    expect(sources).toHaveLength(2);
    expect(await count('Incident')).toBe(1);
    const version = await sql.get<{ version: number }>('SELECT "version" FROM "Incident" WHERE "id" = ?', [
      incidentId,
    ]);
    expect(version?.version).toBeGreaterThan(1);
  });

  it('joins a report naming the same kidnapped person, and keeps apart one naming another', async () => {
    const kidnapping = (name: string, day: string) =>
      draft({
        publishedAt: day,
        incidents: [
          incident({
            date: '2025-08-03',
            type: 'kidnapping',
            title: `${name} kidnapped`,
            place: place('kenscoff'),
            casualties: [killed(1, 'civilian', null)],
            evidence: `The nurse ${name} was kidnapped on Sunday on her way home in Kenscoff.`,
          }),
        ],
      });
    const first = await store(kidnapping('Clara Vantongeren', '2025-08-04'));
    const again = await store(kidnapping('Clara Vantongeren', '2025-08-05'));
    const other = await store(kidnapping('Rose Pelletan', '2025-08-05'));
    expect(first.incidents[0]?.action).toBe('created');
    expect(again.incidents[0]).toMatchObject({
      action: 'corroborated',
      incidentId: first.incidents[0]?.incidentId,
    });
    expect(other.incidents[0]?.action).toBe('created');
  });

  it('joins an undated copy to the stored incident of its weekday, place and victims, and warns where the date came from', async () => {
    const tuesday = '2025-03-18';
    const attack = (overrides: Partial<IncidentDraft>) =>
      incident({
        type: 'attack',
        title: 'Gunmen attack the General Hospital',
        place: place('general-hospital'),
        casualties: [killed(3, 'civilian', null), killed(1, 'police', null)],
        ...overrides,
      });
    const stored = await store(draft({ publishedAt: tuesday, incidents: [attack({ date: tuesday })] }));
    const undated = await store(
      draft({ publishedAt: null, incidents: [attack({ date: null, datePrecision: null, weekday: 2 })] }),
    );
    expect(undated.incidents[0]).toMatchObject({
      action: 'corroborated',
      incidentId: stored.incidents[0]?.incidentId,
    });
    expect(undated.warnings.map((w) => w.code)).toContain('assumed_date');
  });

  it('flags figures and a mission start that contradict a stored report', async () => {
    const evidence = { evidence: 'x', evidenceSpans: [{ from: 0, to: 1 }] };
    const figure = (value: number) => ({
      metric: 'killed' as const,
      value,
      hedge: 'about' as const,
      period: '2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      scope: 'Haiti',
      affiliation: null,
      country: null,
      attributedTo: null,
      note: null,
      ...evidence,
    });
    await store(
      draft({
        milestones: [
          {
            subject: 'first_deployment',
            country: 'Kenya',
            date: '2024-06',
            datePrecision: 'month',
            ...evidence,
          },
        ],
        figures: [figure(5500)],
      }),
    );
    const second = await store(
      draft({
        milestones: [
          { subject: 'mission_launch', country: 'MSS', date: '2023-06', datePrecision: 'month', ...evidence },
        ],
        figures: [figure(4500)],
      }),
    );
    const messages = second.warnings.map((w) => w.message);
    expect(messages.some((m) => /June 2023.*June 2024/.test(m))).toBe(true);
    expect(
      messages.some((m) => /killed in Haiti, 2024: this report says 4,500; report #\d+ say 5,500/.test(m)),
    ).toBe(true);
    const row = await sql.get<{ warnings: string }>('SELECT "warnings" FROM "Report" WHERE "id" = ?', [
      second.reportId,
    ]);
    expect(JSON.parse(row?.warnings ?? 'null')).toEqual(second.warnings);
  });

  it('reads the actors of reports stored without them again', async () => {
    await sql.run('DELETE FROM "ActorClaim"');
    const result = await backfillActorClaims(sql, { gazetteer });
    expect(result.reports).toBeGreaterThan(0);
    expect(await count('ActorClaim')).toBe(result.claims);
    expect((await backfillActorClaims(sql, { gazetteer })).claims).toBe(0);
  });

  it('makes one incident when two app servers store two reports of one event at once', async () => {
    const other = await openStoreSql(url);
    try {
      // Open several pooled connections first: only then can the two transactions truly race.
      await Promise.all(Array.from({ length: 4 }, () => sql.get('SELECT pg_sleep(0.05)')));
      await Promise.all(Array.from({ length: 4 }, () => other.get('SELECT pg_sleep(0.05)')));
      for (let round = 0; round < 5; round++) {
        const day = `${2015 + round}-10-14`;
        const report = (n: number) =>
          draft({
            publishedAt: day,
            incidents: [
              incident({
                date: day,
                type: 'armed_clash',
                title: `Clash in Delmas, round ${round}`,
                place: place('delmas'),
                casualties: [killed(2, 'gang', null)],
                evidence: `Report ${n}: a clash in Delmas left two gang members dead.`,
              }),
            ],
          });
        const [a, b] = await Promise.all([
          storeDraft(sql, {
            input: { text: `Race ${round} A`, publishedAt: day },
            draft: report(1),
            gazetteer,
          }),
          storeDraft(other, {
            input: { text: `Race ${round} B`, publishedAt: day },
            draft: report(2),
            gazetteer,
          }),
        ]);
        const actions = [a.incidents[0]?.action, b.incidents[0]?.action].sort();
        expect(actions).toEqual(['corroborated', 'created']);
        expect(a.incidents[0]?.incidentId).toBe(b.incidents[0]?.incidentId);
        expect(await count('Incident', '"title" = ?', [`Clash in Delmas, round ${round}`])).toBe(1);
      }
    } finally {
      await other.close();
    }
  });
});
