import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { MergeTargetError, storeDraft, suggestMatches } from '@/lib/ingest/store-draft';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { draft, incident, killed, place } from './helpers/drafts';
import { createTestDb } from './helpers/test-db';

async function setup() {
  const { db, sql } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  const gazetteer = await loadGazetteer(sql);
  let n = 0;
  const store = (d: ReturnType<typeof draft>, extra: Partial<Parameters<typeof storeDraft>[1]> = {}) =>
    storeDraft(sql, {
      input: { text: `Report ${++n}: ${Math.random()}`, publishedAt: d.publishedAt },
      draft: d,
      gazetteer,
      ...extra,
    });
  return { db, sql, gazetteer, store };
}

describe('storing a drafted report', () => {
  it('stores the report, the incident, its source, its claims and audit entries', async () => {
    const { db, store } = await setup();
    const result = await store(
      draft({ incidents: [incident({ casualties: [killed(1), killed(1, 'gang', null)] })] }),
    );
    expect(result.created).toBe(true);
    expect(result.incidents[0]?.action).toBe('created');
    const stored = await db.incident.findFirstOrThrow({
      include: { sources: true, claims: true, location: true },
    });
    expect(stored.location?.key).toBe('segur-savien');
    expect(stored.date.toISOString().slice(0, 10)).toBe('2025-02-23');
    expect(stored.sources).toHaveLength(1);
    expect(stored.claims.map((c) => `${c.kind}/${c.affiliation}/${c.country}`).sort()).toEqual([
      'killed/gang/null',
      'killed/mss/Kenya',
    ]);
    const audit = await db.auditEntry.findMany();
    expect(audit.map((a) => `${a.entity}:${a.action}`).sort()).toEqual(['Incident:create', 'Report:create']);
  });

  it('adds a second report of the same event as another source with its own claims', async () => {
    const { db, store } = await setup();
    await store(draft({ incidents: [incident({ casualties: [killed(1)] })] }));
    const second = await store(
      draft({
        publishedAt: '2025-03-27',
        incidents: [
          incident({
            date: '2025-02-01',
            datePrecision: 'month',
            place: null,
            type: 'killing',
            casualties: [killed(1)],
          }),
        ],
      }),
    );
    expect(second.incidents[0]?.action).toBe('corroborated');
    expect(await db.incident.count()).toBe(1);
    const stored = await db.incident.findFirstOrThrow({ include: { sources: true, claims: true } });
    expect(stored.sources).toHaveLength(2);
    expect(new Set(stored.claims.map((c) => c.reportId)).size).toBe(2);
    // The vaguer source does not blur what the first one established.
    expect(stored.datePrecision).toBe('day');
  });

  it('suggests the match before anything is stored', async () => {
    const { sql, gazetteer, store } = await setup();
    const first = await store(draft({ incidents: [incident({ casualties: [killed(1)] })] }));
    const [suggestion] = await suggestMatches(
      sql,
      draft({ incidents: [incident({ place: place('pont-sonde'), casualties: [killed(1)] })] }),
      gazetteer,
    );
    expect(suggestion?.incidentId).toBe(first.incidents[0]?.incidentId);
    expect(suggestion?.reasons).toContain('one place lies within the other');
  });

  it('refines a draft incident from a more precise later source, and says so in the audit', async () => {
    const { db, store } = await setup();
    await store(
      draft({
        incidents: [
          incident({
            date: '2025-02-01',
            datePrecision: 'month',
            place: place('pont-sonde'),
            casualties: [killed(1)],
          }),
        ],
      }),
    );
    await store(draft({ incidents: [incident({ casualties: [killed(1)] })] }));
    const stored = await db.incident.findFirstOrThrow({ include: { location: true } });
    expect(stored).toMatchObject({ datePrecision: 'day', version: 2 });
    expect(stored.date.toISOString().slice(0, 10)).toBe('2025-02-23');
    expect(stored.location?.key).toBe('segur-savien');
    expect(await db.auditEntry.count({ where: { action: 'refine' } })).toBe(1);
  });

  it('leaves an incident an editor reviewed as the editor left it', async () => {
    const { db, store } = await setup();
    await store(
      draft({
        incidents: [
          incident({
            date: '2025-02-01',
            datePrecision: 'month',
            place: place('pont-sonde'),
            casualties: [killed(1)],
          }),
        ],
      }),
    );
    await db.incident.updateMany({ data: { status: 'reviewed' } });
    await store(draft({ incidents: [incident({ casualties: [killed(1)] })] }));
    const stored = await db.incident.findFirstOrThrow({ include: { sources: true } });
    // The editor's fields stay; the version moves on because the incident gained a source, so an
    // edit form opened before it arrived reports a conflict rather than ignoring the new source.
    expect(stored).toMatchObject({ datePrecision: 'month', version: 2 });
    expect(stored.sources).toHaveLength(2);
  });

  it('records a later report that the missing officer is dead as a new claim on the same incident', async () => {
    const { db, store } = await setup();
    const missing = { ...killed(1), kind: 'missing' as const };
    const ambush = { date: '2025-03-25', type: 'ambush' as const, place: place('pont-sonde') };
    await store(draft({ incidents: [incident({ ...ambush, casualties: [missing] })] }));
    await store(draft({ incidents: [incident({ ...ambush, casualties: [killed(1)] })] }));
    expect(await db.incident.count()).toBe(1);
    const claims = await db.casualtyClaim.findMany({ orderBy: { id: 'asc' } });
    expect(claims.map((c) => c.kind)).toEqual(['missing', 'killed']);
  });

  it('keeps apart events in different communes on the same day', async () => {
    const { db, store } = await setup();
    await store(draft({ incidents: [incident({ type: 'gunfire', place: place('tabarre') })] }));
    await store(draft({ incidents: [incident({ type: 'gunfire', place: place('delmas') })] }));
    expect(await db.incident.count()).toBe(2);
  });

  it('is a no-op for the same text, even with another draft', async () => {
    const { db, sql, gazetteer } = await setup();
    const input = { text: 'The same article.', publishedAt: '2025-02-24' };
    await storeDraft(sql, { input, draft: draft({ incidents: [incident()] }), gazetteer });
    const again = await storeDraft(sql, {
      input,
      draft: draft({ incidents: [incident(), incident({ type: 'arrest' })] }),
      gazetteer,
    });
    expect(again.created).toBe(false);
    expect([await db.report.count(), await db.incident.count()]).toEqual([1, 1]);
  });

  it('stores nothing at all when any part fails', async () => {
    const { db, store } = await setup();
    await expect(
      store(draft({ incidents: [incident(), incident({ type: 'arrest' })] }), {
        decisions: [{ action: 'create' }, { action: 'merge', incidentId: 9999 }],
      }),
    ).rejects.toThrow(MergeTargetError);
    expect([await db.report.count(), await db.incident.count(), await db.auditEntry.count()]).toEqual([
      0, 0, 0,
    ]);
  });

  it('follows the editor’s decisions: keep separate, merge into a chosen incident, skip', async () => {
    const { db, store } = await setup();
    const first = await store(draft({ incidents: [incident({ casualties: [killed(1)] })] }));
    const target = first.incidents[0]?.incidentId as number;
    const result = await store(
      draft({
        incidents: [
          incident({ casualties: [killed(1)] }),
          incident({ type: 'arrest', place: place('tabarre') }),
          incident(),
        ],
      }),
      {
        decisions: [{ action: 'create' }, { action: 'merge', incidentId: target }, { action: 'skip' }],
      },
    );
    expect(result.incidents.map((o) => o.action)).toEqual(['created', 'corroborated', 'skipped']);
    expect(await db.incident.count()).toBe(2);
  });

  it('stores deployments, milestones and figures, and flags a mission start other reports contradict', async () => {
    const { db, store } = await setup();
    const evidence = { evidence: 'x', evidenceSpans: [{ from: 0, to: 1 }] };
    await store(
      draft({
        deployments: [
          {
            country: 'Kenya',
            personnel: 800,
            hedge: 'exact',
            date: '2024-06',
            datePrecision: 'month',
            kind: 'arrival',
            note: null,
            ...evidence,
          },
        ],
        milestones: [
          {
            subject: 'first_deployment',
            country: 'Kenya',
            date: '2024-06',
            datePrecision: 'month',
            ...evidence,
          },
        ],
        figures: [
          {
            metric: 'killed',
            value: 5500,
            hedge: 'at_least',
            period: '2024',
            periodStart: '2024-01-01',
            periodEnd: '2024-12-31',
            scope: 'Haiti',
            affiliation: null,
            country: null,
            attributedTo: 'United Nations',
            note: null,
            ...evidence,
          },
        ],
      }),
    );
    const second = await store(
      draft({
        milestones: [
          { subject: 'mission_launch', country: 'MSS', date: '2023-06', datePrecision: 'month', ...evidence },
        ],
        figures: [
          {
            metric: 'killed',
            value: 4500,
            hedge: 'about',
            period: '2024',
            periodStart: '2024-01-01',
            periodEnd: '2024-12-31',
            scope: 'Haiti',
            affiliation: null,
            country: null,
            attributedTo: null,
            note: null,
            ...evidence,
          },
        ],
      }),
    );
    const messages = second.warnings.map((w) => w.message);
    expect(messages.some((m) => /June 2023.*June 2024/.test(m))).toBe(true);
    expect(
      messages.some((m) => /killed in Haiti, 2024: this report says 4,500; report #\d+ say 5,500/.test(m)),
    ).toBe(true);
    expect(await db.deployment.count({ where: { milestone: { not: null } } })).toBe(2);
    expect(await db.deployment.count({ where: { personnel: 800 } })).toBe(1);
    const stored = await db.report.findUniqueOrThrow({ where: { id: second.reportId } });
    expect(stored.warnings).toEqual(second.warnings);
  });

  it('loses none of the web app’s concurrent writes, even when a store rolls back', async () => {
    const { db, sql, store } = await setup();
    const user = await db.user.create({ data: { email: 'a@example.org', name: 'A', passwordHash: 'x' } });
    // The web app's writes go through the store's Sql (app-sql.ts), as storing does: a Prisma write
    // in this process would wait on SQLite's lock while the transaction awaits, and time out.
    const writes = Array.from({ length: 60 }, (_, i) =>
      sql.run('UPDATE "User" SET "name" = ? WHERE "id" = ?', [`A${i}`, user.id]).then(() =>
        sql.insert('AuditEntry', {
          entity: 'User',
          entityId: user.id,
          action: `w${i}`,
          at: new Date().toISOString().replace('Z', '+00:00'),
        }),
      ),
    );
    for (let i = 0; i < 20; i++) {
      await Promise.resolve();
      try {
        await store(draft({ incidents: [incident()] }), {
          decisions: [{ action: 'merge', incidentId: 424242 }],
        });
      } catch {
        // rolled back on purpose
      }
    }
    await Promise.all(writes);
    expect(await db.auditEntry.count({ where: { entity: 'User' } })).toBe(60);
    expect(await db.report.count()).toBe(0);
  });
});
