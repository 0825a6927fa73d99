import { authorizeRoute } from '@/lib/auth/route-access';
import { exportIncidents } from '@/lib/export/batches';
import { exportFileName } from '@/lib/export/file-name';
import { geoJsonFeature } from '@/lib/export/geojson';
import { filtersFromRequest, requestOrigin, streamDownload } from '@/lib/export/respond';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';

export const dynamic = 'force-dynamic';

/** GET /api/export/incidents.geojson?<filters> — a FeatureCollection, streamed. */
export const GET = apiRoute(
  { route: '/api/export/incidents.geojson', access: 'reader' },
  async (request: Request): Promise<Response> => {
    const access = await authorizeRoute(request, 'reader');
    if (!access.ok) return access.response;
    const parsed = filtersFromRequest(request);
    if ('response' in parsed) return parsed.response;
    const { filters } = parsed;
    const context = { baseUrl: requestOrigin(request) };
    async function* chunks() {
      yield '{"type":"FeatureCollection","features":[';
      let first = true;
      for await (const batch of exportIncidents(filters)) {
        for (const incident of batch) {
          yield (first ? '' : ',') + geoJsonFeature(incident, context);
          first = false;
        }
      }
      yield ']}';
    }
    const day = new Date().toISOString().slice(0, 10);
    return streamDownload(
      chunks(),
      'application/geo+json; charset=utf-8',
      exportFileName(filters, 'geojson', day),
    );
  },
);

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/export/incidents.geojson', ['GET']);
