import { authorizeRoute } from '@/lib/auth/route-access';
import { exportIncidents } from '@/lib/export/batches';
import { csvHeader, csvRow } from '@/lib/export/csv';
import { filtersFromRequest, streamDownload } from '@/lib/export/respond';

export const dynamic = 'force-dynamic';

/** GET /api/export/incidents.csv?<filters>[&hxl=1] — the filtered incidents, one row each, streamed. */
export async function GET(request: Request): Promise<Response> {
  const access = await authorizeRoute(request, 'reader');
  if (!access.ok) return access.response;
  const parsed = filtersFromRequest(request);
  if ('response' in parsed) return parsed.response;
  const { filters } = parsed;
  const hxl = new URL(request.url).searchParams.get('hxl') === '1';
  async function* lines() {
    yield `\uFEFF${csvHeader(hxl)}`;
    for await (const batch of exportIncidents(filters)) yield batch.map(csvRow).join('');
  }
  const stamp = new Date().toISOString().slice(0, 10);
  return streamDownload(lines(), 'text/csv; charset=utf-8', `haiti-incidents-${stamp}.csv`);
}
