/**
 * The feed poller over real HTTP against a local news site the test starts (tests/fixtures/
 * feed-site.ts: loopback only, feeds and articles written for the tests).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed, deleteFeed, setFeedActive } from '@/lib/feeds/feed-mutations';
import { listFeeds } from '@/lib/feeds/feed-queries';
import { MAX_ATTEMPTS, pollDueFeeds, pollFeed } from '@/lib/feeds/poll';
import { startFeedPoller } from '@/lib/feeds/poller-timer';
import { feedInputSchema } from '@/lib/feeds/schema';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { type FeedSite, RSS_ETAG, startFeedSite } from '../fixtures/feed-site';
import { createTestDb } from './helpers/test-db';

let site: FeedSite;
const LIMITS = { allowHosts: ['localhost'], timeoutMs: 1_500, maxBytes: 2 * 2 ** 20 };
const POLL = { intervalMinutes: 30, limits: LIMITS };

beforeAll(async () => {
  site = await startFeedSite({ slowMs: 3_000 });
});
afterAll(() => site.close());

/** `feeds`: the store's Sql the feed and account code takes; `sql`: the same, for the tests' own checks. */
async function store(): Promise<{
  sql: Sql;
  feeds: Sql;
  poll: typeof POLL;
  adminId: number;
  url: string;
}> {
  const { url, sql: feeds } = await createTestDb();
  const sql = feeds;
  const adminId = await createUser(feeds, {
    input: { email: 'admin@feeds.test', name: 'Feed Admin', role: 'admin', password: 'feeds admin password' },
    actorId: null,
  });
  return { sql, feeds, poll: POLL, adminId, url };
}

async function register(feeds: Sql, adminId: number, path: string, keywords = ''): Promise<number> {
  const input = feedInputSchema.parse({ url: `${site.base}${path}`, name: path, language: 'en', keywords });
  const added = await addFeed(feeds, input, adminId);
  if (!added.ok) throw new Error(added.message);
  return added.id;
}

const count = async (sql: Sql, table: string) =>
  (await sql.get<{ n: number }>(`SELECT count(*) AS "n" FROM "${table}"`))?.n;

