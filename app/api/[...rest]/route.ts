/**
 * Any /api path no other route serves: a 404 in the API's one error shape, whatever the method
 * (without this, Next answers with its HTML "page not found").
 */
import { apiError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';

export const dynamic = 'force-dynamic';

const notFound = apiRoute({ route: '/api/[...rest]', access: 'reader' }, async (request: Request) =>
  apiError(404, 'not_found', `There is no API at ${new URL(request.url).pathname}.`),
);

export {
  notFound as DELETE,
  notFound as GET,
  notFound as OPTIONS,
  notFound as PATCH,
  notFound as POST,
  notFound as PUT,
};
