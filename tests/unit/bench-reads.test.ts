/** `npm run bench:reads`' pure half: its options, the quantiles and the side-by-side table. */
import { describe, expect, it } from 'vitest';
import {
  parseReadsOptions,
  quantile,
  type ReadResult,
  ReadsUsageError,
  renderReadsTable,
  summarise,
} from '@/lib/bench/reads-report';

describe('bench:reads options', () => {
  it('default to 100,000 incidents, both stores, a throwaway server and 20 runs', () => {
    expect(parseReadsOptions([])).toEqual({
      n: 100_000,
      stores: ['sqlite', 'postgres'],
      postgresUrl: null,
      runs: 20,
      reuse: false,
    });
  });

  it("take the size, one store or both, a PostgreSQL URL, the runs and --reuse (after npm's --)", () => {
    const url = 'postgresql://bench@127.0.0.1:5432/reads';
    expect(
      parseReadsOptions([
        '--',
        '--n',
        '20000',
        '--store',
        'postgres',
        '--postgres-url',
        url,
        '--runs',
        '5',
        '--reuse',
      ]),
    ).toEqual({ n: 20_000, stores: ['postgres'], postgresUrl: url, runs: 5, reuse: true });
    expect(parseReadsOptions(['--store', 'sqlite']).stores).toEqual(['sqlite']);
    expect(parseReadsOptions(['--store', 'both']).stores).toEqual(['sqlite', 'postgres']);
  });

  it.each([
    [['--n', '0'], '--n must be a positive whole number'],
    [['--n', '1.5'], '--n must be a positive whole number'],
    [['--runs'], '--runs needs a value'],
    [['--n', '--reuse'], '--n needs a value'],
    [['--store', 'mysql'], '--store must be sqlite, postgres or both'],
    [['--postgres-url', 'file:bench.db'], 'not a PostgreSQL URL'],
    [['--sizes', '1,2'], 'unknown option --sizes'],
  ])('refuse %j with the reason and the usage', (argv, reason) => {
    expect(() => parseReadsOptions(argv)).toThrow(ReadsUsageError);
    expect(() => parseReadsOptions(argv)).toThrow(reason);
    expect(() => parseReadsOptions(argv)).toThrow('usage: npm run bench:reads');
  });
});

describe('bench:reads figures', () => {
  it('take quantiles by nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1, unsorted on purpose
    expect(quantile(samples, 0.5)).toBe(10);
    expect(quantile(samples, 0.95)).toBe(19);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(summarise(30, [1, 2, 3])).toEqual({ coldMs: 30, p50: 2, p95: 3 });
  });

  it('render one row per read with both stores side by side and their ratio', () => {
    const results: ReadResult[] = [
      {
        name: 'timeline: first page (50)',
        size: '50 rows',
        timings: {
          sqlite: { coldMs: 4.2, p50: 1.5, p95: 1.62 },
          postgres: { coldMs: 186, p50: 105, p95: 172 },
        },
      },
      { name: 'week span', size: 'none', timings: { sqlite: { coldMs: 1, p50: 0.3, p95: 0.4 } } },
    ];
    const table = renderReadsTable({ n: 100_000, runs: 20, notes: ['Machine: 2 cores.'] }, results);
    const lines = table.trim().split('\n');
    expect(lines[0]).toContain('100,000 incidents');
    expect(lines[0]).toContain('p50/p95 of 20 runs');
    expect(lines).toContain('- Machine: 2 cores.');
    expect(lines).toContain(
      '| read | answer | SQLite cold | SQLite p50 | SQLite p95 | PostgreSQL cold | PostgreSQL p50 | PostgreSQL p95 | PostgreSQL/SQLite p50 |',
    );
    expect(lines).toContain(
      '| timeline: first page (50) | 50 rows | 4.2 | 1.5 | 1.6 | 186 | 105 | 172 | 70× |',
    );
    expect(lines).toContain('| week span | none | 1.0 | 0.3 | 0.4 | — | — | — | — |');
  });
});
