/**
 * Load runs with autocannon. Latencies are recorded per response (autocannon's own summary has
 * no p95), and percentiles computed from every sample.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import autocannon from 'autocannon';

/** What a browser sends: the server compresses answers when asked. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' } as const;

export interface Request {
  path: string;
  /** Extra headers (the editors' pages: the session cookie). */
  headers?: Record<string, string>;
}

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
  requests: readonly Request[];
  connections: number;
  duration: number;
}): Promise<LoadResult> {
  const samples: number[] = [];
  const instance = autocannon({
    url: options.base,
    connections: options.connections,
    duration: options.duration,
    timeout: 30,
    requests: options.requests.map((r) => ({
      path: r.path,
      method: 'GET',
      headers: { ...BROWSER_HEADERS, ...r.headers },
    })),
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
export async function warmUp(base: string, requests: readonly Request[], times = 4): Promise<void> {
  for (let i = 0; i < times; i++) {
    for (const r of requests) {
      const res = await fetch(`${base}${r.path}`, { headers: { connection: 'close', ...r.headers } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`GET ${r.path} answered ${res.status}`);
    }
  }
}

/** The answer's size as sent to a browser (compressed when the server compresses) and unpacked. */
export function answerBytes(
  base: string,
  r: Request,
): Promise<{ wire: number; raw: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${base}${r.path}`,
      { headers: { ...BROWSER_HEADERS, connection: 'close', ...r.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          if ((res.statusCode ?? 500) >= 400) {
            reject(new Error(`GET ${r.path} answered ${res.statusCode}`));
            return;
          }
          const body = Buffer.concat(chunks);
          const encoding = String(res.headers['content-encoding'] ?? 'identity');
          const unpack: Record<string, (b: Buffer) => Buffer> = {
            gzip: zlib.gunzipSync,
            deflate: zlib.inflateSync,
            br: zlib.brotliDecompressSync,
          };
          const raw = unpack[encoding]?.(body).length ?? body.length;
          resolve({ wire: body.length, raw, encoding });
        });
      },
    );
    req.on('error', reject);
  });
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return (await res.json()) as T;
}
