/**
 * GET /metrics for Prometheus, on a port of its own (METRICS_PORT, listening on METRICS_HOST,
 * 127.0.0.1 unless set): never on the app's public port, where anyone could read the server's
 * traffic and memory. Served by the one server process, or by the cluster's primary, which asks
 * every worker for its metrics and sums them (lib/cli/serve-next.ts).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AggregatorRegistry, type Registry } from 'prom-client';
import { logger } from './log';

export interface MetricsSource {
  contentType: string;
  /** The metrics in Prometheus's text format. */
  text(): Promise<string>;
}

/** The metrics of this process alone. */
export function processMetrics(registry: Registry): MetricsSource {
  return { contentType: registry.contentType, text: () => registry.metrics() };
}

/** The metrics of every worker of this cluster primary, summed (call before forking). */
export function clusterMetrics(): MetricsSource {
  const aggregator = new AggregatorRegistry();
  return { contentType: aggregator.contentType, text: () => aggregator.clusterMetrics() };
}

function answer(response: ServerResponse, body: { status: number; text: string; type?: string }): void {
  response.writeHead(body.status, { 'content-type': body.type ?? 'text/plain', 'cache-control': 'no-store' });
  response.end(body.text);
}

/** Serves `source` at GET /metrics on host:port; a failure to listen stops the process. */
export function serveMetrics(options: { host: string; port: number; source: MetricsSource }): Server {
  const server = createServer((request, response) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== '/metrics') return answer(response, { status: 404, text: 'Metrics are at /metrics.\n' });
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return answer(response, { status: 405, text: 'GET only.\n' });
    options.source.text().then(
      (text) => answer(response, { status: 200, text, type: options.source.contentType }),
      (error: unknown) => {
        logger().error({ err: error }, 'Metrics could not be collected');
        answer(response, { status: 503, text: 'Metrics could not be collected.\n' });
      },
    );
  });
  server.on('error', (error) => {
    logger().fatal({ err: error, host: options.host, port: options.port }, 'Metrics port unavailable');
    process.exit(1);
  });
  server.listen(options.port, options.host, () => {
    const { address, port } = server.address() as AddressInfo;
    logger().info({ host: address, port }, `Metrics on http://${options.host}:${port}/metrics`);
  });
  return server;
}
