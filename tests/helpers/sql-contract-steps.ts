/**
 * Steps the SQL interface contract (sql-contract.ts) and its writer process share. Counters are
 * MonthVersion rows under keys no real month has (only triggers write real months).
 */
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import type { Sql } from '../../lib/store/sql';

export async function counter(sql: Sql, key: string): Promise<number | undefined> {
  const row = await sql.get<{ data: number }>('SELECT "data" FROM "MonthVersion" WHERE "month" = ?', [key]);
  return row?.data;
}

/** Read, let everything else run, write read + 1: loses updates unless transactions serialise. */
export async function incrementCounter(sql: Sql, key: string): Promise<void> {
  await sql.transaction(
    async (tx) => {
      const value = (await counter(tx, key)) ?? 0;
      await yieldToOthers();
      await tx.run(
        'INSERT INTO "MonthVersion" ("month", "data") VALUES (?, ?) ON CONFLICT ("month") DO UPDATE SET "data" = excluded."data"',
        [key, value + 1],
      );
    },
    { lockKeys: [`counter:${key}`] },
  );
}

/** Inserts the key's row unless it is there, with a pause between the look and the insert. */
export async function insertIfAbsent(sql: Sql, key: string, lockKeys?: string[]): Promise<boolean> {
  return sql.transaction(
    async (tx) => {
      if ((await counter(tx, key)) !== undefined) return false;
      await new Promise((resolve) => setTimeout(resolve, 30));
      await tx.run('INSERT INTO "MonthVersion" ("month", "data") VALUES (?, 1)', [key]);
      return true;
    },
    { lockKeys },
  );
}