describe('the feed poller', () => {
  it('stores each new matching article once, as a report with draft incidents waiting for review', async () => {
    const { sql, feeds, poll, adminId } = await store();
    const feedId = await register(feeds, adminId, '/rss.xml', 'Haïti, MSS');
    const [first] = await pollDueFeeds(feeds, poll);
    // Taken: the Carrefour-Feuilles story (category "Haïti"), the Cabaret one ("MSS" in its
    // title); its syndicated copy is the same text (one report); the lost page failed; the
    // baseball results match no keyword.
    expect(first).toMatchObject({ feedId, status: 'read', stored: 2, duplicates: 1, skipped: 1, failed: 1 });
    const reports = (await sql.all(
      'SELECT "id", "title", "outlet", "url", "publishedAt", "reviewedAt", "ingestedById" FROM "Report" ORDER BY "id"',
    )) as {
      id: number;
      title: string;
      outlet: string;
      url: string;
      publishedAt: string;
      reviewedAt: null;
      ingestedById: number;
    }[];
    expect(reports.map((r) => r.title)).toEqual([
      'Gunmen kill three in Carrefour-Feuilles',
      'Police repel gang attack on Cabaret station',
    ]);
    expect(reports[0]).toMatchObject({
      outlet: 'The Plateau Courier',
      url: `${site.base}/articles/carrefour-feuilles`,
      reviewedAt: null,
      ingestedById: adminId,
    });
    expect(reports[0]?.publishedAt.slice(0, 10)).toBe('2025-06-04');
    const incidents = (await sql.all(
      `SELECT i."status", i."title", s."reportId" FROM "Incident" i JOIN "IncidentSource" s ON s."incidentId" = i."id" ORDER BY i."id"`,
    )) as { status: string; title: string; reportId: number }[];
    expect(incidents.length).toBeGreaterThanOrEqual(2);
    expect(new Set(incidents.map((i) => i.status))).toEqual(new Set(['draft']));
    expect(new Set(incidents.map((i) => i.reportId))).toEqual(new Set(reports.map((r) => r.id)));
    expect(incidents.some((i) => /Carrefour-Feuilles/.test(i.title))).toBe(true);

    // Everything is in the audit log as the admin who added the feed.
    const audit = (await sql.all(
      `SELECT "entity", "action", "userId" FROM "AuditEntry" WHERE "entity" IN ('Report', 'Incident', 'Feed')`,
    )) as { entity: string; action: string; userId: number }[];
    expect(audit.filter((a) => a.entity === 'Report' && a.action === 'create')).toHaveLength(2);
    expect(audit.filter((a) => a.entity === 'Feed' && a.action === 'take_item')).toHaveLength(2);
    expect(new Set(audit.map((a) => a.userId))).toEqual(new Set([adminId]));

    const [feed] = await listFeeds(feeds);
    expect(feed).toMatchObject({ itemsTaken: 2, lastError: null, failures: 0 });
    expect(feed?.outcomes).toEqual({ stored: 2, duplicate: 1, skipped: 1, failed: 1 });

    // The second poll asks with the feed's ETag, gets a 304, and changes nothing.
    site.requests.length = 0;
    const [second] = await pollFeed(feeds, feedId, { ...poll, force: true }).then((r) => [r]);
    expect(second).toMatchObject({ status: 'unchanged', stored: 0 });
    expect(site.requests).toEqual([{ path: '/rss.xml', ifNoneMatch: RSS_ETAG }]);
    expect(await count(sql, 'Report')).toBe(2);
  });

  it('takes an item once even when the feed is read again in full, and retries only a failed article', async () => {
    const { sql, feeds, poll, adminId } = await store();
    const feedId = await register(feeds, adminId, '/rss.xml', 'Haiti');
    await pollFeed(feeds, feedId, { ...poll, force: true });
    const items = await count(sql, 'FeedItem');
    // Forget the validators: the feed answers in full; only the failed item is fetched again.
    await sql.run('UPDATE "Feed" SET "etag" = NULL, "lastModified" = NULL WHERE "id" = ?', [feedId]);
    site.requests.length = 0;
    const again = await pollFeed(feeds, feedId, { ...poll, force: true });
    expect(again).toMatchObject({ status: 'read', stored: 0, duplicates: 0, failed: 1 });
    expect(site.requests.map((r) => r.path)).toEqual(['/rss.xml', '/articles/missing']);
    expect(await count(sql, 'FeedItem')).toBe(items);
    // "Haiti" alone: the Cabaret story (tagged Security, MSS in its title) is not taken.
    expect(await count(sql, 'Report')).toBe(1);
    // After MAX_ATTEMPTS the lost article is no longer asked for.
    for (let i = 2; i < MAX_ATTEMPTS; i++) {
      await sql.run('UPDATE "Feed" SET "etag" = NULL WHERE "id" = ?', [feedId]);
      await pollFeed(feeds, feedId, { ...poll, force: true });
    }
    await sql.run('UPDATE "Feed" SET "etag" = NULL WHERE "id" = ?', [feedId]);
    site.requests.length = 0;
    await pollFeed(feeds, feedId, { ...poll, force: true });
    expect(site.requests.map((r) => r.path)).toEqual(['/rss.xml']);
    const lost = await sql.get(
      `SELECT "outcome", "attempts", "error" FROM "FeedItem" WHERE "url" LIKE '%/missing'`,
    );
    expect(lost).toMatchObject({
      outcome: 'failed',
      attempts: MAX_ATTEMPTS,
      error: expect.stringMatching(/404/),
    });
  });

  it('reads Atom, follows a redirect, and reports each failing feed while the others proceed', async () => {
    const { sql, feeds, poll, adminId } = await store();
    const ids = {
      malformed: await register(feeds, adminId, '/malformed.xml'),
      slow: await register(feeds, adminId, '/slow.xml'),
      huge: await register(feeds, adminId, '/huge.xml'),
      redirect: await register(feeds, adminId, '/redirect.xml'),
      gone: await register(feeds, adminId, '/gone.xml'),
    };
    const results = await pollDueFeeds(feeds, poll);
    const by = (id: number) => results.find((r) => r.feedId === id);
    expect(by(ids.redirect)).toMatchObject({ status: 'read', stored: 1, error: null });
    expect(by(ids.malformed)).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/not an RSS or Atom feed/),
    });
    expect(by(ids.slow)).toMatchObject({ status: 'failed', error: expect.stringMatching(/too long/) });
    expect(by(ids.huge)).toMatchObject({ status: 'failed', error: expect.stringMatching(/larger than/) });
    expect(by(ids.gone)).toMatchObject({ status: 'failed', error: expect.stringMatching(/404/) });
    const report = (await sql.get('SELECT "title", "publishedAt" FROM "Report"')) as {
      title: string;
      publishedAt: string;
    };
    expect(report.title).toBe('Gang attack on Mirebalais prison');

    // Each feed shows its last fetch and error; the failing ones wait longer each time.
    const byId = new Map((await listFeeds(feeds)).map((f) => [f.id, f]));
    expect(byId.get(ids.malformed)).toMatchObject({ failures: 1, lastError: expect.any(String) });
    expect(byId.get(ids.redirect)).toMatchObject({ failures: 0, lastError: null, itemsTaken: 1 });
    const wait = (id: number) => {
      const f = byId.get(id);
      return Date.parse(f?.nextFetchAt ?? '') - Date.parse(f?.lastFetchedAt ?? '');
    };
    expect(wait(ids.redirect)).toBe(30 * 60_000);
    expect(wait(ids.gone)).toBe(2 * 30 * 60_000);
    // Not due yet: a poll now reads none of them.
    expect(await pollDueFeeds(feeds, poll)).toEqual([]);
    // A broken answer's ETag is not sent back: a 304 would hide that the feed is still broken.
    site.requests.length = 0;
    expect(await pollFeed(feeds, ids.malformed, { ...poll, force: true })).toMatchObject({
      status: 'failed',
    });
    expect(site.requests).toEqual([{ path: '/malformed.xml' }]);
    await pollFeed(feeds, ids.gone, { ...poll, force: true });
    const gone = (await listFeeds(feeds)).find((f) => f.id === ids.gone);
    expect(gone?.failures).toBe(2);
    expect(Date.parse(gone?.nextFetchAt ?? '') - Date.parse(gone?.lastFetchedAt ?? '')).toBe(4 * 30 * 60_000);
  });

  it('refuses a feed on a private address unless its host is allowed', async () => {
    const { sql, feeds, poll, adminId } = await store();
    const id = await register(feeds, adminId, '/atom.xml');
    const refused = await pollFeed(feeds, id, {
      ...poll,
      limits: { ...LIMITS, allowHosts: [] },
      force: true,
    });
    expect(refused).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/private or local address/),
    });
    expect(await count(sql, 'Report')).toBe(0);
  });

  it('lets one poller read a feed at a time, and never reads a paused feed when due', async () => {
    const { sql, feeds, poll, adminId } = await store();
    const id = await register(feeds, adminId, '/slow.xml');
    const first = pollFeed(feeds, id, { ...poll, force: true });
    const second = await pollFeed(feeds, id, { ...poll, force: true });
    expect(second.status).toBe('busy');
    await first;
    expect(await setFeedActive(feeds, id, false, adminId)).toBe(true);
    await sql.run('UPDATE "Feed" SET "nextFetchAt" = NULL');
    expect(await pollDueFeeds(feeds, poll)).toEqual([]);
    expect(await deleteFeed(feeds, id, adminId)).toBe(true);
    expect(await count(sql, 'Feed')).toBe(0);
    const actions = await sql.all(`SELECT "action" FROM "AuditEntry" WHERE "entity" = 'Feed' ORDER BY "id"`);
    expect(actions).toEqual([{ action: 'create' }, { action: 'pause' }, { action: 'delete' }]);
  });

  it('refuses the same feed address twice', async () => {
    const { feeds, adminId } = await store();
    await register(feeds, adminId, '/rss.xml');
    const again = await addFeed(
      feeds,
      feedInputSchema.parse({ url: `${site.base}/rss.xml`, name: 'Again' }),
      adminId,
    );
    expect(again).toMatchObject({
      ok: false,
      field: 'url',
      message: expect.stringMatching(/already registered/),
    });
  });
});

