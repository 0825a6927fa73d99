import type { Db } from '../db';
import { dialectOf, renderPlaceholders } from '../store/dialect';

type Plain<T> = { [K in keyof T]: T[K] extends bigint ? number : T[K] };

/**
 * A raw query whose values come back as SQLite's adapter gives them to the code above, on either
 * store. Written with `?` placeholders, numbered for PostgreSQL here (lib/store/dialect.ts).
 * On SQLite only BigInt is converted, as before the port. PostgreSQL's values are converted at
 * this boundary, by type:
 * - BigInt (SQLite's integers; PostgreSQL's count and sum) → number: JSON.stringify and the
 *   charts cannot take BigInt, and no count or sum here comes near 2^53.
 * - Decimal (PostgreSQL's numeric: avg, sum of bigint) → number.
 * - Date (PostgreSQL's timestamp columns) stays a Date: SQLite's adapter also gives a Date for a
 *   DateTime column selected as it is (typed by its declaration). What SQLite gives as text is
 *   an expression over a date, and such reads ask SQL for text on both stores (dayKey, monthKey).
 * - boolean (PostgreSQL's comparisons and Boolean columns) → 1/0, as SQLite answers.
 * - parsed JSON (PostgreSQL's json/jsonb) → JSON text, as SQLite's json functions answer.
 */
export async function queryRows<T extends object>(
  db: Db,
  sql: string,
  params: readonly (string | number | null)[],
): Promise<Plain<T>[]> {
  const dialect = dialectOf(db);
  const rows = await db.$queryRawUnsafe<T[]>(renderPlaceholders(sql, dialect), ...params);
  const convert = dialect === 'sqlite' ? fromSqlite : fromPostgres;
  return rows.map(
    (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, convert(v)])) as Plain<T>,
  );
}

/** SQLite's values as they always were, but for BigInt. */
const fromSqlite = (value: unknown): unknown => (typeof value === 'bigint' ? Number(value) : value);

/** One PostgreSQL value as SQLite's adapter would have returned it (see queryRows). */
export function fromPostgres(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date || value instanceof Uint8Array) return value;
  if (isDecimal(value)) return value.toNumber();
  return JSON.stringify(value);
}

function isDecimal(value: object): value is { toNumber(): number } {
  return 'toNumber' in value && typeof value.toNumber === 'function' && 'd' in value && 'e' in value;
}
