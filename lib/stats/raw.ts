import type { Db } from '../db';

type Plain<T> = { [K in keyof T]: T[K] extends bigint ? number : T[K] };

/**
 * A raw query whose integer columns come back as numbers: the adapter returns BigInt for them,
 * which JSON.stringify (and the charts) cannot take. Converted here, at the query boundary.
 */
export async function queryRows<T extends object>(
  db: Db,
  sql: string,
  params: readonly (string | number | null)[],
): Promise<Plain<T>[]> {
  const rows = await db.$queryRawUnsafe<T[]>(sql, ...params);
  return rows.map(
    (row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
      ) as Plain<T>,
  );
}