describe('the poller in a server process', () => {
  it('reads the due feeds on its timer, one tick at a time, and says what each gave', async () => {
    const { sql, feeds, adminId } = await store();
    await register(feeds, adminId, '/atom.xml');
    await register(feeds, adminId, '/slow.xml');
    const lines: string[] = [];
    site.requests.length = 0;
    const poller = startFeedPoller({
      sql: () => feeds,
      intervalMinutes: 30,
      limits: LIMITS,
      log: (l) => lines.push(l),
      tickMs: 20,
    });
    try {
      await expect.poll(() => lines.length, { timeout: 10_000 }).toBe(2);
    } finally {
      poller.stop();
    }
    // The slow feed held its tick for its whole time limit; the many ticks meanwhile read
    // neither feed a second time.
    expect(lines.sort()).toEqual([
      'Feed "/atom.xml": 1 new report(s), 0 already stored, 0 without a keyword, 0 article(s) unreadable.',
      'Feed "/slow.xml" failed: The site took too long to answer.',
    ]);
    expect(site.requests.map((r) => r.path).sort()).toEqual([
      '/articles/mirebalais',
      '/atom.xml',
      '/slow.xml',
    ]);
    expect(await count(sql, 'Report')).toBe(1);
  });
});

describe('npm run feeds', () => {
  const ROOT = path.resolve(__dirname, '..', '..');
  /** The command in a child process (asynchronously: the local site answers from this one). */
  async function feedsCommand(url: string, ...args: string[]): Promise<{ code: number; out: string }> {
    const run = promisify(execFile);
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'lib/cli/feeds.ts', ...args],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, IMPORT_ALLOW_HOSTS: 'localhost' } },
      );
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, out: failed.stdout + failed.stderr };
    }
  }

  it('reads the due feeds once, says what each gave, and exits 1 when one failed', async () => {
    const { sql, feeds, adminId, url } = await store();
    await register(feeds, adminId, '/atom.xml');
    await register(feeds, adminId, '/malformed.xml');
    const first = await feedsCommand(url);
    expect(first.out).toMatch(/Feed "\/atom\.xml": 1 new report/);
    expect(first.out).toMatch(/Feed "\/malformed\.xml" failed: .*not an RSS or Atom feed/);
    expect(first.code).toBe(1);
    expect(await count(sql, 'Report')).toBe(1);
    // Nothing is due any more; --all reads every active feed now.
    expect((await feedsCommand(url)).out).toMatch(/No feed is due/);
    const all = await feedsCommand(url, '--all');
    expect(all.out).toMatch(/Feed "\/atom\.xml": 0 new report/);
    expect((await feedsCommand(url, '--everything')).code).toBe(2);
  });
});
