/**
 * Saved searches on a real store: each user saves, renames and removes only their own; a search's
 * Atom feed holds exactly the incidents its filters give on the timeline and API, newest recorded
 * first, valid by RFC 4287, escaped; its address is the credential, and a new one revokes the old.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { DOMParser } from 'linkedom';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db';
import { parseFilters, searchParamsRecord } from '@/lib/incidents/filters';
import { createIncident } from '@/lib/incidents/mutations';
import { listIncidents } from '@/lib/incidents/queries';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { saveSearchAction } from '@/lib/saved-searches/actions';
import {
  createSavedSearch,
  deleteSavedSearch,
  renameSavedSearch,
  renewFeedAddress,
} from '@/lib/saved-searches/mutations';
import { getSavedSearch, listSavedSearches } from '@/lib/saved-searches/queries';
import { savedSearchInputSchema } from '@/lib/saved-searches/schema';
import type { Sql } from '@/lib/store/sql';
import { createUser, updateUserAccess } from '@/lib/users/mutations';
import { atomProblems } from './helpers/atom-rules';
import { formOf, request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'saved-searches-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let db: Db;
/** The synchronous connection, for the tests' own reads; the code under test takes `sqlAsync`. */
let sqlAsync: Sql;
let alice: number;
let bob: number;
let GET: typeof import('@/app/api/searches/[token]/atom/route').GET;

const placeId = async (key: string) =>
  (await sqlAsync.get<{ id: number }>('SELECT "id" FROM "Location" WHERE "key" = ?', [key]))?.id;
let minute = 0;
async function recorded(fields: {
  title: string;
  type?: string;
  place?: string;
  date?: string;
  status?: string;
}) {
  const input = incidentFieldsSchema.parse({
    title: fields.title,
    summary: 'Summary of the event.',
    date: fields.date ?? '2025-03-01',
    datePrecision: 'day',
    type: fields.type ?? 'attack',
    locationId: await placeId(fields.place ?? 'saint-marc'),
    placePrecision: 'commune',
    status: fields.status ?? 'reviewed',
  });
  return createIncident(sqlAsync, { input, userId: alice, now: new Date(Date.UTC(2026, 0, 1, 8, ++minute)) });
}

async function save(userId: number, name: string, query: string) {
  const saved = await createSavedSearch(sqlAsync, {
    userId,
    input: savedSearchInputSchema.parse({ name, query }),
  });
  if (!saved.ok) throw new Error(saved.message);
  return (await getSavedSearch(sqlAsync, { userId, searchId: saved.id })) ?? (undefined as never);
}

async function feed(token: string, headers: Record<string, string> = {}) {
  const url = `http://localhost/api/searches/${token}/atom`;
  return GET(
    new Request(url, { headers: { host: 'tracker.example.org', 'x-hit-client-proto': 'https', ...headers } }),
    {
      params: Promise.resolve({ token }),
    },
  );
}

beforeAll(async () => {
  const created = await createTestDb();
  db = created.db;
  sqlAsync = created.sql;
  process.env.DATABASE_URL = created.url;
  process.env.SESSION_SECRET = SECRET;
  process.env.PUBLIC_READ = 'false'; // the token, not a session, opens a feed
  await installGazetteer(db, GAZETTEER);
  const user = (name: string) =>
    createUser(sqlAsync, {
      input: { email: `${name}@searches.test`, name, role: 'viewer', password: `${name} searches password` },
      actorId: null,
    });
  alice = await user('alice');
  bob = await user('bob');
  ({ GET } = await import('@/app/api/searches/[token]/atom/route'));
});

