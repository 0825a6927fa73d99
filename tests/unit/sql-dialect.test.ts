/**
 * The dialect layer (lib/store/dialect.ts): each helper's SQLite and PostgreSQL renderings, and
 * the SQLite text of the shared filters kept what it was before the port but for quoted
 * identifiers (which SQLite reads the same, so its plans are unchanged). Whether the PostgreSQL
 * renderings run, and answer as SQLite's do, is tests/postgres/read-queries*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db';
import type { IncidentFilters } from '@/lib/incidents/filters';
import { incidentFilterSql } from '@/lib/stats/filter-sql';
import { fromPostgres } from '@/lib/stats/raw';
import { reconciledCtes } from '@/lib/stats/reconciled-sql';
import {
  containsPattern,
  dayKey,
  daysBetween,
  dialectOf,
  epochDay,
  equalsIgnoringCase,
  idIn,
  indexedBy,
  jsonArrayAgg,
  jsonText,
  keyIn,
  monthKey,
  noIndex,
  nullSafeEquals,
  position,
  renderPlaceholders,
  stringAgg,
  weekKey,
} from '@/lib/store/dialect';

describe('placeholders', () => {
  it('numbers ? for PostgreSQL outside literals, quoted names and comments; leaves SQLite text alone', () => {
    const sql = `SELECT 'a?b', "we?rd" FROM t WHERE x = ? AND y LIKE '%' || ? || '''?' -- why?\n AND z = ?`;
    expect(renderPlaceholders(sql, 'sqlite')).toBe(sql);
    expect(renderPlaceholders(sql, 'postgres')).toBe(
      `SELECT 'a?b', "we?rd" FROM t WHERE x = $1 AND y LIKE '%' || $2 || '''?' -- why?\n AND z = $3`,
    );
  });
});

describe('helpers render each dialect', () => {
  it('id and key lists', () => {
    expect(idIn('i.id', [3, 7], 'sqlite')).toEqual({
      sql: 'i.id IN (SELECT value FROM json_each(?))',
      params: ['[3,7]'],
    });
    expect(idIn('i.id', [3, 7], 'postgres')).toEqual({
      sql: 'i.id = ANY(CAST(? AS integer[]))',
      params: ['{3,7}'],
    });
    expect(idIn('i.id', [], 'postgres').params).toEqual(['{}']);
    expect(keyIn('k', ['a', 'b"c'], 'sqlite')).toEqual({
      sql: 'k IN (SELECT value FROM json_each(?))',
      params: ['["a","b\\"c"]'],
    });
    expect(keyIn('k', ['a'], 'postgres')).toEqual({
      sql: 'k IN (SELECT value FROM json_array_elements_text(CAST(? AS json)))',
      params: ['["a"]'],
    });
  });

  it('calendar keys of a stored instant', () => {
    expect(monthKey('i.date', 'sqlite')).toBe('substr(i.date, 1, 7)');
    expect(monthKey('i.date', 'postgres')).toBe("to_char(i.date, 'YYYY-MM')");
    expect(dayKey('i."dateEnd"', 'sqlite')).toBe('substr(i."dateEnd", 1, 10)');
    expect(dayKey('i."dateEnd"', 'postgres')).toBe(`to_char(i."dateEnd", 'YYYY-MM-DD')`);
    expect(weekKey('p.date', 'sqlite')).toBe("date(substr(p.date, 1, 10), '-6 days', 'weekday 1')");
    expect(weekKey('p.date', 'postgres')).toBe("to_char(date_trunc('week', p.date), 'YYYY-MM-DD')");
    expect(epochDay('i.date', 'sqlite')).toBe(
      'CAST(julianday(substr(i.date, 1, 10)) - 2440587.5 AS INTEGER)',
    );
    expect(epochDay('i.date', 'postgres')).toBe("(CAST(i.date AS date) - DATE '1970-01-01')");
    expect(daysBetween('a', 'b', 'sqlite')).toBe('julianday(b) - julianday(a)');
    expect(daysBetween('a', 'b', 'postgres')).toBe('EXTRACT(EPOCH FROM (b - a)) / 86400');
  });

  it('text functions, hints and comparisons', () => {
    expect(stringAgg('reports', 'sqlite')).toBe('group_concat(reports)');
    expect(stringAgg('reports', 'postgres')).toBe("string_agg(CAST(reports AS text), ',')");
    expect(position('p', "'/'", 'sqlite')).toBe("instr(p, '/')");
    expect(position('p', "'/'", 'postgres')).toBe("strpos(p, '/')");
    expect(indexedBy('X_idx', 'sqlite')).toBe(' INDEXED BY "X_idx"');
    expect(indexedBy('X_idx', 'postgres')).toBe('');
    expect(noIndex('i.date', 'sqlite')).toBe('+i.date');
    expect(noIndex('i.date', 'postgres')).toBe('i.date');
    expect(nullSafeEquals('a', 'b', 'sqlite')).toBe('a IS b');
    expect(nullSafeEquals('a', 'b', 'postgres')).toBe('a IS NOT DISTINCT FROM b');
    expect(equalsIgnoringCase('a', '?', 'sqlite')).toBe('a = ? COLLATE NOCASE');
    expect(equalsIgnoringCase('a', '?', 'postgres')).toBe('lower(a) = lower(?)');
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });

  it('JSON arrays of rows and JSON columns as text', () => {
    expect(jsonArrayAgg('c.kind, c.count', 'sqlite', 'c.id')).toBe(
      'json_group_array(json_array(c.kind, c.count))',
    );
    expect(jsonArrayAgg('c.kind, c.count', 'postgres', 'c.id')).toBe(
      "coalesce(json_agg(json_build_array(c.kind, c.count) ORDER BY c.id), '[]')",
    );
    expect(jsonArrayAgg('x', 'postgres')).toBe("coalesce(json_agg(json_build_array(x)), '[]')");
    expect(jsonText('c.persons', 'sqlite')).toBe('c.persons');
    expect(jsonText('c.persons', 'postgres')).toBe('CAST(c.persons AS text)');
  });

  it('tells the dialect from the client it is given', () => {
    expect(dialectOf({ _activeProvider: 'postgresql' } as unknown as Db)).toBe('postgres');
    expect(dialectOf({ _activeProvider: 'sqlite' } as unknown as Db)).toBe('sqlite');
    expect(dialectOf({} as Db)).toBe('sqlite');
  });
});

const ALL: IncidentFilters = {
  from: '2025-01-01',
  to: '2025-03-31',
  type: ['attack', 'kidnapping'],
  grade: ['confirmed'],
  place: 'ouest',
  affiliation: 'mss',
  kind: 'killed',
  confirmed: true,
  actor: ['viv-ansanm'],
  actorRole: 'perpetrator',
  q: 'Kenscoff ab',
};

/** What the code rendered before the port (printed from the previous commit's functions). */
const BEFORE = {
  all: "i.deletedAt IS NULL AND i.status <> 'rejected' AND i.date <= ? AND +i.dateLast >= ? AND i.type IN (?, ?) AND i.grade IN (?) AND i.locationId IN (SELECT id FROM Location WHERE path LIKE '%/' || ? || '/%') AND EXISTS (SELECT 1 FROM IncidentCasualty cf WHERE cf.incidentId = i.id AND cf.sources >= 2 AND cf.kind = ? AND cf.affiliation = ?) AND i.id IN (SELECT ac.incidentId FROM ActorClaim ac JOIN Incident mi ON mi.id = ac.incidentId WHERE ((ac.actorKey = ?) OR (ac.actorKey = ? AND mi.date >= ?) OR (ac.actorKey = ? AND mi.date >= ?)) AND ac.role = ?) AND i.id IN (SELECT rowid FROM IncidentSearch WHERE IncidentSearch MATCH ?) AND instr(i.searchText, ?) > 0",
  before: "i.deletedAt IS NULL AND i.status <> 'rejected' AND +i.date < ? AND i.dateLast >= ?",
  ctes: "per_incident AS (\n       SELECT ic.incidentId, ic.kind, ic.affiliation, ic.country, ic.low, ic.best, ic.high, ic.sources,\n              ic.reportIds AS reports, i.date AS date, i.locationId AS locationId\n       FROM IncidentCasualty ic INDEXED BY IncidentCasualty_covering_idx JOIN Incident i ON i.id = ic.incidentId\n       WHERE i.deletedAt IS NULL AND i.status <> 'rejected' AND ic.affiliation = ? AND ic.kind = ? AND ic.sources >= 2\n     )",
};
const unquoted = (sql: string) => sql.replaceAll('"', '');

