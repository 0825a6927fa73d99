/**
 * Next calls register() once when a server process starts. It starts computing the default
 * pages' aggregates in the background (lib/aggregates/warm.ts) and returns at once, so the
 * server does not wait for it. WARM_AGGREGATES=off skips it.
 *
 * onRequestError: an error Next caught in a page, route, action or the proxy becomes one JSON log
 * line with the request's id and route (lib/ops/request-error.ts).
 */
import type { Instrumentation } from 'next';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ db }, { settings }, { warmAggregates }, { logger }] = await Promise.all([
    import('./lib/db'),
    import('./lib/env'),
    import('./lib/aggregates/warm'),
    import('./lib/ops/log'),
  ]);
  if (settings().WARM_AGGREGATES) void warmAggregates(db(), (line) => logger().info(line));
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/ops/request-error');
  logRequestError(error, request, context);
};
