import { z } from 'zod';
import { authorizeRoute } from '@/lib/auth/route-access';
import { db } from '@/lib/db';
import { filtersFromRequest } from '@/lib/export/respond';
import { apiError } from '@/lib/http/api-error';
import { cachedStats } from '@/lib/stats/cached';

export const dynamic = 'force-dynamic';

const confirmedSchema = z.enum(['0', '1']).optional();

/** The chart series, as the charts get them: /api/stats/<series>?<filters>[&confirmed=1]. */
const SERIES = {
  'casualties-by-month': (filters, confirmedOnly) =>
    cachedStats.casualtiesByMonth(db(), filters, { confirmedOnly }),
  'casualties-by-side': (filters, confirmedOnly) =>
    cachedStats.casualtiesBySide(db(), filters, { confirmedOnly }),
  'casualties-by-department': (filters, confirmedOnly) =>
    cachedStats.casualtiesByDepartment(db(), filters, { confirmedOnly }),
  'casualty-totals': (filters) => cachedStats.casualtyTotals(db(), filters),
  deployments: () => cachedStats.deployments(db()),
} satisfies Record<
  string,
  (filters: Parameters<typeof cachedStats.casualtiesByMonth>[1], confirmedOnly: boolean) => Promise<unknown>
>;

export async function GET(
  request: Request,
  { params }: RouteContext<'/api/stats/[series]'>,
): Promise<Response> {
  const access = await authorizeRoute(request, 'reader');
  if (!access.ok) return access.response;
  const { series } = await params;
  if (!Object.hasOwn(SERIES, series)) {
    return apiError(404, 'not_found', `No series "${series}". Known: ${Object.keys(SERIES).join(', ')}.`);
  }
  const parsed = filtersFromRequest(request);
  if ('response' in parsed) return parsed.response;
  const confirmed = confirmedSchema.safeParse(
    new URL(request.url).searchParams.get('confirmed') ?? undefined,
  );
  if (!confirmed.success) return apiError(400, 'bad_request', 'confirmed must be 0 or 1.');
  const data = await SERIES[series as keyof typeof SERIES](parsed.filters, confirmed.data === '1');
  return Response.json({ series, filters: parsed.filters, data });
}
