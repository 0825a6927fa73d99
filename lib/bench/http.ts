/**
 * Load runs with autocannon. Latencies are recorded per response (autocannon's own summary has
 * no p95), and percentiles computed from every sample.
 */
import autocannon from 'autocannon';

export interface LoadResult {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export async function load(options: {
  base: string;
  paths: string[];
  connections: number;
  duration: number;
}): Promise<LoadResult> {
  const samples: number[] = [];
  const instance = autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests: options.paths.map((p) => ({ path: p, method: 'GET' })),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    samples.push(ms);
  });
  const result = await instance;
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    rps: samples.length / options.duration,
    requests: samples.length,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/**
 * A few plain requests first, so that the measured run does not pay for route loading. Each on a
 * new connection: the cluster hands connections to the server processes in turn, and a kept-alive
 * one would warm only the process that holds it.
 */
export async function warmUp(base: string, paths: readonly string[], times = 4): Promise<void> {
  for (let i = 0; i < times; i++) {
    for (const p of paths) {
      const res = await fetch(`${base}${p}`, { headers: { connection: 'close' } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${p} answered ${res.status}`);
    }
  }
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as T;
}
