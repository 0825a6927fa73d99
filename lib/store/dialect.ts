/**
 * The two SQL dialects the store speaks (SQLite, the embedded default, and PostgreSQL; issue 18),
 * and the few spellings where they differ, for statements written once. Everything else is
 * written in the spelling both accept (docs/postgres-port.md §4): quoted identifiers
 * ("Incident"."locationId": PostgreSQL folds unquoted names to lower case), `string_agg`, subquery
 * aliases. Fragments keep SQLite's `?` placeholders, so conditions compose as text and parameter
 * lists as they always have; `renderPlaceholders` numbers them for PostgreSQL at the boundary
 * (lib/stats/raw.ts). Each helper's SQLite rendering is the text the store used before the port,
 * so SQLite's query plans are unchanged.
 *
 * Here, in lib/store, because it is store infrastructure like postgres-config.ts: the read side
 * uses it now, the write path will when it becomes async (plan step 3).
 */
import type { Db } from '../db';

export type Dialect = 'sqlite' | 'postgres';

/** A piece of SQL with its `?` parameters, in order. */
export interface SqlFragment {
  sql: string;
  params: (string | number)[];
}

/**
 * The dialect of a client: the provider its generated client was made for (Prisma keeps it as
 * `_activeProvider`: "sqlite" or "postgresql"), so no registry filled by createDb is needed. A
 * stand-in without it (the benchmark's raw floor) is SQLite, as every store was before the port.
 */
export function dialectOf(db: Db): Dialect {
  const provider = (db as unknown as { _activeProvider?: unknown })._activeProvider;
  return provider === 'postgresql' ? 'postgres' : 'sqlite';
}

/**
 * `?` → `$1, $2, …` for PostgreSQL, outside string literals, quoted identifiers and comments;
 * SQLite's text is returned as it is.
 */
export function renderPlaceholders(sql: string, dialect: Dialect): string {
  if (dialect === 'sqlite') return sql;
  let out = '';
  let n = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === "'" || c === '"') {
      const end = closingQuote(sql, i, c);
      out += sql.slice(i, end);
      i = end;
    } else if (c === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const stop = end === -1 ? sql.length : end;
      out += sql.slice(i, stop);
      i = stop;
    } else {
      out += c === '?' ? `$${++n}` : c;
      i++;
    }
  }
  return out;
}

/** The index just past the quote closing the one at `start` (a doubled quote is a character). */
function closingQuote(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/**
 * `column` is one of the given ids. SQLite: a JSON array read by json_each (one parameter,
 * whatever the count); PostgreSQL: `= ANY` over an int[] literal, which the planner turns into
 * an index condition.
 */
export function idIn(column: string, ids: readonly number[], dialect: Dialect): SqlFragment {
  if (dialect === 'sqlite') {
    return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] };
  }
  return { sql: `${column} = ANY(CAST(? AS integer[]))`, params: [`{${ids.map(Math.trunc).join(',')}}`] };
}

/** `column` (text) is one of the given keys; one JSON parameter on both. */
export function keyIn(column: string, keys: readonly string[], dialect: Dialect): SqlFragment {
  const params = [JSON.stringify(keys)];
  if (dialect === 'sqlite') return { sql: `${column} IN (SELECT value FROM json_each(?))`, params };
  return { sql: `${column} IN (SELECT value FROM json_array_elements_text(CAST(? AS json)))`, params };
}

/** A stored instant's calendar month, YYYY-MM (SQLite holds instants as ISO text, UTC). */
export function monthKey(expr: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `substr(${expr}, 1, 7)` : `to_char(${expr}, 'YYYY-MM')`;
}

/** A stored instant's day, YYYY-MM-DD. */
export function dayKey(expr: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `substr(${expr}, 1, 10)` : `to_char(${expr}, 'YYYY-MM-DD')`;
}

/** The Monday of a stored instant's week, YYYY-MM-DD (as lib/stats/calendar.ts's weekOf). */
export function weekKey(expr: string, dialect: Dialect): string {
  return dialect === 'sqlite'
    ? `date(substr(${expr}, 1, 10), '-6 days', 'weekday 1')`
    : `to_char(date_trunc('week', ${expr}), 'YYYY-MM-DD')`;
}

/** Whole days from 1970-01-01 to a stored instant's day, as an integer. */
export function epochDay(expr: string, dialect: Dialect): string {
  return dialect === 'sqlite'
    ? `CAST(julianday(substr(${expr}, 1, 10)) - 2440587.5 AS INTEGER)`
    : `(CAST(${expr} AS date) - DATE '1970-01-01')`;
}

/** Days (fractional) from instant `from` to instant `to`. */
export function daysBetween(from: string, to: string, dialect: Dialect): string {
  return dialect === 'sqlite'
    ? `julianday(${to}) - julianday(${from})`
    : `EXTRACT(EPOCH FROM (${to} - ${from})) / 86400`;
}

/** The group's values as one comma-separated text (order unspecified, as group_concat's). */
export function stringAgg(expr: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `group_concat(${expr})` : `string_agg(CAST(${expr} AS text), ',')`;
}

/** Where `needle` first occurs in `text`, from 1; 0 when it does not. */
export function position(text: string, needle: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `instr(${text}, ${needle})` : `strpos(${text}, ${needle})`;
}

/**
 * SQLite's index hint (` INDEXED BY "name"`, leading space), where the measured plans need one;
 * PostgreSQL has no hints and its planner has statistics: nothing.
 */
export function indexedBy(index: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? ` INDEXED BY "${index}"` : '';
}

/**
 * A column taken out of SQLite's index choice (unary `+`, see dateOverlapSql); PostgreSQL has no
 * such operator for timestamps and needs no such help.
 */
export function noIndex(expr: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `+${expr}` : expr;
}

/** Equal, NULL equal to NULL: SQLite's `IS` (its parser reads `IS NOT DISTINCT FROM` the same). */
export function nullSafeEquals(a: string, b: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `${a} IS ${b}` : `${a} IS NOT DISTINCT FROM ${b}`;
}

/** `a = b` ignoring ASCII case: SQLite's NOCASE collation, PostgreSQL's lower() on both sides. */
export function equalsIgnoringCase(a: string, b: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? `${a} = ${b} COLLATE NOCASE` : `lower(${a}) = lower(${b})`;
}

/** LIKE's wildcards and escape taken literally: `%word%` for `LIKE ? ESCAPE '\'`. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The group's rows as one JSON array of arrays, as text (`[]` for none): SQLite's
 * json_group_array, PostgreSQL's json_agg (which gives NULL for no rows, hence the coalesce).
 * `orderBy`: the order PostgreSQL aggregates in; SQLite's statements keep the order of the
 * subquery they aggregate (its text unchanged).
 */
export function jsonArrayAgg(items: string, dialect: Dialect, orderBy?: string): string {
  if (dialect === 'sqlite') return `json_group_array(json_array(${items}))`;
  return `coalesce(json_agg(json_build_array(${items})${orderBy ? ` ORDER BY ${orderBy}` : ''}), '[]')`;
}

/** A Json column as the JSON text SQLite stores (PostgreSQL's jsonb cast to text). */
export function jsonText(column: string, dialect: Dialect): string {
  return dialect === 'sqlite' ? column : `CAST(${column} AS text)`;
}
