/**
 * The access log on real sockets: one JSON line per request with the fields an operator searches
 * by, the same id in the line and on the response, and nothing secret (query strings, cookies,
 * Authorization, a feed's token in its path).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackRequest } from '@/lib/ops/access-log';
import { createLogger } from '@/lib/ops/log';
import { routeTableFrom } from '@/lib/ops/routes';

const routes = routeTableFrom({
  staticRoutes: [{ page: '/reports', regex: '^/reports(?:/)?$' }],
  dynamicRoutes: [
    { page: '/incidents/[id]', regex: '^/incidents/([^/]+?)(?:/)?$' },
    { page: '/api/searches/[token]/atom', regex: '^/api/searches/([^/]+?)/atom(?:/)?$' },
  ],
});

type Line = Record<string, unknown>;
const lines: Line[] = [];
let waiting: ((line: Line) => void) | undefined;
const log = createLogger({
  level: 'info',
  destination: {
    write(text: string) {
      const line = JSON.parse(text) as Line;
      lines.push(line);
      waiting?.(line);
    },
  },
});
const observed: { labels: Record<string, string>; seconds: number }[] = [];

/** A clock that moves 12.5 ms between a request's start and its end. */
let tick = 0;
const now = () => (tick++ % 2 === 0 ? 1000 : 1012.5);

let server: Server;
let port: number;
let hang: (() => void) | undefined;

beforeAll(async () => {
  server = createServer((request, response) => {
    const tracked = trackRequest(request, response, {
      routes,
      log,
      now,
      observe: (labels, seconds) => observed.push({ labels, seconds }),
    });
    if (request.url?.startsWith('/reports')) {
      // As the page cache answers: a stored page's headers, written at once, the id of the
      // request that rendered it among them.
      tracked.cache = 'hit';
      response.writeHead(200, { 'content-type': 'text/html', 'X-Request-Id': 'the-renderers-id' });
      response.end('<p>cached</p>');
    } else if (request.url === '/incidents/500') {
      response.statusCode = 500;
      response.end('failed');
    } else if (request.url === '/hang') {
      hang?.();
    } else {
      response.end('hello');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

function nextLine(): Promise<Line> {
  return new Promise((resolve) => {
    waiting = (line) => {
      waiting = undefined;
      resolve(line);
    };
  });
}

async function ask(path: string, headers: Record<string, string> = {}) {
  const logged = nextLine();
  const response = await new Promise<{ id: string | string[] | undefined; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ id: res.headers['x-request-id'], body }));
      });
      req.on('error', reject);
      req.end();
    },
  );
  return { ...response, line: await logged };
}

describe('access log', () => {
  it('logs one line with the request id, method, route, path, status, time and bytes', async () => {
    const { id, line } = await ask('/incidents/4213?q=gang', {
      cookie: 'hit_session=secret-session',
      authorization: 'Bearer secret-token',
    });
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: id,
      method: 'GET',
      route: '/incidents/[id]',
      path: '/incidents/4213',
      status: 200,
      durationMs: 12.5,
      bytes: 5,
      pid: process.pid,
    });
    expect(typeof line.hostname).toBe('string');
    expect(new Date(String(line.time)).toISOString()).toBe(line.time);
    expect(line).not.toHaveProperty('cache');
    const text = JSON.stringify(line);
    for (const secret of ['secret-session', 'secret-token', 'q=gang']) expect(text).not.toContain(secret);
    expect(observed.at(-1)).toEqual({
      labels: { method: 'GET', route: '/incidents/[id]', status: '200' },
      seconds: 0.0125,
    });
  });

  it('keeps a valid id the client sent, and replaces an invalid one', async () => {
    const kept = await ask('/incidents/1', { 'x-request-id': 'proxy-42.a_B' });
    expect(kept.id).toBe('proxy-42.a_B');
    expect(kept.line.requestId).toBe('proxy-42.a_B');
    const replaced = await ask('/incidents/1', { 'x-request-id': 'x"y' });
    expect(replaced.id).not.toBe('x"y');
    expect(replaced.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(replaced.line.requestId).toBe(replaced.id);
  });

  it('gives a stored answer this request’s id, and says the cache answered', async () => {
    const { id, line } = await ask('/reports', { 'x-request-id': 'second-reader' });
    expect(id).toBe('second-reader');
    expect(line).toMatchObject({ requestId: 'second-reader', route: '/reports', cache: 'hit', bytes: 13 });
  });

  it('logs a server error at level error', async () => {
    const { line } = await ask('/incidents/500');
    expect(line).toMatchObject({ level: 'error', status: 500, route: '/incidents/[id]' });
  });

  it('logs a feed address by its route, not its token', async () => {
    const { line } = await ask('/api/searches/s3cr3t-feed-token/atom');
    expect(line.route).toBe('/api/searches/[token]/atom');
    expect(JSON.stringify(line)).not.toContain('s3cr3t-feed-token');
  });

  it('logs a request whose client went away before the answer as 499', async () => {
    const logged = nextLine();
    const arrived = new Promise<void>((resolve) => {
      hang = resolve;
    });
    const req = httpRequest({ host: '127.0.0.1', port, path: '/hang' });
    req.on('error', () => {});
    req.end();
    await arrived;
    req.destroy();
    expect(await logged).toMatchObject({ status: 499, aborted: true, path: '/hang', route: 'other' });
  });
});
