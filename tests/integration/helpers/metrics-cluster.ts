/**
 * A cluster as `npm start` runs one with WEB_CONCURRENCY=2 (lib/cli/serve-next.ts and
 * next-server.ts), without Next: the primary serves the summed metrics, each worker reports its
 * own after observing one request and one store query. Logs "workers ready" with the metrics port.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { logger } from '@/lib/ops/log';
import { observeStoreQuery, recordCacheLookup } from '@/lib/ops/metrics';
import { clusterMetrics, serveMetrics } from '@/lib/ops/metrics-server';
import { reportMetricsToPrimary, serverMetrics } from '@/lib/ops/registry';

const WORKERS = 2;

if (cluster.isPrimary) {
  const server = serveMetrics({ host: '127.0.0.1', port: 0, source: clusterMetrics() });
  cluster.setupPrimary({ exec: process.argv[1], execArgv: ['--import', 'tsx'] });
  let ready = 0;
  for (let i = 0; i < WORKERS; i++) {
    cluster.fork().on('message', (message) => {
      if (message !== 'ready' || ++ready < WORKERS) return;
      const tell = () => logger().info({ port: (server.address() as AddressInfo).port }, 'workers ready');
      if (server.listening) tell();
      else server.once('listening', tell);
    });
  }
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const metrics = serverMetrics();
  reportMetricsToPrimary(metrics.registry);
  metrics.observeRequest({ method: 'GET', route: '/incidents/[id]', status: '200' }, 0.05);
  observeStoreQuery('prisma', 'select', 0.001);
  recordCacheLookup('page', true);
  process.send?.('ready');
}
