import { authorizeRoute } from '@/lib/auth/route-access';
import { filtersFromRequest } from '@/lib/export/respond';
import { validationError } from '@/lib/http/api-error';
import { pageSchema, searchParamsRecord } from '@/lib/incidents/filters';
import { countIncidents, listIncidents } from '@/lib/incidents/queries';

export const dynamic = 'force-dynamic';

/** GET /api/incidents?<filters>&cursor=&limit= — read-only, paginated by keyset. */
export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, 'reader');
  if (!access.ok) return access.response;
  const parsed = filtersFromRequest(request);
  if ('response' in parsed) return parsed.response;
  const page = pageSchema.safeParse(searchParamsRecord(new URL(request.url).searchParams));
  if (!page.success) return validationError(page.error);
  const [{ items, nextCursor }, total] = await Promise.all([
    listIncidents(parsed.filters, page.data),
    countIncidents(parsed.filters),
  ]);
  return Response.json({ items, nextCursor, total, filters: parsed.filters });
}
