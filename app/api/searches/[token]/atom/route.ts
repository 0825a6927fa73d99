/**
 * GET /api/searches/<token>/atom — a saved search's Atom feed (lib/saved-searches/feed-response.ts).
 * The token is the credential, not a session: the address itself must be kept as private as a
 * password (it is in the server's and any proxy's access logs too); its owner can replace it.
 */
import { db } from '@/lib/db';
import { failureResponse } from '@/lib/http/api-route';
import { otherMethods } from '@/lib/http/route-methods';
import { listPlaceOptions } from '@/lib/locations/queries';
import { savedSearchFeed } from '@/lib/saved-searches/feed-response';
import { appSql } from '@/lib/store/app-sql';

export const dynamic = 'force-dynamic';

const ROUTE = '/api/searches/[token]/atom';

export async function GET(request: Request, context: { params: Promise<{ token?: string }> }) {
  let response: Response;
  try {
    response = await savedSearchFeed(request, {
      token: (await context.params).token ?? '',
      sql: await appSql(),
      database: db(),
      placeNames: async () => new Map((await listPlaceOptions()).map((p) => [p.key, p.name])),
    });
  } catch (error) {
    response = failureResponse(error, `GET ${ROUTE}`, request);
  }
  // Private: the address is one person's credential, so no shared cache keeps the answer; a
  // reader's own cache may, checking it again each time (ETag).
  response.headers.set('cache-control', response.status < 400 ? 'private, no-cache' : 'private, no-store');
  return response;
}

export const { OPTIONS, POST, PUT, DELETE, PATCH } = otherMethods(ROUTE, ['GET']);
