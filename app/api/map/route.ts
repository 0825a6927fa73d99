import { authorizeRoute } from '@/lib/auth/route-access';
import { apiError, validationError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';
import { searchParamsRecord } from '@/lib/incidents/filters';
import { mapData } from '@/lib/map/queries';
import { parseMapParams } from '@/lib/map/schema';

export const dynamic = 'force-dynamic';

/**
 * GET /api/map?<filters>&bbox=west,south,east,north&zoom=0..19 — the incidents (or clusters)
 * in a view. Our pages read the store directly, except here: the Leaflet map is a client
 * component and needs new data each time the user pans or zooms, so it calls this.
 */
export const GET = apiRoute(
  { route: '/api/map', access: 'reader' },
  async (request: Request): Promise<Response> => {
    const access = await authorizeRoute(request, 'reader');
    if (!access.ok) return access.response;
    const parsed = parseMapParams(searchParamsRecord(new URL(request.url).searchParams));
    if (!parsed.success) return validationError(parsed.error, 'Some map parameters are not valid.');
    try {
      const data = await mapData(parsed.filters, parsed.view);
      return Response.json(data, { headers: { 'cache-control': 'no-store' } });
    } catch (error) {
      console.error('GET /api/map failed', error);
      return apiError(500, 'internal', 'The map data could not be read.');
    }
  },
);

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/map', ['GET']);