describe('saved searches belong to their user', () => {
  it('lists, renames and removes only the user’s own, each change audited as them', async () => {
    const mine = await save(alice, 'Artibonite attacks', 'type=attack&place=artibonite');
    const theirs = await save(bob, 'Everything', '');
    expect((await listSavedSearches(sqlAsync, alice)).map((s) => s.name)).toEqual(['Artibonite attacks']);
    expect((await listSavedSearches(sqlAsync, bob)).map((s) => s.name)).toEqual(['Everything']);
    expect(await deleteSavedSearch(sqlAsync, { userId: alice, searchId: theirs.id })).toBe(false);
    expect(
      await renameSavedSearch(sqlAsync, { userId: alice, searchId: theirs.id, name: 'Mine now' }),
    ).toBeNull();
    expect(await renewFeedAddress(sqlAsync, { userId: alice, searchId: theirs.id })).toBe(false);
    expect(await getSavedSearch(sqlAsync, { userId: bob, searchId: theirs.id })).toEqual(theirs);
    expect(
      await renameSavedSearch(sqlAsync, { userId: alice, searchId: mine.id, name: 'Artibonite' }),
    ).toEqual({
      ok: true,
      id: mine.id,
    });
    expect(await deleteSavedSearch(sqlAsync, { userId: alice, searchId: mine.id })).toBe(true);
    expect(await listSavedSearches(sqlAsync, alice)).toEqual([]);
    const audit = await sqlAsync.all(
      `SELECT "userId", "action" FROM "AuditEntry" WHERE "entity" = 'SavedSearch' AND "entityId" = ? ORDER BY "id"`,
      [mine.id],
    );
    expect(audit).toEqual([
      { userId: alice, action: 'create' },
      { userId: alice, action: 'rename' },
      { userId: alice, action: 'delete' },
    ]);
  });

  it('stores the filters in their one spelling, and refuses names twice and filters with errors', async () => {
    const a = await save(
      alice,
      'Spelling one',
      '?place=artibonite&type=attack&cursor=2025-01-01_4&confirmed=0',
    );
    expect(a.query).toBe('type=attack&place=artibonite');
    expect(
      await createSavedSearch(sqlAsync, {
        userId: alice,
        input: savedSearchInputSchema.parse({ name: 'spelling ONE', query: '' }),
      }),
    ).toMatchObject({ ok: false, field: 'name' });
    const bad = savedSearchInputSchema.safeParse({ name: 'Bad', query: 'from=2025-02-30&type=attack' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['query'], message: expect.stringMatching(/from/) });
    expect(savedSearchInputSchema.safeParse({ name: ' ', query: '' }).success).toBe(false);
    expect(savedSearchInputSchema.safeParse({ name: 'x'.repeat(101), query: '' }).success).toBe(false);
  });

  it('saves through the form’s action as the signed-in user, with errors beside the field', async () => {
    request.token = (await createSession(sqlAsync, { secret: SECRET, userId: bob })).token;
    const ok = await saveSearchAction({}, formOf({ name: 'Kidnappings', query: 'type=kidnapping' }));
    expect(ok).toMatchObject({ ok: true });
    expect((await listSavedSearches(sqlAsync, bob)).map((s) => [s.name, s.query])).toContainEqual([
      'Kidnappings',
      'type=kidnapping',
    ]);
    expect((await listSavedSearches(sqlAsync, alice)).map((s) => s.name)).not.toContain('Kidnappings');
    const twice = await saveSearchAction({}, formOf({ name: 'Kidnappings', query: '' }));
    expect(twice).toMatchObject({
      errors: { name: [expect.stringMatching(/already/)] },
      values: { name: 'Kidnappings' },
    });
    const bad = await saveSearchAction({}, formOf({ name: 'Bad', query: 'type=picnic' }));
    expect(bad).toMatchObject({ errors: { query: [expect.stringMatching(/type/)] } });
  });
});

