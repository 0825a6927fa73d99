/** The endpoints measured, their budgets (issue 6, p95 at 100,000 incidents) and their raw floors. */
import type Database from 'better-sqlite3';
import { incidentSql, listSql, statsReads } from './raw-floor';
import type { BenchTargets } from './targets';

export interface Endpoint {
  name: string;
  path: string;
  budgetMs: number;
  ratioBudget?: number;
  maxFeatures?: number;
  /** Whether the endpoint reads incident filters from its query (the new-filters rows). */
  takesFilters?: boolean;
  raw: (sql: Database.Database) => unknown;
}

const PAP = '-72.45,18.45,-72.2,18.64';
const COUNTRY = '-74.6,17.7,-70.6,20.2';
const bbox = (s: string) => s.split(',').map(Number) as [number, number, number, number];

export function endpoints(t: BenchTargets): Endpoint[] {
  const stat = (series: string, raw: Endpoint['raw']): Endpoint => ({
    name: `/api/stats/${series}`,
    path: `/api/stats/${series}`,
    budgetMs: 100,
    takesFilters: series !== 'deployments',
    raw,
  });
  return [
    {
      name: '/incidents (timeline, first page)',
      path: '/incidents',
      budgetMs: 250,
      takesFilters: true,
      ratioBudget: 3,
      raw: (s) => listSql(s, {}, 50),
    },
    {
      name: '/incidents?cursor= (deep page, 90% down)',
      path: `/incidents?cursor=${t.deepCursor}`,
      budgetMs: 250,
      ratioBudget: 3,
      raw: (s) => listSql(s, {}, 50, t.deepCursor),
    },
    {
      name: '/api/incidents?place=ouest&type=gunfire',
      path: '/api/incidents?place=ouest&type=gunfire',
      budgetMs: 50,
      ratioBudget: 3,
      raw: (s) => listSql(s, { place: 'ouest', type: ['gunfire'] }, 50),
    },
    {
      name: '/api/incidents?from=2025-01-01&kind=killed',
      path: '/api/incidents?from=2025-01-01&kind=killed',
      budgetMs: 50,
      takesFilters: true,
      ratioBudget: 3,
      raw: (s) => listSql(s, { from: '2025-01-01', kind: 'killed' }, 50),
    },
    stat('casualties-by-month', statsReads.month),
    stat('casualties-by-side', statsReads.side),
    stat('casualties-by-department', statsReads.department),
    stat('casualty-totals', statsReads.totals),
    stat('deployments', statsReads.deployments),
    {
      name: '/api/map Port-au-Prince (zoom 12)',
      path: `/api/map?bbox=${PAP}&zoom=12`,
      budgetMs: 100,
      maxFeatures: 2000,
      takesFilters: true,
      raw: (s) => statsReads.map(s, { bbox: bbox(PAP), zoom: 12 }),
    },
    {
      name: '/api/map whole country (zoom 8)',
      path: `/api/map?bbox=${COUNTRY}&zoom=8`,
      budgetMs: 100,
      maxFeatures: 2000,
      takesFilters: true,
      raw: (s) => statsReads.map(s, { bbox: bbox(COUNTRY), zoom: 8 }),
    },
    {
      name: `/incidents/${t.incidentId} (incident page)`,
      path: `/incidents/${t.incidentId}`,
      budgetMs: 150,
      raw: (s) => incidentSql(s, t.incidentId),
    },
  ];
}
