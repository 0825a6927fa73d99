/**
 * The "cite another report" menu on the incident editor: bounded however many reports are stored,
 * and an old incident is offered the reports of its own time as well as the newest ones.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import {
  AFTER_CHOICES,
  BEFORE_CHOICES,
  listReportChoices,
  NEWEST_CHOICES,
} from '@/lib/incidents/edit-queries';
import type { Sql } from '@/lib/store/sql';
import { sqlDate, sqlDateTime } from '@/lib/store/sql-values';
import { openDraftStore } from './helpers/draft-store';

let db: Db;
let sql: Sql;

beforeAll(async () => {
  ({ db, sqlAsync: sql } = await openDraftStore());
  const insert = (...values: string[]) =>
    sql.run(
      `INSERT INTO "Report" ("title", "outlet", "publishedAt", "publishedPrecision", "text", "contentHash", "ingestedAt")
       VALUES (?, 'Wire', ?, 'day', ?, ?, ?)`,
      values,
    );
  // 400 reports, one a day from 2024-01-01, inserted out of date order; a few withdrawn.
  const days = Array.from({ length: 400 }, (_, i) => (i * 7) % 400);
  for (const d of days) {
    const day = new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    await insert(
      `Report of ${day} ${'with a long title '.repeat(8)}`,
      sqlDate(day),
      `Text ${day}`,
      `h-${day}`,
      sqlDateTime(new Date()),
    );
  }
  await sql.run(`UPDATE "Report" SET "withdrawnAt" = ? WHERE "publishedAt" >= ? AND "publishedAt" < ?`, [
    sqlDateTime(new Date()),
    sqlDate('2024-03-02'),
    sqlDate('2024-03-04'),
  ]);
});

describe('reports offered to cite', () => {
  it('offers the newest, those around the incident date, nothing withdrawn, newest first, titles cut', async () => {
    const choices = await listReportChoices('2024-03-01', db);
    expect(choices.length).toBe(NEWEST_CHOICES + AFTER_CHOICES + BEFORE_CHOICES);
    const dates = choices.map((c) => c.publishedAt as string);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates.slice(0, NEWEST_CHOICES)).toEqual(
      Array.from({ length: NEWEST_CHOICES }, (_, i) =>
        new Date(Date.UTC(2024, 0, 1) + (399 - i) * 86_400_000).toISOString().slice(0, 10),
      ),
    );
    expect(dates).toContain('2024-03-01'); // the day itself
    expect(dates).toContain('2024-02-20'); // the tenth before
    expect(dates).not.toContain('2024-02-19');
    expect(dates).not.toContain('2024-03-02'); // withdrawn
    expect(dates).toContain('2024-04-01'); // the thirtieth live one on or after
    expect(dates).not.toContain('2024-04-02');
    expect(new Set(choices.map((c) => c.id)).size).toBe(choices.length);
    for (const c of choices) expect(c.title.length).toBeLessThanOrEqual(80);
  });

  it('never offers more than the three groups hold, the newest overlapping a recent incident', async () => {
    // The last report is of 2025-02-03: on or after 2025-01-10 there are 25, the 20 newest among them.
    const recent = await listReportChoices('2025-01-10', db);
    expect(recent.length).toBe(25 + BEFORE_CHOICES);
    expect(recent.at(-1)?.publishedAt).toBe('2024-12-31');
  });
});
