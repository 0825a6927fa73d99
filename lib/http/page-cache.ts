/**
 * Rendered pages for readers who are not signed in, kept per state of the store: the front of
 * `npm start` (lib/cli/next-server.ts) answers a repeated request for a reading page from here
 * instead of rendering it again, as long as nothing was written to the store since.
 *
 * - What: GET of the reading pages only (overview, timeline, incident, map, casualties,
 *   deployments, reports, report) and of the JSON reads behind them (incident list, chart series,
 *   map), full documents only (not the router's RSC requests), from a
 *   request with no cookie and no credentials (signed-in users always get a fresh render: their
 *   pages show who they are and what they may do), answered 200 as HTML or JSON, no Set-Cookie.
 * - Fresh: an entry is served only while the store's version equals the one read before it was
 *   rendered. The version is SQLite's `PRAGMA data_version` on a connection that never writes:
 *   it changes whenever any other connection, in any process, commits anything. On PostgreSQL it
 *   is StoreVersion's "pages" row, which every statement writing what a reading page shows moves
 *   in its own transaction (prisma/postgres/migrations/…_page_version): read in one statement, it
 *   is a committed number, visible with the data it counts. A page can therefore be newer than its
 *   label (a write during the render), never older.
 * - Safe: the page's content security policy uses a fresh nonce per response (proxy.ts). The
 *   entry keeps the body split around the nonce it was rendered with, and every answer joins the
 *   parts with a new random nonce, in the body and in the policy header alike.
 * - One render per change: while a page is being rendered for the store's current version, other
 *   requests for it do not render it too. They get the page it replaces if there is one (older by
 *   at most that one render: as if they had come a few milliseconds earlier), else they wait for
 *   the render and get its page (or render themselves when it could not be kept).
 * - Bounded: entries are kept least-recently-used first out, up to `maxBytes` of unpacked HTML per
 *   process; a page over an eighth of that is not kept.
 * Keyed by scheme, host, the day (the overview counts up to today) and the full path and query.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { joinWith, pack, splitAround, unpack } from './page-body';

const READING_PAGE = /^\/(?:incidents(?:\/\d+)?|map|casualties|deployments|reports(?:\/\d+)?)?$/;
/** The JSON reads behind the charts, the map and the list (not the exports: they stream). */
const READING_API = /^\/api\/(?:incidents|stats\/[a-z-]+|map(?:\/place)?)$/;
/** Request headers that make an answer personal or a router request: never cached. */
const PERSONAL = [
  'cookie',
  'authorization',
  'rsc',
  'next-action',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'purpose',
];
/** Response headers recomputed for every answer. */
const PER_ANSWER = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'date',
  'connection',
  'keep-alive',
  'content-security-policy',
  // Each answer's own (lib/ops/request-id.ts), never the one of the request that filled the cache.
  'x-request-id',
]);
const NONCE = /'nonce-([A-Za-z0-9+/=_-]+)'/;

interface Entry {
  version: number;
  /** The body, split where the nonce stood. */
  parts: Buffer[];
  policy: string[];
  headers: OutgoingHttpHeaders;
  bytes: number;
}

export interface PageCacheStats {
  hits: number;
  misses: number;
  /** Answered with the page being replaced while its new render was in flight. */
  stale: number;
  entries: number;
  bytes: number;
}

export interface PageCache {
  /**
   * Answers the request: from the cache when it can, else through `render` (Next), keeping what
   * it renders when that can be kept.
   */
  handle(
    request: IncomingMessage,
    response: ServerResponse,
    render: () => void,
    /** Called with the counters just before and just after this request was decided (hit, miss…). */
    observe?: (before: PageCacheStats, after: PageCacheStats) => void,
  ): void;
  stats(): PageCacheStats;
}

interface Render {
  version: number;
  /** Requests waiting for this render's page. */
  waiters: (() => void)[];
}

export function newNonce(): string {
  return Buffer.from(randomUUID()).toString('base64');
}

/** The cache key of a request that may be cached, or null. */
export function pageCacheKey(request: IncomingMessage, day: string): string | null {
  if (request.method !== 'GET') return null;
  const url = request.url ?? '';
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query);
  if (!(READING_PAGE.test(path) || READING_API.test(path)) || url.includes('_rsc=')) return null;
  if (PERSONAL.some((h) => request.headers[h] !== undefined)) return null;
  const proto = request.headers['x-hit-client-proto'] ?? 'http';
  return `${proto}|${request.headers.host ?? ''}|${day}|${url}`;
}

