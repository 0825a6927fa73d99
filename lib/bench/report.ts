/** The figures as a markdown table, each row checked against the issue's budgets. */
import os from 'node:os';
import { STORE_LABEL, type StoreName } from './reads-report';

export interface BenchRow {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  rawMs: number | null;
  /** p95 budget in ms; null when the issue sets none. */
  budgetMs: number | null;
  /** app/raw ratio budget (list queries only). */
  ratioBudget?: number;
  /** Further conditions, already checked: a failure message, or a note. */
  problems?: string[];
  note?: string;
  /** The answer's size unpacked and as sent (compressed when accepted). */
  bytes?: { raw: number; wire: number };
  /** What p50/p95/p99 and the budget count: milliseconds unless said (server memory: MiB). */
  unit?: 'MiB';
  /** p95 of the same request answered from the page cache (anonymous repeats), ms. */
  cachedP95?: number;
  /** Map answers: points + clusters. */
  features?: number;
}

const ms = (v: number) => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '—');

export const kb = (bytes: number) => (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0);

function sizes(row: BenchRow): string {
  if (!row.bytes) return '—';
  const features = row.features === undefined ? '' : ` (${row.features} features)`;
  return `${kb(row.bytes.wire)} / ${kb(row.bytes.raw)}${features}`;
}

export function ratio(row: BenchRow): number | null {
  return row.rawMs && row.rawMs > 0 ? row.p50 / row.rawMs : null;
}

export function verdict(row: BenchRow): { pass: boolean | null; why: string[] } {
  const why = [...(row.problems ?? [])];
  if (row.budgetMs !== null && !(row.p95 <= row.budgetMs))
    why.push(row.unit ? `over ${row.budgetMs} ${row.unit}` : `p95 over ${row.budgetMs} ms`);
  const r = ratio(row);
  if (row.ratioBudget && r !== null && r > row.ratioBudget) why.push(`app/raw over ${row.ratioBudget}`);
  const checked = row.budgetMs !== null || row.ratioBudget !== undefined || (row.problems ?? []).length > 0;
  return { pass: checked ? why.length === 0 : null, why };
}

