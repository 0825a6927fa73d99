/**
 * What the node:http front of `npm start` (lib/cli/next-server.ts) answers itself, because Next
 * never sees these requests or fails on them with an empty 500: a method Next cannot route
 * (TRACE, CONNECT, PROPFIND…), and a request Node's parser refuses (headers over its size limit →
 * 431, anything else malformed → 400). Each answer uses the API's one error shape,
 * `{error:{code,message}}`, with no cache.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ROUTE_METHODS } from './methods';

const KNOWN = new Set<string>(ROUTE_METHODS);

function body(code: string, message: string): string {
  return JSON.stringify({ error: { code, message } });
}

/** Answers a request whose method Next cannot route; returns whether it did. */
export function refuseUnknownMethod(request: IncomingMessage, response: ServerResponse): boolean {
  const method = request.method ?? '';
  if (KNOWN.has(method)) return false;
  const text = body('method_not_allowed', `${method || 'This method'} is not allowed here.`);
  response.writeHead(405, {
    allow: ROUTE_METHODS.join(', '),
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
  return true;
}

/** Node's "clientError": the request could not be parsed; answer it in the same shape and close. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const overflow = error.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, code, message] = overflow
    ? [431, 'Request Header Fields Too Large', 'headers_too_large', 'The request headers are too large.']
    : [400, 'Bad Request', 'bad_request', 'The request could not be read.'];
  const text = body(code, message);
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncache-control: no-store\r\n` +
      `content-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}
