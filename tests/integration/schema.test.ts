import { describe, expect, it } from 'vitest';
import { utcDate } from '@/lib/dates/iso-date';
import { Prisma } from '@/lib/generated/prisma/client';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { reportContentHash } from '@/lib/reports/content-hash';
import { reportInputSchema } from '@/lib/reports/schema';
import { createTestDb, onPostgres } from './helpers/test-db';

async function storeWithIncident() {
  const { db, sql } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  const text = 'On February 23, 2025, one of our MSS officers from the Kenyan contingent was injured.';
  const report = await db.report.create({
    data: { title: 'Officer killed', text, contentHash: reportContentHash(text) },
  });
  const place = await db.location.findUniqueOrThrow({ where: { key: 'segur-savien' } });
  const incident = await db.incident.create({
    data: {
      date: utcDate('2025-02-23'),
      datePrecision: 'day',
      type: 'armed_clash',
      title: 'Kenyan MSS officer killed in Ségur-Savien',
      locationId: place.id,
      placePrecision: 'neighbourhood',
      sources: {
        create: { reportId: report.id, excerpt: 'On February 23, 2025, …', excerptFrom: 0, excerptTo: 24 },
      },
      claims: {
        create: {
          reportId: report.id,
          kind: 'killed',
          count: 1,
          affiliation: 'mss',
          country: 'Kenya',
          persons: [{ name: 'Samuel Tompoi Kaetuai', age: 26 }],
        },
      },
    },
  });
  return { db, sql, report, place, incident };
}

describe('schema', () => {
  it('creates and reads an incident with its place, source and casualty claim', async () => {
    const { db, incident } = await storeWithIncident();
    const read = await db.incident.findUniqueOrThrow({
      where: { id: incident.id },
      include: { location: { include: { parent: true } }, sources: true, claims: true },
    });
    expect(read.location?.name).toBe('Ségur-Savien');
    expect(read.location?.parent?.name).toBe('Pont-Sondé');
    expect(read.version).toBe(1);
    expect(read.status).toBe('draft');
    expect(read.sources).toHaveLength(1);
    expect(read.claims[0]).toMatchObject({ kind: 'killed', count: 1, affiliation: 'mss', country: 'Kenya' });
    expect(read.claims[0]?.persons).toEqual([{ name: 'Samuel Tompoi Kaetuai', age: 26 }]);
  });

  it('creates and reads deployments, figures, users, sessions and audit entries', async () => {
    const { db, report, incident } = await storeWithIncident();
    await db.deployment.create({
      data: {
        country: 'Kenya',
        personnel: 800,
        hedge: 'at_least',
        date: utcDate('2025-03-01'),
        kind: 'strength',
        reportId: report.id,
      },
    });
    await db.figure.create({
      data: {
        metric: 'killed',
        value: 5500,
        hedge: 'at_least',
        periodLabel: '2024',
        attributedTo: 'United Nations',
        reportId: report.id,
      },
    });
    const user = await db.user.create({
      data: { email: 'editor@example.org', name: 'Editor', role: 'editor', passwordHash: 'argon2id$…' },
    });
    await db.session.create({
      data: { id: 'hash-of-token', userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    await db.auditEntry.create({
      data: {
        userId: user.id,
        entity: 'Incident',
        entityId: incident.id,
        action: 'update',
        before: { title: 'a' },
        after: { title: 'b' },
      },
    });
    const loaded = await db.user.findUniqueOrThrow({
      where: { id: user.id },
      include: { sessions: true, auditEntries: true },
    });
    expect(loaded.sessions).toHaveLength(1);
    expect(loaded.auditEntries[0]?.after).toEqual({ title: 'b' });
    expect(await db.deployment.count({ where: { country: 'Kenya' } })).toBe(1);
    expect((await db.figure.findFirstOrThrow()).attributedTo).toBe('United Nations');
  });

  it('refuses a second report with the same content hash', async () => {
    const { db, report } = await storeWithIncident();
    await expect(
      db.report.create({ data: { title: 'copy', text: report.text, contentHash: report.contentHash } }),
    ).rejects.toMatchObject({ code: 'P2002' } satisfies Partial<Prisma.PrismaClientKnownRequestError>);
  });

  it('treats the same text, reformatted, as the same report', async () => {
    const { db, report, sql } = await storeWithIncident();
    const reformatted = `  ${report.text.replace(/ /g, '  ').replace(/\n/g, '\r\n')}\n`;
    const again = await ingestReport(sql, reportInputSchema.parse({ text: reformatted }));
    expect(again).toMatchObject({ reportId: report.id, created: false });
    expect(await db.report.count()).toBe(1);
  });

  it('keeps a soft-deleted incident, its sources and its claims', async () => {
    const { db, incident } = await storeWithIncident();
    await db.incident.update({
      where: { id: incident.id },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    expect(await db.incident.count({ where: { deletedAt: null } })).toBe(0);
    const kept = await db.incident.findUniqueOrThrow({
      where: { id: incident.id },
      include: { sources: true, claims: true },
    });
    expect(kept.sources).toHaveLength(1);
    expect(kept.claims).toHaveLength(1);
    expect(kept.version).toBe(2);
  });

  it('removes sources and claims with their report, and never a place that is still a parent', async () => {
    const { db, report, incident } = await storeWithIncident();
    await db.report.delete({ where: { id: report.id } });
    const after = await db.incident.findUniqueOrThrow({
      where: { id: incident.id },
      include: { sources: true, claims: true },
    });
    expect(after.sources).toHaveLength(0);
    expect(after.claims).toHaveLength(0);

    await expect(db.location.delete({ where: { key: 'pont-sonde' } })).rejects.toBeInstanceOf(
      Prisma.PrismaClientKnownRequestError,
    );
  });

  it('detaches incidents from a deleted place instead of deleting them', async () => {
    const { db, place, incident } = await storeWithIncident();
    await db.location.deleteMany({ where: { parentId: place.id } });
    await db.location.delete({ where: { id: place.id } });
    const after = await db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(after.locationId).toBeNull();
  });

  // SQLite's query plan, read with SQLite's EXPLAIN QUERY PLAN.
  it.skipIf(onPostgres)('uses the indexes the timeline and filters need', async () => {
    const { db } = await storeWithIncident();
    const plan = await db.$queryRawUnsafe<{ detail: string }[]>(
      'EXPLAIN QUERY PLAN SELECT id FROM Incident WHERE deletedAt IS NULL AND date >= ? ORDER BY date DESC, id DESC LIMIT 50',
      '2025-01-01',
    );
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (COVERING )?INDEX Incident_live_by_date_idx/);
  });
});