export function machine(): string {
  const cpu = os.cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores (shared), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

export interface TableContext {
  incidents: number;
  duration: number;
  extra: string[];
  load: string;
  /** The store served from (SQLite when not said) and how it was made ("PostgreSQL 15.18 (…)"). */
  store?: { name: StoreName; label: string };
}

export function renderTable(rows: readonly BenchRow[], context: TableContext): string {
  const workers = Number(process.env.WEB_CONCURRENCY || os.cpus().length);
  const postgres = context.store?.name === 'postgres';
  const cached = 'answered from the page cache while the store stands still';
  const raw = postgres
    ? 'raw = the raw floor, which runs the reads directly with better-sqlite3, exists for SQLite only (— here; `npm run bench:reads` times the same reads on both stores without HTTP)'
    : 'raw = the same reads run directly with better-sqlite3 (median); app/raw = app p50 / raw';
  const store = context.store ? ` in ${context.store.label}` : '';
  const lines = [
    `Store: ${context.incidents.toLocaleString('en')} incidents${store}. Machine: ${machine()}.`,
    `Server: ${workers} process${workers === 1 ? '' : 'es'} (WEB_CONCURRENCY). Load average (1 min) at start → end of the HTTP runs: ${context.load}.`,
    `One client, ${context.duration} s per endpoint unless noted; latencies in ms, each request rendered (it carries a cookie, so the page cache does not answer it); cached p95 = the same request from a visitor who is not signed in, repeated (${cached}); ${raw}.`,
    '',
    '| endpoint | p50 | p95 | p99 | req/s | cached p95 | KB sent / unpacked | raw SQL ms | app/raw | budget (p95) | result |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  for (const row of rows) {
    const r = ratio(row);
    const v = verdict(row);
    const budget = [
      row.budgetMs !== null ? `≤ ${row.budgetMs} ${row.unit ?? 'ms'}` : '',
      row.ratioBudget ? `ratio ≤ ${row.ratioBudget}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    const result = v.pass === null ? 'info' : v.pass ? 'pass' : `**FAIL** (${v.why.join('; ')})`;
    const name = row.note ? `${row.name} (${row.note})` : row.name;
    lines.push(
      `| ${name} | ${ms(row.p50)} | ${ms(row.p95)} | ${ms(row.p99)} | ${row.rps.toFixed(1)} | ${row.cachedP95 === undefined ? '—' : ms(row.cachedP95)} | ${sizes(row)} | ${row.rawMs === null ? '—' : ms(row.rawMs)} | ${r === null ? '—' : r.toFixed(1)} | ${budget || '—'} | ${result} |`,
    );
  }
  lines.push('', ...context.extra);
  return `${lines.join('\n')}\n`;
}

/** One size's outcome on one store, for the tables side by side. */
export interface SizeResult {
  incidents: number;
  /** SQLite when not said. */
  store?: StoreName;
  rows: BenchRow[];
}

const sizeLabel = (r: SizeResult, stores: boolean) =>
  `${r.incidents.toLocaleString('en')}${stores ? ` ${STORE_LABEL[r.store ?? 'sqlite']}` : ''}`;

const cell = (row: BenchRow | undefined): string => {
  if (!row) return '—';
  const v = verdict(row);
  const size = row.bytes ? ` · ${kb(row.bytes.wire)} KB` : '';
  return `${ms(row.p95)}${size}${v.pass === false ? ' ✘' : ''}`;
};

function budgetText(row: BenchRow): string {
  const parts = [
    row.budgetMs === null ? '' : row.unit ? `≤ ${row.budgetMs} ${row.unit}` : `p95 ≤ ${row.budgetMs} ms`,
  ];
  if (row.bytes) parts.push(row.name.startsWith('/api/map') ? '≤ 500 features, ≤ 100 KB' : '≤ 100 KB sent');
  return parts.filter(Boolean).join(', ') || '—';
}

/**
 * Every size side by side: p95 (ms) and the bytes sent, per endpoint; ✘ marks a budget missed
 * (the per-size tables say which). Rows are matched by name.
 */
export function renderSizes(results: readonly SizeResult[]): string {
  const names = rowNames(results);
  const stores = new Set(results.map((r) => r.store ?? 'sqlite')).size > 1;
  const lines = [
    `| endpoint | budget | ${results.map((r) => sizeLabel(r, stores)).join(' | ')} |`,
    `| --- | --- | ${results.map(() => '---:').join(' | ')} |`,
  ];
  for (const name of names) {
    const cells = results.map((r) => r.rows.find((row) => row.name === name));
    const budgets = new Set(cells.filter(Boolean).map((row) => budgetText(row as BenchRow)));
    lines.push(`| ${name} | ${[...budgets].join(' / ')} | ${cells.map(cell).join(' | ')} |`);
  }
  const failed = results.flatMap((r) =>
    r.rows
      .filter((row) => verdict(row).pass === false)
      .map((row) => `${sizeLabel(r, stores)}: ${row.name} (${verdict(row).why.join('; ')})`),
  );
  lines.push('', failed.length ? `Missed: ${failed.join(' · ')}.` : 'Every budget met at every size.');
  return `${lines.join('\n')}\n`;
}

/** Every row name, in the order first met. */
function rowNames(results: readonly SizeResult[]): string[] {
  const names: string[] = [];
  for (const r of results) for (const row of r.rows) if (!names.includes(row.name)) names.push(row.name);
  return names;
}

const times = (x: number) => `${x >= 10 ? x.toFixed(0) : x.toFixed(1)}×`;

/**
 * One size on SQLite and on PostgreSQL side by side: p50 and p95 (ms; MiB for memory) of each,
 * PostgreSQL's p95 over SQLite's, and the KB sent (once when equal, else SQLite's / PostgreSQL's).
 * ✘ marks a budget missed; the per-store tables say which. Rows are matched by name.
 */
export function renderStores(sqlite: SizeResult, postgres: SizeResult): string {
  const names = rowNames([sqlite, postgres]);
  const lines = [
    '| endpoint | budget | SQLite p50 | SQLite p95 | PostgreSQL p50 | PostgreSQL p95 | PostgreSQL/SQLite p95 | KB sent (SQLite / PostgreSQL) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const mark = (row: BenchRow | undefined) => (row && verdict(row).pass === false ? ' ✘' : '');
  for (const name of names) {
    const s = sqlite.rows.find((row) => row.name === name);
    const p = postgres.rows.find((row) => row.name === name);
    const budgets = new Set([s, p].filter(Boolean).map((row) => budgetText(row as BenchRow)));
    const ratio = s && p && s.p95 > 0 && Number.isFinite(p.p95) ? times(p.p95 / s.p95) : '—';
    // The same page can differ in size between stores (a value spelled otherwise): both, then.
    const sizes = [s, p].map((row) => (row?.bytes ? kb(row.bytes.wire) : '—'));
    const sent = sizes[0] === sizes[1] ? (sizes[0] as string) : sizes.join(' / ');
    lines.push(
      `| ${name} | ${[...budgets].join(' / ')} | ${s ? ms(s.p50) : '—'} | ${s ? ms(s.p95) : '—'}${mark(s)} | ${p ? ms(p.p50) : '—'} | ${p ? ms(p.p95) : '—'}${mark(p)} | ${ratio} | ${sent} |`,
    );
  }
  const failed = [sqlite, postgres].flatMap((r) =>
    r.rows
      .filter((row) => verdict(row).pass === false)
      .map((row) => `${STORE_LABEL[r.store ?? 'sqlite']}: ${row.name} (${verdict(row).why.join('; ')})`),
  );
  lines.push('', failed.length ? `Missed: ${failed.join(' · ')}.` : 'Every budget met on both stores.');
  return `${lines.join('\n')}\n`;
}
