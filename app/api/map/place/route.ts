import { authorizeRoute } from '@/lib/auth/route-access';
import { db } from '@/lib/db';
import { apiError, validationError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';
import { searchParamsRecord } from '@/lib/incidents/filters';
import { listPlaceIncidents } from '@/lib/map/place-incidents';
import { parsePlaceIncidentsParams } from '@/lib/map/schema';

export const dynamic = 'force-dynamic';

/**
 * GET /api/map/place?key=<placeKey>&<filters>&cursor= — the incidents behind one place marker of
 * the map, 20 a page, newest first: `{ place, total, incidents, nextCursor }`. The map's answers
 * carry a place's count and sums, not its incidents (lib/map/budget.ts); opening the marker asks
 * for them here, a page at a time. Same access as /api/map. Errors (500, a busy store) are the
 * wrapper's.
 */
export const GET = apiRoute(
  { route: '/api/map/place', access: 'reader' },
  async (request: Request): Promise<Response> => {
    const access = await authorizeRoute(request, 'reader');
    if (!access.ok) return access.response;
    const parsed = parsePlaceIncidentsParams(searchParamsRecord(new URL(request.url).searchParams));
    if (!parsed.success)
      return validationError(parsed.error, 'Some parameters of the place list are not valid.');
    const page = await listPlaceIncidents(db(), parsed);
    if (!page) return apiError(404, 'not_found', `There is no place with the key "${parsed.key}".`);
    return Response.json(page);
  },
);

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/map/place', ['GET']);
