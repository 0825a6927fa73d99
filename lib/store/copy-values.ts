/**
 * A SQLite value as the PostgreSQL column it is copied into takes it (lib/store/copy-to-postgres.ts).
 * SQLite keeps Prisma's DateTime as text, Boolean as 0/1 and Json as text; PostgreSQL has
 * timestamp(3), boolean and jsonb, and enums of their own.
 */
import type { PgColumn } from './postgres-tables';

/** A value the copier cannot put into its column; names where it is. */
export class CopyValueError extends Error {
  constructor(column: string, value: unknown, why: string) {
    super(
      `column "${column}": ${why} (${JSON.stringify(typeof value === 'bigint' ? String(value) : value)})`,
    );
    this.name = 'CopyValueError';
  }
}

// Text without a zone: Prisma's SQLite adapter and SQLite's CURRENT_TIMESTAMP both mean UTC.
const NO_ZONE = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;

/**
 * `timestamp without time zone` ignores any offset written in its input, so every instant is
 * rendered here in UTC without one: `2025-02-14T05:00:00+05:00` arrives as 00:00, not 05:00.
 */
export function toPgTimestamp(column: string, value: unknown): string | null {
  if (value === null) return null;
  let date: Date;
  if (typeof value === 'number' || typeof value === 'bigint') date = new Date(Number(value));
  else if (typeof value === 'string') {
    const text = value.trim();
    date = new Date(
      NO_ZONE.test(text) ? `${text.replace(' ', 'T')}${text.length === 10 ? 'T00:00' : ''}Z` : text,
    );
  } else throw new CopyValueError(column, value, 'not a date');
  if (Number.isNaN(date.getTime())) throw new CopyValueError(column, value, 'not a date');
  return date.toISOString().slice(0, -1); // without the Z: the column has no zone
}

function toPgBoolean(column: string, value: unknown): boolean | null {
  if (value === null) return null;
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Number(value) === 1;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new CopyValueError(column, value, 'not a boolean (0 or 1)');
}

/** JSON as its text: PostgreSQL parses it into jsonb (and refuses text that is not JSON). */
function toPgJson(value: unknown): string | null {
  if (value === null) return null;
  return typeof value === 'string'
    ? value
    : JSON.stringify(typeof value === 'bigint' ? Number(value) : value);
}

function toPgScalar(column: string, value: unknown): string | number | null {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  throw new CopyValueError(column, value, 'binary data where the column holds none');
}

export type PgValue = string | number | boolean | null;

/** A converter for one column, chosen once per table by its PostgreSQL type. */
export function valueConverter(column: PgColumn): (value: unknown) => PgValue {
  if (column.type.startsWith('timestamp')) return (v) => toPgTimestamp(column.name, v);
  if (column.type === 'boolean') return (v) => toPgBoolean(column.name, v);
  if (column.type === 'jsonb' || column.type === 'json') return toPgJson;
  if (column.kind === 'e') return (v) => (v === null ? null : String(v));
  return (v) => toPgScalar(column.name, v);
}
