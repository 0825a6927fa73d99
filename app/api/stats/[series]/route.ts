import { cachedStats } from '@/lib/aggregates/cached-stats';
import { authorizeRoute } from '@/lib/auth/route-access';
import { db } from '@/lib/db';
import { filtersFromRequest } from '@/lib/export/respond';
import { apiError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';
import type { IncidentFilters } from '@/lib/incidents/filters';

export const dynamic = 'force-dynamic';

/**
 * The chart series, as the charts get them: /api/stats/<series>?<filters>[&confirmed=1].
 * "confirmed" is one of the shared filters: every series, totals included, honours it.
 */
const SERIES = {
  'casualties-by-month': (filters) => cachedStats.casualtiesByMonth(db(), filters),
  'casualties-by-side': (filters) => cachedStats.casualtiesBySide(db(), filters),
  'casualties-by-department': (filters) => cachedStats.casualtiesByDepartment(db(), filters),
  'casualty-totals': (filters) => cachedStats.casualtyTotals(db(), filters),
  deployments: () => cachedStats.deployments(db()),
} satisfies Record<string, (filters: IncidentFilters) => Promise<unknown>>;

export const GET = apiRoute(
  { route: '/api/stats/[series]', access: 'reader' },
  async (request: Request, { params }: RouteContext<'/api/stats/[series]'>): Promise<Response> => {
    const access = await authorizeRoute(request, 'reader');
    if (!access.ok) return access.response;
    const { series } = await params;
    if (!Object.hasOwn(SERIES, series)) {
      return apiError(404, 'not_found', `No series "${series}". Known: ${Object.keys(SERIES).join(', ')}.`);
    }
    const parsed = filtersFromRequest(request);
    if ('response' in parsed) return parsed.response;
    const data = await SERIES[series as keyof typeof SERIES](parsed.filters);
    return Response.json({ series, filters: parsed.filters, data });
  },
);

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/stats/[series]', ['GET']);
