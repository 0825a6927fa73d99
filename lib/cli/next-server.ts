/**
 * One server process of `npm start`: Next's request handler behind a plain node:http server of
 * our own (Next's custom-server API), so that the app learns the client's address from the socket.
 * `next start` cannot tell it: it fills X-Forwarded-For only when a request lacks one, so a client
 * could name any address it liked and walk past the per-address sign-in limits.
 *
 * Every request gets the private headers x-hit-client-address / x-hit-client-proto, computed from
 * the socket and the hops TRUST_PROXY trusts (lib/auth/client-address.ts); any copy the client
 * sent is removed first. Reading pages asked for again by visitors who are not signed in are
 * answered from the page cache while the store has not changed (lib/http/page-cache.ts).
 * Run by lib/cli/serve-next.ts, once or as WEB_CONCURRENCY cluster workers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import next from 'next';
import { stampClientOrigin } from '../auth/client-address';
import { databaseFile, settings } from '../env';
import { pollOptionsFrom } from '../feeds/poll';
import { startFeedPoller } from '../feeds/poller-timer';
import { answerClientError, refuseUnknownMethod } from '../http/front-guard';
import { createPageCache, type PageCache } from '../http/page-cache';
import { appConnection } from '../store/app-connection';
import { buildDir } from './build-if-needed';

/** The page cache over the store's file, or null when PAGE_CACHE_MB is 0. */
function pageCache(config: ReturnType<typeof settings>): PageCache | null {
  if (config.PAGE_CACHE_MB <= 0) return null;
  // Read-only and never writing: its data_version moves on every commit of any other connection.
  const sql = new Database(databaseFile(config.DATABASE_URL), { readonly: true, fileMustExist: true });
  const version = sql.prepare('PRAGMA data_version').pluck();
  return createPageCache({
    maxBytes: config.PAGE_CACHE_MB * 2 ** 20,
    storeVersion: () => version.get() as number,
  });
}

/**
 * Starts Next on the configuration the build resolved (required-server-files.json), the way
 * Next's own standalone server does: loading next.config.ts again in every server process would
 * load the SWC compiler (~26 MB resident per process, never used again) only to transpile that
 * one file. The build is the one `npm start` just checked (lib/cli/build-if-needed.ts).
 */
function adoptBuiltConfig(): void {
  const file = path.join(buildDir(), 'required-server-files.json');
  if (!existsSync(file)) return;
  const { config } = JSON.parse(readFileSync(file, 'utf8')) as { config: unknown };
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}

async function main(): Promise<void> {
  const config = settings();
  const port = config.PORT;
  adoptBuiltConfig();
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = pageCache(config);
  const server = createServer((request, response) => {
    // TRACE and the like: Next fails on them with an empty 500 before any route runs.
    if (refuseUnknownMethod(request, response)) return;
    stampClientOrigin(request, config.TRUST_PROXY);
    const render = () => void handle(request, response);
    if (cache) cache.handle(request, response, render);
    else render();
  });
  // Headers over Node's limit, malformed requests: Node answers them with an empty body otherwise.
  server.on('clientError', answerClientError);
  server.listen(port, () => {
    console.log(`Serving http://localhost:${port} (process ${process.pid})`);
  });
  if (config.FEEDS_POLL_MINUTES > 0) startFeedPoller({ sql: appConnection, ...pollOptionsFrom(config) });
}

if (process.env.HIT_NEXT_SERVER === '1') {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
