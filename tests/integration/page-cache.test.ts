/**
 * The front's page cache on real sockets and a real SQLite file: a repeated anonymous request for
 * a reading page is answered without rendering, with a fresh nonce in the body and the policy;
 * any commit to the store, from any connection, makes the next request render again; personal,
 * router, mutating and failed requests always render.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageCache, newNonce, type PageCache } from '@/lib/http/page-cache';

let dir: string;
let writer: Database.Database;
let reader: Database.Database;
const servers: Server[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'page-cache-'));
  const file = path.join(dir, 'store.db');
  writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  writer.exec(
    "CREATE TABLE Incident (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO Incident VALUES (1, 'first title')",
  );
  reader = new Database(file, { readonly: true, fileMustExist: true });
});

afterAll(() => {
  for (const s of servers) s.close();
  reader.close();
  writer.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Rendered {
  status?: number;
  setCookie?: boolean;
  type?: string;
  gzip?: boolean;
}

/**
 * A front like lib/cli/next-server.ts over a stand-in for Next: it renders the incident's title
 * with a fresh nonce in two script tags and in the policy header, as proxy.ts and Next do.
 */
async function front(
  options: {
    maxBytes?: number;
    render?: (url: string) => Rendered;
    gate?: () => Promise<void>;
    /** PostgreSQL's version is read with a query: a promise. */
    storeVersion?: () => number | Promise<number>;
  } = {},
): Promise<{ port: number; renders: () => number; cache: PageCache }> {
  const version = reader.prepare('PRAGMA data_version').pluck();
  const cache = createPageCache({
    maxBytes: options.maxBytes ?? 2 ** 20,
    storeVersion: options.storeVersion ?? (() => version.get() as number),
  });
  let renders = 0;
  const next = (req: IncomingMessage, res: ServerResponse) => {
    const how = options.render?.(req.url ?? '') ?? {};
    const nonce = newNonce();
    const { title } = reader.prepare('SELECT title FROM Incident WHERE id = 1').get() as { title: string };
    const html = `<!DOCTYPE html><html><head><script nonce="${nonce}">1</script></head><body><h1>${title}</h1><p>${'x'.repeat(2000)}</p><script nonce="${nonce}">self.__next_f.push([1,"${req.url}"])</script></body></html>`;
    res.statusCode = how.status ?? 200;
    res.setHeader('content-type', how.type ?? 'text/html; charset=utf-8');
    res.setHeader('content-security-policy', `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    res.setHeader('x-frame-options', 'DENY');
    if (how.setCookie) res.setHeader('set-cookie', 'a=b');
    if (how.gzip) {
      // Next compresses below our capture: the cache sees gzip bytes and must unpack them.
      res.setHeader('content-encoding', 'gzip');
      const packed = zlib.gzipSync(html);
      res.write(packed.subarray(0, 100));
      res.end(packed.subarray(100));
    } else {
      res.write(html.slice(0, 50));
      res.end(html.slice(50));
    }
  };
  const server = createServer((req, res) => {
    const gate = options.gate;
    cache.handle(req, res, () => {
      renders++; // counted when asked for, before any gate
      if (gate) void gate().then(() => next(req, res));
      else next(req, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, renders: () => renders, cache };
}

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

function ask(
  port: number,
  pathname: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const coding = res.headers['content-encoding'];
        const body =
          coding === 'gzip' ? zlib.gunzipSync(raw) : coding === 'br' ? zlib.brotliDecompressSync(raw) : raw;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const policyNonce = (a: Answer) => /'nonce-([^']+)'/.exec(String(a.headers['content-security-policy']))?.[1];
const bodyNonces = (a: Answer) => [...a.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);

describe('page cache', () => {
  it('answers a repeated anonymous page from the cache, each time with a fresh nonce in body and policy', async () => {
    const f = await front();
    const first = await ask(f.port, '/incidents?type=gunfire');
    const second = await ask(f.port, '/incidents?type=gunfire');
    const third = await ask(f.port, '/incidents?type=gunfire', { 'accept-encoding': 'gzip' });
    const fourth = await ask(f.port, '/incidents?type=gunfire', { 'accept-encoding': 'gzip, deflate, br' });
    const refused = await ask(f.port, '/incidents?type=gunfire', { 'accept-encoding': 'br;q=0, gzip' });
    expect(f.renders()).toBe(1);
    for (const a of [first, second, third, fourth, refused]) {
      expect(a.status).toBe(200);
      expect(a.headers['x-frame-options']).toBe('DENY');
      const nonce = policyNonce(a);
      expect(nonce).toBeTruthy();
      expect(bodyNonces(a)).toEqual([nonce, nonce]);
    }
    const nonces = new Set([first, second, third, fourth, refused].map(policyNonce));
    expect(nonces.size).toBe(5);
    const strip = (a: Answer) => a.body.replaceAll(policyNonce(a) as string, 'N');
    expect(strip(second)).toBe(strip(first));
    expect(strip(third)).toBe(strip(first));
    expect(strip(fourth)).toBe(strip(first));
    expect(third.headers['content-encoding']).toBe('gzip');
    expect(fourth.headers['content-encoding']).toBe('br');
    expect(refused.headers['content-encoding']).toBe('gzip');
    expect(Number(second.headers['content-length'])).toBe(Buffer.byteLength(second.body));
    expect(f.cache.stats()).toMatchObject({ hits: 4, misses: 1, stale: 0, entries: 1 });
  });

  it('renders again after any commit to the store, from another connection', async () => {
    const f = await front();
    expect((await ask(f.port, '/casualties')).body).toContain('first title');
    await ask(f.port, '/casualties');
    expect(f.renders()).toBe(1);
    writer.prepare('UPDATE Incident SET title = ? WHERE id = 1').run('second title');
    const after = await ask(f.port, '/casualties');
    expect(after.body).toContain('second title');
    expect(f.renders()).toBe(2);
    await ask(f.port, '/casualties');
    expect(f.renders()).toBe(2);
  });

  it('works with a version read asynchronously (PostgreSQL), and renders uncached when it cannot be read', async () => {
    let counter = 7;
    let failing = false;
    const f = await front({
      storeVersion: async () => {
        await new Promise((r) => setTimeout(r, 1));
        if (failing) throw new Error('store unreachable');
        return counter;
      },
    });
    expect((await ask(f.port, '/map')).body).toContain('<h1>');
    await ask(f.port, '/map');
    expect(f.renders()).toBe(1);
    counter++;
    await ask(f.port, '/map');
    expect(f.renders()).toBe(2);
    failing = true;
    expect((await ask(f.port, '/map')).status).toBe(200);
    expect(f.renders()).toBe(3);
    expect(f.cache.stats()).toMatchObject({ hits: 1, misses: 2 });
  });

  it('renders a page once per change however many ask at once; meanwhile they get the page it replaces', async () => {
    // Renders wait until the test opens the gate: which request renders is then certain.
    let open = () => {};
    let gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const f = await front({ gate: () => gate });
    const until = async (done: () => boolean) => {
      while (!done()) await new Promise((r) => setTimeout(r, 5));
    };
    const cold = [1, 2, 3, 4, 5].map(() => ask(f.port, '/reports'));
    await until(() => f.cache.stats().misses === 1 && f.renders() === 1);
    await new Promise((r) => setTimeout(r, 30)); // the other four have arrived and wait
    open();
    const coldAnswers = await Promise.all(cold);
    expect(f.renders()).toBe(1); // nothing to show yet: they waited for the one render
    const title = (a: Answer) => /<h1>(.*?)<\/h1>/.exec(a.body)?.[1];
    const before = title(coldAnswers[0] as Answer);
    for (const a of coldAnswers) expect(title(a)).toBe(before);

    gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    writer.prepare('UPDATE Incident SET title = ? WHERE id = 1').run('third title');
    const first = ask(f.port, '/reports'); // renders the new version
    await until(() => f.renders() === 2);
    const during = await Promise.all([1, 2, 3].map(() => ask(f.port, '/reports')));
    for (const a of during) expect(title(a)).toBe(before); // one render older, at most
    open();
    expect(title(await first)).toBe('third title');
    expect(title(await ask(f.port, '/reports'))).toBe('third title');
    expect(f.renders()).toBe(2);
    expect(f.cache.stats().stale).toBe(3);
  });

  it('keeps a page Next sent compressed, and gives it unpacked to a client that does not accept gzip', async () => {
    const f = await front({ render: () => ({ gzip: true }) });
    const first = await ask(f.port, '/map', { 'accept-encoding': 'gzip' });
    const plain = await ask(f.port, '/map');
    expect(f.renders()).toBe(1);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.replaceAll(policyNonce(plain) as string, 'N')).toBe(
      first.body.replaceAll(policyNonce(first) as string, 'N'),
    );
  });

  it('always renders for signed-in, router, mutating, non-reading and personalised requests', async () => {
    const f = await front();
    const twice = async (pathname: string, headers: Record<string, string> = {}, method = 'GET') => {
      await ask(f.port, pathname, headers, method);
      await ask(f.port, pathname, headers, method);
    };
    await twice('/incidents', { cookie: 'hit_session=abc' });
    await twice('/incidents', { rsc: '1' });
    await twice('/incidents', { 'next-router-prefetch': '1' });
    await twice('/incidents?_rsc=x1');
    await twice('/incidents', { authorization: 'Bearer x' });
    await twice('/incidents', {}, 'HEAD');
    await twice('/incidents/new');
    await twice('/incidents/12/edit');
    await twice('/login');
    await twice('/account');
    await twice('/api/export/incidents.csv');
    await twice('/api/incidents/12');
    await twice('/api/health');
    expect(f.renders()).toBe(26);
  });

  it('keeps the JSON reads behind the pages, as it keeps pages', async () => {
    const f = await front({ render: () => ({ type: 'application/json' }) });
    for (const p of [
      '/api/incidents?type=gunfire',
      '/api/stats/casualties-by-month',
      '/api/map?zoom=9',
      '/api/map/place?key=delmas',
    ]) {
      await ask(f.port, p);
      expect((await ask(f.port, p)).status).toBe(200);
    }
    expect(f.renders()).toBe(4);
  });

  it('never keeps a failed, cookie-setting or non-HTML answer', async () => {
    const f = await front({
      render: (url) =>
        url.startsWith('/reports/1')
          ? { status: 404 }
          : url.startsWith('/reports/2')
            ? { setCookie: true }
            : { type: 'text/plain' },
    });
    for (const p of ['/reports/1', '/reports/2', '/deployments']) {
      await ask(f.port, p);
      await ask(f.port, p);
    }
    expect(f.renders()).toBe(6);
    expect(f.cache.stats().entries).toBe(0);
  });

  it('stays within its size, dropping the least recently used page first', async () => {
    const f = await front({ maxBytes: 24 * 1024 }); // pages of ~2.2 KB: at most 10 fit
    for (let i = 1; i <= 30; i++) await ask(f.port, `/incidents/${i}`);
    const { entries, bytes } = f.cache.stats();
    expect(bytes).toBeLessThanOrEqual(24 * 1024);
    expect(entries).toBeLessThan(30);
    await ask(f.port, '/incidents/30'); // the newest is kept
    expect(f.renders()).toBe(30);
    await ask(f.port, '/incidents/1'); // the oldest was dropped
    expect(f.renders()).toBe(31);
  });
});
