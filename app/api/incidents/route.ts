import { authorizeRoute } from '@/lib/auth/route-access';
import { filtersFromRequest } from '@/lib/export/respond';
import { validationError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';
import { pageSchema, searchParamsRecord } from '@/lib/incidents/filters';
import { countIncidents, listIncidents } from '@/lib/incidents/queries';

export const dynamic = 'force-dynamic';

/** GET /api/incidents?<filters>&cursor=&limit= — read-only, paginated by keyset. */
export const GET = apiRoute(
  { route: '/api/incidents', access: 'reader' },
  async (request: Request): Promise<Response> => {
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
  },
);

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/incidents', ['GET']);