describe('a saved search’s Atom feed', () => {
  it('holds exactly the incidents the same filters give on the list API, newest recorded first', async () => {
    await recorded({ title: 'Attack in Saint-Marc', place: 'saint-marc' });
    await recorded({ title: 'Gunfire in Saint-Marc', type: 'gunfire', place: 'saint-marc' });
    await recorded({ title: 'Attack in Pétion-Ville', place: 'petion-ville' });
    await recorded({ title: 'Attack in Pont-Sondé, earlier date', place: 'pont-sonde', date: '2024-11-02' });
    await recorded({ title: 'Rejected attack in Saint-Marc', status: 'rejected' });
    const search = await save(alice, 'Attacks in Artibonite', 'type=attack&place=artibonite');
    const response = await feed(search.feedToken);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const parsed = parseFeed(await response.text());
    const ids = parsed.items.map((i) => Number(i.url?.split('/').pop()));
    const { items } = await listIncidents(
      parseFilters(searchParamsRecord(new URLSearchParams(search.query))).filters,
      { limit: 200 },
      db,
    );
    expect(ids.length).toBe(2);
    expect([...ids].sort()).toEqual(items.map((i) => i.id).sort());
    // Newest recorded first (the Pont-Sondé one was recorded last, though it happened first).
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Attack in Pont-Sondé, earlier date',
      'Attack in Saint-Marc',
    ]);
    expect(parsed.items[0]?.url).toMatch(/^https:\/\/tracker\.example\.org\/incidents\/\d+$/);
  });

  it('keeps the 50 newest recorded when more match', async () => {
    for (let i = 0; i < 52; i++) await recorded({ title: `Evacuation ${i}`, type: 'evacuation' });
    const search = await save(alice, 'Evacuations', 'type=evacuation');
    const parsed = parseFeed(await (await feed(search.feedToken)).text());
    expect(parsed.items.map((i) => i.title)).toEqual(
      Array.from({ length: 50 }, (_, i) => `Evacuation ${51 - i}`),
    );
  });

  it('validates as Atom (RFC 4287) and escapes what XML must', async () => {
    const title = `Attaque à Pont-Sondé: "Gran Grif" & <police> l'ont repoussée`;
    await recorded({ title, type: 'ambush', place: 'pont-sonde' });
    const search = await save(alice, `Embuscades & "tirs" <Artibonite> d'abord`, 'type=ambush&q=pont-sonde');
    const xml = await (await feed(search.feedToken)).text();
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).toContain(
      'Attaque à Pont-Sondé: &quot;Gran Grif&quot; &amp; &lt;police&gt; l&apos;ont repoussée',
    );
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    expect(doc.querySelector('feed > title')?.textContent).toBe(
      `Embuscades & "tirs" <Artibonite> d'abord · Haiti Incident Tracker`,
    );
    expect(doc.querySelector('entry > title')?.textContent).toBe(title);
    const parsed = parseFeed(xml);
    expect(parsed.items[0]?.title).toBe(title);
    expect(parsed.self).toBe(`https://tracker.example.org/api/searches/${search.feedToken}/atom`);
    expect(parsed.url).toBe('https://tracker.example.org/incidents?type=ambush&q=pont-sonde');
    expect(parsed.items[0]?.description).toMatch(/Pont-Sondé .*\n.*no casualties reported · 0 sources/);
  });

  it('answers an unknown, malformed or replaced address, or a disabled owner’s, with a 404 in the error shape', async () => {
    const search = await save(bob, 'Bob’s feed', 'type=attack');
    for (const token of ['A'.repeat(43), 'short', `${search.feedToken}x`]) {
      const response = await feed(token);
      expect(response.status, token).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    expect((await feed(search.feedToken)).status).toBe(200);
    expect(await renewFeedAddress(sqlAsync, { userId: bob, searchId: search.id })).toBe(true);
    const renewed = await getSavedSearch(sqlAsync, { userId: bob, searchId: search.id });
    expect(renewed?.feedToken).not.toBe(search.feedToken);
    expect((await feed(search.feedToken)).status).toBe(404);
    expect((await feed(renewed?.feedToken ?? '')).status).toBe(200);
    const carol = await createUser(sqlAsync, {
      input: {
        email: 'carol@searches.test',
        name: 'carol',
        role: 'viewer',
        password: 'carol searches password',
      },
      actorId: null,
    });
    const hers = await save(carol, 'Carol’s', '');
    expect((await feed(hers.feedToken)).status).toBe(200);
    await updateUserAccess(sqlAsync, { userId: carol, disabled: true, actorId: null });
    expect((await feed(hers.feedToken)).status).toBe(404);
  });

  it('answers a reader asking again with its ETag 304 until a matching incident is recorded', async () => {
    const search = await save(alice, 'Arrests', 'type=arrest');
    const first = await feed(search.feedToken);
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    expect((await feed(search.feedToken, { 'if-none-match': etag })).status).toBe(304);
    const since = first.headers.get('last-modified') ?? '';
    expect((await feed(search.feedToken, { 'if-modified-since': since })).status).toBe(304);
    await recorded({ title: 'An arrest', type: 'arrest' });
    const changed = await feed(search.feedToken, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(parseFeed(await changed.text()).items.map((i) => i.title)).toEqual(['An arrest']);
  });
});
