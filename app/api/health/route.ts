import { settings } from '@/lib/env';
import { apiRoute } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';
import { checkStoreHealth } from '@/lib/store/health';

export const dynamic = 'force-dynamic';

const health = apiRoute({ route: '/api/health', access: 'reader' }, async (): Promise<Response> => {
  // No session asked for: load balancers call it, and it tells nothing a reader could use.
  const { message, ...report } = await checkStoreHealth(settings().DATABASE_URL);
  if (report.status === 'ok') return Response.json(report);
  return Response.json(
    { ...report, error: { code: 'service_unavailable', message } },
    { status: 503, headers: { 'retry-after': '5' } },
  );
});

/**
 * GET /api/health (HEAD alike) — 200 `{ status: "ok", store: "reachable", migrations: "current" }`
 * when the store answers and has applied exactly this code's migrations; else 503 with
 * `status: "unavailable"`, which check failed, and (in the API's error shape) what to do.
 * Never kept by any cache: a balancer must see the state of now. (`private` as well, because every
 * API answer that is not a public read says so: tests/integration/api-errors.test.ts.)
 */
export async function GET(request: Request): Promise<Response> {
  const response = await health(request);
  response.headers.set('cache-control', 'private, no-store');
  return response;
}

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods('/api/health', ['GET']);