export function createPageCache(options: {
  maxBytes: number;
  /** Changes whenever anything is committed to the store (see above); read per request. */
  storeVersion: () => number | Promise<number>;
  today?: () => string;
}): PageCache {
  const entries = new Map<string, Entry>();
  const renders = new Map<string, Render>();
  const limit = options.maxBytes;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let stale = 0;

  const forget = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };

  const keep = (key: string, entry: Entry) => {
    forget(key);
    if (entry.bytes > limit / 8) return;
    entries.set(key, entry);
    bytes += entry.bytes;
    for (const oldest of entries.keys()) {
      if (bytes <= limit) break;
      forget(oldest);
    }
  };

  /** Watches what Next writes (below its compression) and keeps a cacheable answer. */
  const capture = (key: string, version: number, response: ServerResponse, done: () => void) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (overflow || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > limit / 8) {
        overflow = true;
        chunks.length = 0;
        return;
      }
      chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    response.write = function patchedWrite(this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as ServerResponse['write'];
    response.end = function patchedEnd(this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      try {
        store();
      } catch {
        // A page that cannot be kept is simply not kept.
      }
      const result = (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      done();
      return result;
    } as ServerResponse['end'];

    // A client gone before the end: the waiters must not wait for an end that never comes.
    response.once('close', done);
    const store = () => {
      if (overflow || response.statusCode !== 200) return;
      const headers = response.getHeaders();
      if (headers['set-cookie'] !== undefined) return;
      const type = String(headers['content-type'] ?? '');
      const html = type.startsWith('text/html');
      if (!html && !type.startsWith('application/json')) return;
      const policy = String(headers['content-security-policy'] ?? '');
      // A page's scripts run only with its nonce: a page without one is not what we think it is.
      const nonce = NONCE.exec(policy)?.[1];
      if (html && !nonce) return;
      const body = unpack(Buffer.concat(chunks), headers['content-encoding'] as string | undefined);
      if (!body) return;
      const kept: OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(headers))
        if (!PER_ANSWER.has(name) && value !== undefined) kept[name] = value;
      const parts = nonce ? splitAround(body, nonce) : [body];
      keep(key, {
        version,
        parts,
        policy: nonce ? policy.split(nonce) : [policy],
        headers: kept,
        bytes: body.length,
      });
    };
  };

  const answer = (request: IncomingMessage, response: ServerResponse, entry: Entry) => {
    const nonce = newNonce();
    const packed = pack(joinWith(entry.parts, nonce), request.headers['accept-encoding']);
    response.writeHead(200, {
      ...entry.headers,
      ...(entry.policy.join('') ? { 'content-security-policy': entry.policy.join(nonce) } : {}),
      'content-length': packed.body.length,
      ...(packed.encoding ? { 'content-encoding': packed.encoding } : {}),
    });
    response.end(packed.body);
  };

  const touch = (key: string, entry: Entry) => {
    entries.delete(key); // most recently used last
    entries.set(key, entry);
  };

  return {
    handle(request, response, render, observe) {
      const key = pageCacheKey(request, today());
      if (key === null) {
        render();
        return;
      }
      const decide = (version: number) => {
        const before = stats();
        serve(key, version, request, response, render);
        observe?.(before, stats());
      };
      let version: number | Promise<number>;
      try {
        version = options.storeVersion();
      } catch {
        render(); // no version, no cache: the store answers as if there were none
        return;
      }
      if (typeof version === 'number') decide(version);
      else version.then(decide, () => render());
    },
    stats,
  };

  function stats(): PageCacheStats {
    return { hits, misses, stale, entries: entries.size, bytes };
  }

  function serve(
    key: string,
    version: number,
    request: IncomingMessage,
    response: ServerResponse,
    render: () => void,
  ): void {
    const entry = entries.get(key);
    if (entry && entry.version === version) {
      hits++;
      touch(key, entry);
      answer(request, response, entry);
      return;
    }
    const inFlight = renders.get(key);
    if (inFlight && inFlight.version === version) {
      if (entry) {
        stale++;
        answer(request, response, entry);
        return;
      }
      inFlight.waiters.push(() => {
        const fresh = entries.get(key);
        if (fresh && fresh.version === version) {
          hits++;
          answer(request, response, fresh);
        } else {
          misses++;
          render();
        }
      });
      return;
    }
    misses++;
    const mine: Render = { version, waiters: [] };
    renders.set(key, mine);
    let finished = false;
    capture(key, version, response, () => {
      if (finished) return;
      finished = true;
      if (renders.get(key) === mine) renders.delete(key);
      for (const wake of mine.waiters.splice(0)) wake();
    });
    render();
  }
}
