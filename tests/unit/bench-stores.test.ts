/**
 * `npm run bench`'s command line (sizes, stores, a PostgreSQL URL) and its tables: one store's,
 * which says which store served and why PostgreSQL has no raw floor, and SQLite and PostgreSQL
 * side by side.
 */
import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchOptions } from '@/lib/bench/options';
import { type BenchRow, renderSizes, renderStores, renderTable, type SizeResult } from '@/lib/bench/report';

describe('bench options', () => {
  it('default to 100,000 incidents on SQLite, 10 s per endpoint, port 3400, as before', () => {
    expect(parseBenchOptions([])).toEqual({
      sizes: [100_000],
      duration: 10,
      port: 3400,
      stores: ['sqlite'],
      postgresUrl: null,
      reuse: false,
      skipTools: false,
    });
  });

  it("take a store or both, a PostgreSQL URL, --reuse and --skip-tools (after npm's --)", () => {
    const url = 'postgresql://bench@127.0.0.1:5432/http';
    expect(
      parseBenchOptions([
        '--',
        '--n',
        '1000',
        '--store',
        'postgres',
        '--postgres-url',
        url,
        '--duration',
        '2',
        '--port',
        '3410',
        '--reuse',
        '--skip-tools',
      ]),
    ).toEqual({
      sizes: [1000],
      duration: 2,
      port: 3410,
      stores: ['postgres'],
      postgresUrl: url,
      reuse: true,
      skipTools: true,
    });
    expect(parseBenchOptions(['--store', 'both']).stores).toEqual(['sqlite', 'postgres']);
    expect(parseBenchOptions(['--store', 'sqlite']).stores).toEqual(['sqlite']);
  });

  it('run several sizes 3 s per endpoint unless told', () => {
    expect(parseBenchOptions(['--sizes', '1000,5000']).sizes).toEqual([1000, 5000]);
    expect(parseBenchOptions(['--sizes', '1000,5000']).duration).toBe(3);
    expect(parseBenchOptions(['--sizes', '1000,5000', '--duration', '5']).duration).toBe(5);
  });

  it.each([
    [['--n', '0'], '--n must be a positive whole number'],
    [['--port'], '--port needs a value'],
    [['--sizes', '1000,x'], '--sizes must be a comma-separated list'],
    [['--n', '1000', '--sizes', '1000'], 'give --n or --sizes, not both'],
    [['--store', 'mysql'], '--store must be sqlite, postgres or both'],
    [['--store', 'postgres', '--postgres-url', 'file:bench.db'], 'not a PostgreSQL URL'],
    [['--postgres-url', 'postgresql://x@h/db'], '--postgres-url needs --store postgres or both'],
    [['--store', 'both', '--postgres-url', 'postgresql://x@h/db', '--sizes', '1,2'], 'takes one size'],
    [['--runs', '3'], 'unknown option --runs'],
  ])('refuse %j with the reason and the usage', (argv, reason) => {
    expect(() => parseBenchOptions(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchOptions(argv)).toThrow(reason);
    expect(() => parseBenchOptions(argv)).toThrow('usage: npm run bench');
  });
});

const row = (name: string, p50: number, p95: number, extra: Partial<BenchRow> = {}): BenchRow => ({
  name,
  p50,
  p95,
  p99: p95,
  rps: 10,
  rawMs: null,
  budgetMs: 150,
  ...extra,
});

const sqlite: SizeResult = {
  incidents: 100_000,
  store: 'sqlite',
  rows: [
    row('/ (overview)', 20, 31.5, { bytes: { raw: 90_000, wire: 20_480 } }),
    row('/incidents (timeline, first page)', 40, 60, { bytes: { raw: 180_000, wire: 23_600 } }),
    row('server memory after the mixed run (largest process, MiB RSS)', 250, 250, {
      budgetMs: 300,
      unit: 'MiB',
    }),
  ],
};
const postgres: SizeResult = {
  incidents: 100_000,
  store: 'postgres',
  rows: [
    row('/ (overview)', 60, 94.5, { bytes: { raw: 90_000, wire: 20_480 } }),
    row('/incidents (timeline, first page)', 120, 600, { bytes: { raw: 180_000, wire: 21_600 } }),
    row('server memory after the mixed run (largest process, MiB RSS)', 200, 200, {
      budgetMs: 300,
      unit: 'MiB',
    }),
  ],
};

describe('bench tables', () => {
  it('put SQLite and PostgreSQL side by side: p50, p95, their ratio and the KB sent', () => {
    const lines = renderStores(sqlite, postgres).trim().split('\n');
    expect(lines[0]).toBe(
      '| endpoint | budget | SQLite p50 | SQLite p95 | PostgreSQL p50 | PostgreSQL p95 | PostgreSQL/SQLite p95 | KB sent (SQLite / PostgreSQL) |',
    );
    expect(lines).toContain(
      '| / (overview) | p95 ≤ 150 ms, ≤ 100 KB sent | 20.0 | 31.5 | 60.0 | 94.5 | 3.0× | 20 |',
    );
    expect(lines).toContain(
      '| /incidents (timeline, first page) | p95 ≤ 150 ms, ≤ 100 KB sent | 40.0 | 60.0 | 120 | 600 ✘ | 10× | 23 / 21 |',
    );
    expect(lines).toContain(
      '| server memory after the mixed run (largest process, MiB RSS) | ≤ 300 MiB | 250 | 250 | 200 | 200 | 0.8× | — |',
    );
    expect(lines.at(-1)).toBe('Missed: PostgreSQL: /incidents (timeline, first page) (p95 over 150 ms).');
  });

  it('label each column with its store when sizes on both stores are side by side', () => {
    const table = renderSizes([sqlite, postgres]);
    expect(table).toContain('| endpoint | budget | 100,000 SQLite | 100,000 PostgreSQL |');
    expect(table).toContain('Missed: 100,000 PostgreSQL: /incidents (timeline, first page)');
    expect(renderSizes([sqlite])).toContain('| endpoint | budget | 100,000 |');
  });

  it('say which store served, and that PostgreSQL has no raw floor', () => {
    const context = { incidents: 1000, duration: 1, extra: [], load: '1.00 → 1.50' };
    const onPostgres = renderTable(postgres.rows, {
      ...context,
      store: { name: 'postgres', label: 'PostgreSQL 15.18 (throwaway server, fsync off)' },
    });
    expect(onPostgres).toContain('Store: 1,000 incidents in PostgreSQL 15.18 (throwaway server, fsync off).');
    expect(onPostgres).toContain('answered from the page cache while the store stands still');
    expect(onPostgres).toContain('exists for SQLite only');
    const onSqlite = renderTable(sqlite.rows, {
      ...context,
      store: { name: 'sqlite', label: 'SQLite (x.db)' },
    });
    expect(onSqlite).toContain('Store: 1,000 incidents in SQLite (x.db).');
    expect(onSqlite).toContain('answered from the page cache while the store stands still');
    expect(onSqlite).toContain('app/raw = app p50 / raw');
  });
});
