import { authorizeRoute } from '@/lib/auth/route-access';
import { exportIncidents } from '@/lib/export/batches';
import { csvHeader, csvRow } from '@/lib/export/csv';
import { exportFileName } from '@/lib/export/file-name';
import { filtersFromRequest, requestOrigin, streamDownload } from '@/lib/export/respond';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';

export const dynamic = 'force-dynamic';

/** GET /api/export/incidents.csv?<filters>[&hxl=1] — the filtered incidents, one row each, streamed. */
export const GET = apiRoute(
  { route: '/api/export/incidents.csv', access: 'reader' },
  async (request: Request): Promise<Response> => {
    const access = await authorizeRoute(request, 'reader');
    if (!access.ok) return access.response;
    const parsed = filtersFromRequest(request);
    if ('response' in parsed) return parsed.response;
    const { filters } = parsed;
    const url = new URL(request.url);
    const hxl = url.searchParams.get('hxl') === '1';
    const context = { baseUrl: requestOrigin(request) };
    async function* lines() {
      yield `\uFEFF${csvHeader(hxl)}`;
      for await (const batch of exportIncidents(filters)) yield batch.map((i) => csvRow(i, context)).join('');
    }
    const day = new Date().toISOString().slice(0, 10);
    return streamDownload(lines(), 'text/csv; charset=utf-8', exportFileName(filters, 'csv', day));
  },
);

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/export/incidents.csv', ['GET']);
