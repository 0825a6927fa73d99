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
 * Every request gets an id (X-Request-Id) and one JSON access-log line (lib/ops/access-log.ts),
 * and counts in the Prometheus metrics (lib/ops/registry.ts), served on METRICS_PORT by this
 * process alone, or summed over the workers by the cluster's primary (lib/cli/serve-next.ts).
 * Run by lib/cli/serve-next.ts, once or as WEB_CONCURRENCY cluster workers.
 */
import cluster from 'node:cluster';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import next from 'next';
import { stampClientOrigin } from '../auth/client-address';
import { databaseFile, settings } from '../env';
import { pollOptionsFrom } from '../feeds/poll';
import { startFeedPoller } from '../feeds/poller-timer';
import { answerClientError, refuseUnknownMethod } from '../http/front-guard';
import { createPageCache, type PageCache, pageCacheKey } from '../http/page-cache';
import { type TrackedRequest, trackRequest } from '../ops/access-log';
import { cacheOutcome } from '../ops/cache-outcome';
import { logger } from '../ops/log';
import { recordCacheLookup } from '../ops/metrics';
import { processMetrics, serveMetrics } from '../ops/metrics-server';
import { reportMetricsToPrimary, serverMetrics } from '../ops/registry';
import { readRouteTable } from '../ops/routes';
import { appSql } from '../store/app-sql';
import { isPostgresUrl } from '../store/postgres-config';
import { buildDir } from './build-if-needed';

/** The page cache over the store's version, or null when PAGE_CACHE_MB is 0. */
function pageCache(config: ReturnType<typeof settings>): PageCache | null {
  if (config.PAGE_CACHE_MB <= 0) return null;
  // PostgreSQL: StoreVersion's "pages" row, moved in every transaction that writes what a reading
  // page shows (prisma/postgres/migrations/…_page_version), read in the request: a committed number.
  if (isPostgresUrl(config.DATABASE_URL))
    return createPageCache({ maxBytes: config.PAGE_CACHE_MB * 2 ** 20, storeVersion: pagesVersion });
  // Read-only and never writing: its data_version moves on every commit of any other connection.
  const sql = new Database(databaseFile(config.DATABASE_URL), { readonly: true, fileMustExist: true });
  const version = sql.prepare('PRAGMA data_version').pluck();
  return createPageCache({
    maxBytes: config.PAGE_CACHE_MB * 2 ** 20,
    storeVersion: () => version.get() as number,
  });
}

/** StoreVersion's "pages" row; 0 before the first write of a copied store, which has none yet. */
async function pagesVersion(): Promise<number> {
  const row = await (await appSql()).get<{ version: number }>(
    `SELECT "version" FROM "StoreVersion" WHERE "scope" = 'pages'`,
  );
  return Number(row?.version ?? 0);
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

/** Answers through the page cache, noting on `tracked` (and in the metrics) what it did. */
function answerCached(exchange: {
  cache: PageCache;
  request: IncomingMessage;
  response: ServerResponse;
  tracked: TrackedRequest;
  render: () => void;
}): void {
  const { cache, request, response, tracked, render } = exchange;
  const cacheable = pageCacheKey(request, '') !== null;
  // Observed when the request is decided: at once on SQLite, once the version is read on PostgreSQL.
  cache.handle(request, response, render, (before, after) => {
    const outcome = cacheOutcome({ before, after, cacheable });
    tracked.cache = outcome;
    if (outcome === 'hit' || outcome === 'stale' || outcome === 'miss')
      recordCacheLookup('page', outcome !== 'miss');
  });
}

/** The metrics of this process: served here, or reported to the cluster's primary, which serves them. */
function startMetrics(config: ReturnType<typeof settings>) {
  const metrics = serverMetrics();
  if (cluster.isWorker) reportMetricsToPrimary(metrics.registry);
  else if (config.METRICS_PORT !== undefined)
    serveMetrics({
      host: config.METRICS_HOST,
      port: config.METRICS_PORT,
      source: processMetrics(metrics.registry),
    });
  return metrics;
}

async function main(): Promise<void> {
  const config = settings();
  const port = config.PORT;
  const log = logger();
  adoptBuiltConfig();
  const metrics = startMetrics(config);
  const routes = readRouteTable(buildDir());
  const app = next({ dev: false, dir: process.cwd(), port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const cache = pageCache(config);
  const server = createServer((request, response) => {
    const tracked = trackRequest(request, response, { routes, log, observe: metrics.observeRequest });
    // TRACE and the like: Next fails on them with an empty 500 before any route runs.
    if (refuseUnknownMethod(request, response)) return;
    stampClientOrigin(request, config.TRUST_PROXY);
    const render = () => void handle(request, response);
    if (cache) answerCached({ cache, request, response, tracked, render });
    else render();
  });
  // Headers over Node's limit, malformed requests: Node answers them with an empty body otherwise.
  server.on('clientError', answerClientError);
  server.listen(port, () => {
    log.info({ port }, `Serving http://localhost:${port} (process ${process.pid})`);
  });
  if (config.FEEDS_POLL_MINUTES > 0)
    startFeedPoller({
      sql: appSql,
      ...pollOptionsFrom(config),
      log: (line) => log.info(line),
    });
}

if (process.env.HIT_NEXT_SERVER === '1') {
  main().catch((error: unknown) => {
    logger().fatal({ err: error }, 'Server failed to start');
    process.exit(1);
  });
}
