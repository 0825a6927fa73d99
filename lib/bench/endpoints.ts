/**
 * The endpoints measured, their budgets and their raw floors: every page (p95 ≤ 150 ms with one
 * client, HTML ≤ 100 KB compressed) and the JSON APIs (issue 6's budgets; the map ≤ 500 features
 * and ≤ 100 KB per answer).
 */
import type Database from 'better-sqlite3';
import { incidentSql, listSql, statsReads } from './raw-floor';
import type { BenchTargets } from './targets';

export interface Endpoint {
  name: string;
  path: string;
  kind: 'page' | 'api';
  /** Extra request headers: the editors' pages carry an editor's session cookie. */
  headers?: Record<string, string>;
  budgetMs: number;
  ratioBudget?: number;
  maxFeatures?: number;
  /** Budget for the answer's size as sent (compressed when the client accepts it), bytes. */
  maxWireBytes?: number;
  /** Budget for the answer's size unpacked, bytes. */
  maxRawBytes?: number;
  /** Whether the endpoint reads incident filters from its query (the new-filters rows). */
  takesFilters?: boolean;
  raw?: (sql: Database.Database) => unknown;
}

const PAGE_MS = 150;
const KB = 1024;

const PAP = '-72.45,18.45,-72.2,18.64';
const COUNTRY = '-74.6,17.7,-70.6,20.2';
/** A street-level view of the capital's centre (Delmas, downtown, Bel-Air). */
const PAP_STREETS = '-72.36,18.52,-72.28,18.57';
const bbox = (s: string) => s.split(',').map(Number) as [number, number, number, number];

/** A page: its latency and compressed-size budgets. */
function page(name: string, path: string, extra: Partial<Endpoint> = {}): Endpoint {
  return { name, path, kind: 'page', budgetMs: PAGE_MS, maxWireBytes: 100 * KB, ...extra };
}

export function endpoints(t: BenchTargets, editorCookie: string, incidents: number): Endpoint[] {
  // Issue 6 set the app/raw ratio at 100,000 incidents, where the store's own work is measurable.
  // On small stores the raw read takes ~1 ms and the ratio would measure rendering alone, which
  // the p95 budget covers.
  const ratioBudget = incidents >= 100_000 ? 3 : undefined;
  const stat = (series: string, raw: Endpoint['raw']): Endpoint => ({
    name: `/api/stats/${series}`,
    path: `/api/stats/${series}`,
    kind: 'api',
    budgetMs: 100,
    takesFilters: series !== 'deployments',
    raw,
  });
  const map = (name: string, box: string, zoom: number): Endpoint => ({
    name: `/api/map ${name} (zoom ${zoom})`,
    path: `/api/map?bbox=${box}&zoom=${zoom}`,
    kind: 'api',
    budgetMs: 100,
    maxFeatures: 500,
    maxRawBytes: 100 * KB,
    takesFilters: true,
    raw: (s) => statsReads.map(s, { bbox: bbox(box), zoom }),
  });
  const editor = { headers: { cookie: editorCookie } };
  return [
    page('/ (overview)', '/'),
    page('/incidents (timeline, first page)', '/incidents', {
      takesFilters: true,
      ratioBudget,
      raw: (s) => listSql(s, {}, 50),
    }),
    page('/incidents?cursor= (deep page, 90% down)', `/incidents?cursor=${t.deepCursor}`, {
      ratioBudget,
      raw: (s) => listSql(s, {}, 50, t.deepCursor),
    }),
    page('/incidents/[id] (incident page)', `/incidents/${t.incidentId}`, {
      raw: (s) => incidentSql(s, t.incidentId),
    }),
    page('/map', '/map', { takesFilters: true }),
    page('/casualties', '/casualties', { takesFilters: true }),
    page('/deployments', '/deployments'),
    page('/reports (first page)', '/reports'),
    page('/reports/[id] (report page)', `/reports/${t.reportId}`),
    page('/reports/new (editor)', '/reports/new', editor),
    page('/incidents/new (editor)', '/incidents/new', editor),
    page('/incidents/[id]/edit (editor)', `/incidents/${t.incidentId}/edit`, editor),
    {
      name: '/api/incidents?place=ouest&type=gunfire',
      kind: 'api',
      path: '/api/incidents?place=ouest&type=gunfire',
      budgetMs: 50,
      ratioBudget,
      raw: (s) => listSql(s, { place: 'ouest', type: ['gunfire'] }, 50),
    },
    {
      name: '/api/incidents?from=2025-01-01&kind=killed',
      kind: 'api',
      path: '/api/incidents?from=2025-01-01&kind=killed',
      budgetMs: 50,
      takesFilters: true,
      ratioBudget,
      raw: (s) => listSql(s, { from: '2025-01-01', kind: 'killed' }, 50),
    },
    stat('casualties-by-month', statsReads.month),
    stat('casualties-by-side', statsReads.side),
    stat('casualties-by-department', statsReads.department),
    stat('casualty-totals', statsReads.totals),
    stat('deployments', statsReads.deployments),
    map('Port-au-Prince', PAP, 12),
    map('Port-au-Prince streets', PAP_STREETS, 15),
    map('whole country', COUNTRY, 8),
  ];
}
