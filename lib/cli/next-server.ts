/**
 * One server process of `npm start`: Next's request handler behind a plain node:http server of
 * our own (Next's custom-server API), so that the app learns the client's address from the socket.
 * `next start` cannot tell it: it fills X-Forwarded-For only when a request lacks one, so a client
 * could name any address it liked and walk past the per-address sign-in limits.
 *
 * Every request gets the private headers x-hit-client-address / x-hit-client-proto, computed from
 * the socket and the hops TRUST_PROXY trusts (lib/auth/client-address.ts); any copy the client
 * sent is removed first. Run by lib/cli/serve-next.ts, once or as WEB_CONCURRENCY cluster workers.
 */
import { createServer } from 'node:http';
import next from 'next';
import { stampClientOrigin } from '../auth/client-address';
import { settings } from '../env';
import { answerClientError, refuseUnknownMethod } from '../http/front-guard';

async function main(): Promise<void> {
  const config = settings();
  const port = config.PORT;
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    // TRACE and the like: Next fails on them with an empty 500 before any route runs.
    if (refuseUnknownMethod(request, response)) return;
    stampClientOrigin(request, config.TRUST_PROXY);
    void handle(request, response);
  });
  // Headers over Node's limit, malformed requests: Node answers them with an empty body otherwise.
  server.on('clientError', answerClientError);
  server.listen(port, () => {
    console.log(`Serving http://localhost:${port} (process ${process.pid})`);
  });
}

if (process.env.HIT_NEXT_SERVER === '1') {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
