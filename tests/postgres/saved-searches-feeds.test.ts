/**
 * Saved searches and news feeds on PostgreSQL: their write paths end to end through the store's
 * Sql (openStoreSql) on a migrated PostgreSQL database, with the statements the SQLite suite runs
 * (tests/integration/saved-searches*.test.ts, feeds.test.ts). Users stay on the synchronous
 * connection in this step, so accounts here are plain inserts; incidents likewise.
 *
 * The feed polled here takes no item: its keyword matches only an article the site lost (ingest on
 * PostgreSQL is tests/postgres/ingest.test.ts). What runs here is the feed's own part: the lease,
 * the due list, each item's row (first seen and seen again) and the feed's state; no report is
 * stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '@/lib/db';
import { addFeed, deleteFeed, setFeedActive } from '@/lib/feeds/feed-mutations';
import { listFeeds, recentFeedItems } from '@/lib/feeds/feed-queries';
import { pollDueFeeds, pollFeed } from '@/lib/feeds/poll';
import { feedInputSchema } from '@/lib/feeds/schema';
import { savedSearchFeed } from '@/lib/saved-searches/feed-response';
import {
  createSavedSearch,
  deleteSavedSearch,
  renameSavedSearch,
  renewFeedAddress,
} from '@/lib/saved-searches/mutations';
import { getSavedSearch, listSavedSearches, searchByFeedToken } from '@/lib/saved-searches/queries';
import { savedSearchInputSchema } from '@/lib/saved-searches/schema';
import { recordVisit } from '@/lib/saved-searches/visit-mutations';
import type { Sql } from '@/lib/store/sql';
import { sqlDateTime } from '@/lib/store/sql-values';
import { openStoreSql } from '@/lib/store/store-sql';
import { type FeedSite, RSS_ETAG, startFeedSite } from '../fixtures/feed-site';
import { migratedPostgresDatabase } from './helpers/copied-store';
import { atRelease, releaseAll, serverUrl } from './helpers/databases';

const LIMITS = { allowHosts: ['localhost'], timeoutMs: 1_500, maxBytes: 2 * 2 ** 20 };

describe.skipIf(!serverUrl)('saved searches and feeds on PostgreSQL', () => {
  let sql: Sql;
  let db: Db;
  let site: FeedSite;
  let alice: number;
  let bob: number;
  const poll = () => ({ intervalMinutes: 30, limits: LIMITS });

  /** An account, inserted as plain SQL: users move to the async Sql in their own commit. */
  const newUser = async (name: string) => {
    const row = await sql.get<{ id: number }>(
      `INSERT INTO "User" ("email", "name", "role", "passwordHash", "createdAt") VALUES (?, ?, 'viewer', ?, ?)
       RETURNING "id"`,
      [`${name}@pg.test`, name, 'not a real hash', new Date()],
    );
    return row?.id ?? 0;
  };
  const save = async (userId: number, name: string, query = '') =>
    createSavedSearch(sql, { userId, input: savedSearchInputSchema.parse({ name, query }) });
  const saved = async (userId: number, name: string, query = '') => {
    const result = await save(userId, name, query);
    if (!result.ok) throw new Error(result.message);
    return result.id;
  };
  /** Opens a few pool connections, so that transactions sent at once do run at once. */
  const warmPool = () => Promise.all([1, 2, 3].map(() => sql.get('SELECT pg_sleep(0.05) AS "slept"')));
  const audit = (entity: string, entityId: number) =>
    sql.all<{ userId: number | null; action: string }>(
      'SELECT "userId", "action" FROM "AuditEntry" WHERE "entity" = ? AND "entityId" = ? ORDER BY "id"',
      [entity, entityId],
    );

  beforeAll(async () => {
    const url = await migratedPostgresDatabase();
    sql = await openStoreSql(url);
    atRelease(() => sql.close());
    db = createDb(url);
    atRelease(() => db.$disconnect());
    site = await startFeedSite({ slowMs: 3_000 });
    atRelease(() => site.close());
    alice = await newUser('alice');
    bob = await newUser('bob');
  });
  afterAll(releaseAll);

  it('saves, renames, lists and removes only the user’s own searches, names unique in any case, audited', async () => {
    const mine = await saved(alice, 'Artibonite attacks', 'type=attack&place=artibonite');
    expect(await save(alice, 'ARTIBONITE ATTACKS')).toMatchObject({ ok: false, field: 'name' });
    await saved(alice, 'zeta');
    await saved(alice, 'Beta');
    const theirs = await saved(bob, 'Everything');
    // By name in any case (lower(): "Beta" before "zeta", whatever the database's collation).
    expect((await listSavedSearches(sql, alice)).map((s) => s.name)).toEqual([
      'Artibonite attacks',
      'Beta',
      'zeta',
    ]);
    const row = await getSavedSearch(sql, { userId: alice, searchId: mine });
    expect(row).toMatchObject({ id: mine, query: 'type=attack&place=artibonite' });
    expect(row?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);

    expect(await renameSavedSearch(sql, { userId: alice, searchId: theirs, name: 'Mine now' })).toBeNull();
    expect(await renameSavedSearch(sql, { userId: alice, searchId: mine, name: 'ZETA' })).toMatchObject({
      ok: false,
      field: 'name',
    });
    expect(await renameSavedSearch(sql, { userId: alice, searchId: mine, name: 'Artibonite' })).toEqual({
      ok: true,
      id: mine,
    });
    expect(await deleteSavedSearch(sql, { userId: alice, searchId: theirs })).toBe(false);
    expect(await renewFeedAddress(sql, { userId: alice, searchId: theirs })).toBe(false);
    expect(await deleteSavedSearch(sql, { userId: alice, searchId: mine })).toBe(true);
    expect(await getSavedSearch(sql, { userId: alice, searchId: mine })).toBeNull();
    expect(await audit('SavedSearch', mine)).toEqual([
      { userId: alice, action: 'create' },
      { userId: alice, action: 'rename' },
      { userId: alice, action: 'delete' },
    ]);
  });

  it('saves one of two names differing only in case sent at once (the owner’s lock key)', async () => {
    await warmPool();
    const both = await Promise.all([save(bob, 'Kidnappings'), save(bob, 'KIDNAPPINGS')]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(both.filter((r) => !r.ok)).toEqual([expect.objectContaining({ field: 'name' })]);
  });

  it('answers a saved search’s Atom feed from PostgreSQL, and a renewed or disabled owner’s old address with 404', async () => {
    const now = sqlDateTime(new Date('2026-01-05T10:00:00Z'));
    await sql.transaction((tx) =>
      tx.insert('Incident', {
        title: 'Ambush near Pont-Sondé',
        type: 'ambush',
        date: now,
        datePrecision: 'day',
        status: 'reviewed',
        createdAt: now,
        updatedAt: now,
      }),
    );
    const id = await saved(alice, 'Ambushes', 'type=ambush');
    const search = await getSavedSearch(sql, { userId: alice, searchId: id });
    const token = search?.feedToken ?? '';
    const feed = (t: string) =>
      savedSearchFeed(new Request(`http://tracker.example.org/api/searches/${t}/atom`), {
        token: t,
        sql,
        database: db,
        placeNames: async () => new Map(),
      });
    const first = await feed(token);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('<title>Ambush near Pont-Sondé</title>');
    expect(await searchByFeedToken(sql, token)).toMatchObject({ id, name: 'Ambushes', owner: 'alice' });

    expect(await renewFeedAddress(sql, { userId: alice, searchId: id })).toBe(true);
    const renewed = (await getSavedSearch(sql, { userId: alice, searchId: id }))?.feedToken ?? '';
    expect((await feed(token)).status).toBe(404);
    expect((await feed(renewed)).status).toBe(200);
    await sql.run('UPDATE "User" SET "disabledAt" = ? WHERE "id" = ?', [new Date(), alice]);
    expect(await searchByFeedToken(sql, renewed)).toBeNull();
    await sql.run('UPDATE "User" SET "disabledAt" = NULL WHERE "id" = ?', [alice]);
    expect((await audit('SavedSearch', id)).map((a) => a.action)).toEqual(['create', 'new_feed_address']);
  });

  it('rolls the user’s visits, in the shapes SQLite gives', async () => {
    const T0 = Date.UTC(2026, 5, 1, 9, 0);
    const at = (minutes: number) => new Date(T0 + minutes * 60_000);
    expect(await recordVisit(sql, bob, at(0))).toEqual({
      lastVisitAt: sqlDateTime(at(0)),
      previousVisitAt: null,
    });
    expect(await recordVisit(sql, bob, at(1))).toEqual({
      lastVisitAt: sqlDateTime(at(0)),
      previousVisitAt: null,
    });
    expect(await recordVisit(sql, bob, at(120))).toEqual({
      lastVisitAt: sqlDateTime(at(120)),
      previousVisitAt: sqlDateTime(at(0)),
    });
    // Two pages of a new visit at once roll it once (the user's lock key): the later sees the
    // earlier's roll, a minute before, and leaves it.
    await warmPool();
    const [one, two] = await Promise.all([recordVisit(sql, bob, at(200)), recordVisit(sql, bob, at(201))]);
    expect(one).toEqual(two);
    expect(one.previousVisitAt).toBe(sqlDateTime(at(120)));
  });

  it('adds, pauses, resumes and removes feeds, each change audited', async () => {
    const input = feedInputSchema.parse({
      url: 'https://news.example/feed.xml',
      name: 'News',
      language: 'fr',
      keywords: 'Haïti, MSS',
    });
    const added = await addFeed(sql, input, alice);
    if (!added.ok) throw new Error(added.message);
    expect(await addFeed(sql, { ...input, name: 'Again' }, alice)).toMatchObject({
      ok: false,
      field: 'url',
      message: expect.stringMatching(/already registered, as “News”/),
    });
    const listed = async () => (await listFeeds(sql)).find((f) => f.id === added.id);
    expect(await listed()).toMatchObject({
      name: 'News',
      language: 'fr',
      keywords: ['Haïti', 'MSS'],
      active: true,
      addedBy: 'alice',
      failures: 0,
      itemsTaken: 0,
      outcomes: {},
      nextFetchAt: null,
    });
    expect(await setFeedActive(sql, added.id, false, alice)).toBe(true);
    expect(await setFeedActive(sql, added.id, false, alice)).toBe(true); // already paused: no entry
    expect((await listed())?.active).toBe(false);
    await sql.run('UPDATE "Feed" SET "failures" = 3, "nextFetchAt" = ? WHERE "id" = ?', [
      new Date(),
      added.id,
    ]);
    expect(await setFeedActive(sql, added.id, true, alice)).toBe(true);
    expect(await listed()).toMatchObject({ active: true, failures: 0, nextFetchAt: null });
    expect(await deleteFeed(sql, added.id, alice)).toBe(true);
    expect(await deleteFeed(sql, added.id, alice)).toBe(false);
    expect(await setFeedActive(sql, added.id, true, alice)).toBe(false);
    expect((await audit('Feed', added.id)).map((a) => a.action)).toEqual([
      'create',
      'pause',
      'resume',
      'delete',
    ]);
  });

  it('polls a feed: its lease, its due time, each item’s row seen once and again, and its state', async () => {
    const added = await addFeed(
      sql,
      feedInputSchema.parse({ url: `${site.base}/rss.xml`, name: 'Courier', keywords: 'lost' }),
      alice,
    );
    if (!added.ok) throw new Error(added.message);
    const feedId = added.id;
    const [first, ...others] = await pollDueFeeds(sql, poll());
    expect(others).toEqual([]);
    // "lost" is in one item's title only: its article is gone (404); the four others are skipped.
    expect(first).toMatchObject({ feedId, status: 'read', stored: 0, duplicates: 0, skipped: 4, failed: 1 });
    const feed = (await listFeeds(sql)).find((f) => f.id === feedId);
    expect(feed).toMatchObject({
      failures: 0,
      lastError: null,
      itemsTaken: 0,
      outcomes: { skipped: 4, failed: 1 },
    });
    expect(Date.parse(feed?.nextFetchAt ?? '') - Date.parse(feed?.lastFetchedAt ?? '')).toBe(30 * 60_000);
    const items = (await recentFeedItems(sql, 10)).filter((i) => i.feedId === feedId);
    expect(items.map((i) => i.outcome)).toEqual(['failed', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(items[0]).toMatchObject({
      url: `${site.base}/articles/missing`,
      error: expect.stringMatching(/404/),
    });
    expect(await recentFeedItems(sql, 2)).toHaveLength(2);

    // Not due again for half an hour; the feed's ETag gets a 304 when read now anyway.
    expect(await pollDueFeeds(sql, poll())).toEqual([]);
    site.requests.length = 0;
    expect(await pollFeed(sql, feedId, { ...poll(), force: true })).toMatchObject({ status: 'unchanged' });
    expect(site.requests).toEqual([{ path: '/rss.xml', ifNoneMatch: RSS_ETAG }]);

    // Read in full again (--all): only the failed item is tried again, one more attempt on its row.
    await sql.run('UPDATE "Feed" SET "etag" = NULL, "lastModified" = NULL WHERE "id" = ?', [feedId]);
    site.requests.length = 0;
    const [again] = await pollDueFeeds(sql, { ...poll(), all: true });
    expect(again).toMatchObject({ feedId, status: 'read', skipped: 0, failed: 1 });
    expect(site.requests.map((r) => r.path)).toEqual(['/rss.xml', '/articles/missing']);
    const lost = await sql.get<{ attempts: number; n: number }>(
      `SELECT "attempts", (SELECT count(*) FROM "FeedItem" WHERE "feedId" = ?) AS "n"
         FROM "FeedItem" WHERE "feedId" = ? AND "outcome" = 'failed'`,
      [feedId, feedId],
    );
    expect(lost).toEqual({ attempts: 2, n: 5 });
    // No report was stored.
    expect(await sql.get('SELECT count(*) AS "n" FROM "Report"')).toEqual({ n: 0 });
    expect(await audit('Feed', feedId)).toEqual([{ userId: alice, action: 'create' }]);
  });

  it('lets one poller hold a feed at a time, and never reads a paused feed when due', async () => {
    const added = await addFeed(
      sql,
      feedInputSchema.parse({ url: `${site.base}/slow.xml`, name: 'Slow' }),
      alice,
    );
    if (!added.ok) throw new Error(added.message);
    // Two pollers at once, on two pool connections: whichever claims first reads (and times
    // out on this slow feed), the other finds the feed held.
    await warmPool();
    const both = await Promise.all([
      pollFeed(sql, added.id, { ...poll(), force: true }),
      pollFeed(sql, added.id, { ...poll(), force: true }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual(['busy', 'failed']);
    expect(both.find((r) => r.status === 'busy')).toMatchObject({ name: 'Slow' });
    expect(both.find((r) => r.status === 'failed')?.error).toMatch(/too long/);
    const failed = (await listFeeds(sql)).find((f) => f.id === added.id);
    expect(Date.parse(failed?.nextFetchAt ?? '') - Date.parse(failed?.lastFetchedAt ?? '')).toBe(
      2 * 30 * 60_000,
    );
    expect(await setFeedActive(sql, added.id, false, alice)).toBe(true);
    await sql.run('UPDATE "Feed" SET "nextFetchAt" = NULL WHERE "id" = ?', [added.id]);
    expect((await pollDueFeeds(sql, { ...poll(), all: true })).map((r) => r.feedId)).not.toContain(added.id);
    expect(await pollFeed(sql, 999_999, { ...poll(), force: true })).toMatchObject({ status: 'missing' });
  });
});
