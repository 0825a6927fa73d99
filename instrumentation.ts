/**
 * Next calls register() once when a server process starts. It starts computing the default
 * pages' aggregates in the background (lib/aggregates/warm.ts) and returns at once, so the
 * server does not wait for it. WARM_AGGREGATES=off skips it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const [{ db }, { settings }, { warmAggregates }] = await Promise.all([
    import('./lib/db'),
    import('./lib/env'),
    import('./lib/aggregates/warm'),
  ]);
  if (settings().WARM_AGGREGATES) void warmAggregates(db());
}
