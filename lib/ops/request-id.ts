/**
 * Every request's id, for finding its log lines (the access line, an error Next reports) and for
 * matching them with a proxy's or a client's own. A proxy in front (nginx's $request_id) or a
 * client may send one in X-Request-Id; it is kept only when it is a plain token, so that a log
 * line can never be forged or bloated through it. Otherwise the front makes one up.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
const TOKEN = /^[A-Za-z0-9._-]{1,64}$/;

/** The id a request sent, when it is a plain token of at most 64 characters; else a new one. */
export function requestIdFrom(
  sent: string | string[] | undefined,
  generate: () => string = randomUUID,
): string {
  return typeof sent === 'string' && TOKEN.test(sent) ? sent : generate();
}

/**
 * Keeps this request's id on the response even when its headers are written all at once from a
 * stored answer (the page cache replays a page's headers, the id of the request that rendered it
 * among them): writeHead's header object gets this id.
 */
function keepOnResponse(response: ServerResponse, id: string): void {
  response.setHeader('X-Request-Id', id);
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithId(this: ServerResponse, ...args: unknown[]) {
    const headers = args.at(-1);
    if (typeof headers === 'object' && headers !== null && !Array.isArray(headers)) {
      const others = Object.entries(headers).filter(([name]) => name.toLowerCase() !== REQUEST_ID_HEADER);
      args[args.length - 1] = { ...Object.fromEntries(others), [REQUEST_ID_HEADER]: id };
    }
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as ServerResponse['writeHead'];
}

/**
 * Gives the request its id: on the headers Next sees (server code reads it with `headers()`)
 * and on the response. Returns the id.
 */
export function stampRequestId(request: IncomingMessage, response: ServerResponse): string {
  const id = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  request.headers[REQUEST_ID_HEADER] = id;
  keepOnResponse(response, id);
  return id;
}