describe('the shared filters on SQLite', () => {
  it('render the statements of before the port, identifiers now quoted', () => {
    const all = incidentFilterSql(ALL);
    expect(unquoted(all.sql)).toBe(BEFORE.all);
    expect(all.params.at(-2)).toBe('"kenscoff"');
    expect(unquoted(incidentFilterSql({ startsBefore: '2025-02-01', from: '2025-01-01' }).sql)).toBe(
      BEFORE.before,
    );
    const claims = { affiliation: 'mss', kind: 'killed', confirmed: true };
    expect(unquoted(reconciledCtes(incidentFilterSql({}), claims).sql)).toBe(BEFORE.ctes);
  });

  it('render for PostgreSQL without SQLite-only constructs, search as LIKE on the folded text', () => {
    const all = incidentFilterSql(ALL, 'postgres');
    expect(all.sql).not.toMatch(/\+i\.|INDEXED BY|IncidentSearch|MATCH|instr|json_each/);
    expect(all.sql).toContain(`i."searchText" LIKE ? ESCAPE '\\' AND i."searchText" LIKE ? ESCAPE '\\'`);
    expect(all.params.slice(-2)).toEqual(['%kenscoff%', '%ab%']);
    expect(all.params).toHaveLength(incidentFilterSql(ALL).params.length);
    const ctes = reconciledCtes(incidentFilterSql({}, 'postgres'), {}, 'postgres').sql;
    expect(ctes).toContain('FROM "IncidentCasualty" ic JOIN "Incident" i');
  });
});

describe('values PostgreSQL returns, as SQLite returned them', () => {
  it('converts BigInt, booleans, numerics and JSON; leaves timestamps as Dates and the rest', () => {
    expect(fromPostgres(12n)).toBe(12);
    expect(fromPostgres(true)).toBe(1);
    expect(fromPostgres(false)).toBe(0);
    const day = new Date('2025-02-14T00:00:00Z');
    expect(fromPostgres(day)).toBe(day);
    expect(fromPostgres({ d: [1, 5000000], e: 0, s: 1, toNumber: () => 1.5 })).toBe(1.5);
    expect(fromPostgres([[1, 'killed']])).toBe('[[1,"killed"]]');
    expect(fromPostgres('2025-02')).toBe('2025-02');
    expect(fromPostgres(null)).toBeNull();
    expect(fromPostgres(3.25)).toBe(3.25);
  });
});
