/**
 * The store's Sql (lib/store/store-sql.ts), on whichever store `open` gives: every transaction
 * grades the incidents its writes queued before it commits, a rolled-back one grades nothing and
 * leaves the queue as it was, and each transaction's time reaches the metrics. Run on SQLite
 * (tests/integration/store-sql.test.ts) and PostgreSQL (tests/postgres/store-sql.test.ts).
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { installMetricsSink } from '@/lib/ops/metrics';
import type { Sql } from '@/lib/store/sql';
import { sqlDateTime } from '@/lib/store/sql-values';
import { openStoreSql } from '@/lib/store/store-sql';

export function storeSqlContract(open: () => Promise<string>): void {
  let sql: Sql;
  let reports = 0;

  beforeAll(async () => {
    sql = await openStoreSql(await open());
  });
  afterAll(() => sql.close());
  afterEach(() => installMetricsSink(undefined));

  const now = sqlDateTime(new Date('2025-03-10T12:00:00Z'));
  const newIncident = (tx: Sql) =>
    tx.insert('Incident', {
      title: 'Attack in Cabaret',
      type: 'attack',
      date: now,
      datePrecision: 'day',
      createdAt: now,
      updatedAt: now,
    });
  const addSource = async (tx: Sql, incidentId: number, outlet: string | null) => {
    reports++;
    const reportId = await tx.insert('Report', {
      title: `report ${reports}`,
      text: `text ${reports}`,
      outlet,
      contentHash: `hash-${reports}-${Date.now()}`,
      ingestedAt: now,
    });
    await tx.insert('IncidentSource', { incidentId, reportId, excerpt: `excerpt ${reports}` });
  };
  const gradeOf = async (id: number) =>
    (await sql.get<{ grade: string }>('SELECT "grade" FROM "Incident" WHERE "id" = ?', [id]))?.grade;
  const queued = async () =>
    (await sql.all<{ incidentId: number }>('SELECT "incidentId" FROM "GradeQueue"')).map((r) => r.incidentId);

  it('grades the incidents a transaction touched before it commits', async () => {
    const id = await sql.transaction(async (tx) => {
      const incident = await newIncident(tx);
      await addSource(tx, incident, 'Le Nouvelliste');
      return incident;
    });
    expect(await gradeOf(id)).toBe('fair');
    await sql.transaction((tx) => addSource(tx, id, 'Haiti Libre'));
    expect(await gradeOf(id)).toBe('confirmed');
    await sql.transaction(async (tx) => {
      await tx.run('UPDATE "IncidentSource" SET "denies" = ? WHERE "incidentId" = ? AND "excerpt" = ?', [
        true,
        id,
        `excerpt ${reports}`,
      ]);
    });
    expect(await gradeOf(id)).toBe('contested');
    expect(await queued()).toEqual([]);
  });

  it('grades nothing, and keeps the queue, when the transaction rolls back', async () => {
    const id = await sql.transaction(async (tx) => {
      const incident = await newIncident(tx);
      await addSource(tx, incident, null);
      return incident;
    });
    expect(await gradeOf(id)).toBe('weak');
    await sql.run('INSERT INTO "GradeQueue" ("incidentId") VALUES (?)', [id]);
    await expect(
      sql.transaction(async (tx) => {
        await tx.run(`UPDATE "Incident" SET "status" = 'reviewed' WHERE "id" = ?`, [id]);
        throw new Error('the editor cancelled');
      }),
    ).rejects.toThrow('the editor cancelled');
    expect(await gradeOf(id)).toBe('weak');
    expect(await queued()).toEqual([id]);
    // The next transaction, whatever it writes, grades what was queued.
    await sql.transaction(async (tx) => {
      await tx.run(`UPDATE "Incident" SET "status" = 'reviewed' WHERE "id" = ?`, [id]);
    });
    expect(await gradeOf(id)).toBe('fair');
    expect(await queued()).toEqual([]);
  });

  it("records each transaction's time as a write transaction", async () => {
    const operations: string[] = [];
    installMetricsSink({
      cacheLookup: () => undefined,
      storeQuery: (client, operation) => operations.push(`${client}:${operation}`),
    });
    await sql.transaction((tx) => newIncident(tx));
    await expect(sql.transaction(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(operations).toEqual(['sql:write-transaction', 'sql:write-transaction']);
  });
}
