/**
 * What the server front answers itself, on real sockets through Node's own HTTP parser (issue 14,
 * defect 5): a method Next cannot route (TRACE answered an empty 500), headers over Node's limit
 * (an empty 431) and a request that is not HTTP (an empty 400) — each in the API's error shape.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerClientError, refuseUnknownMethod } from '@/lib/http/front-guard';

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (refuseUnknownMethod(req, res)) return;
    res.end('reached the app');
  });
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

function send(method: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string | undefined; allow: string | undefined; body: string }>(
    (resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path: '/api/incidents', headers }, (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: res.headers['content-type'],
            allow: res.headers.allow,
            body,
          }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

/** Raw bytes on a socket, for what an HTTP client library would refuse to send. */
function raw(bytes: string) {
  return new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let out = '';
    socket.on('data', (c) => {
      out += c;
    });
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('the server front', () => {
  it('answers TRACE and other methods Next cannot route with a JSON 405 naming what is allowed', async () => {
    for (const method of ['TRACE', 'PROPFIND']) {
      const r = await send(method);
      expect(r.status).toBe(405);
      expect(r.type).toBe('application/json');
      expect(r.allow).toContain('GET');
      expect(JSON.parse(r.body).error.code).toBe('method_not_allowed');
    }
    expect((await send('GET')).body).toBe('reached the app');
  });

  it('answers headers over the size limit with a JSON 431', async () => {
    const answer = await raw(
      `GET /api/incidents HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('"code":"headers_too_large"');
  });

  it('answers a request that is not HTTP with a JSON 400', async () => {
    const answer = await raw('this is not http\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":"bad_request"');
  });
});
