/**
 * The security log on a real store: sign-ins (both outcomes), throttling, sign-outs, account
 * changes and ended sessions are written with who, when, address and outcome; they are kept after
 * the throttle counters are swept; admins alone read them, filtered and a page at a time.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_FAILURES_PER_PAIR } from '@/lib/auth/rate-limit';
import { createSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { listSecurityEvents } from '@/lib/security-log/queries';
import type { Sql } from '@/lib/store/sql';
import { createUser, endSessionsOf, updateUserAccess } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';
import { enrolTwoFactor } from './helpers/two-factor';

const SECRET = 'security-log-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const T0 = new Date('2026-04-01T10:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
let sql: Sql;
let adminId: number;
let editorId: number;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const created = await createTestDb();
  const { url } = created;
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  sql = created.sql;
  adminId = await createUser(sql, {
    input: {
      email: 'log.admin@example.org',
      name: 'Log Admin',
      role: 'admin',
      password: 'log admin password',
    },
    actorId: null,
    now: T0,
  });
  editorId = await createUser(sql, {
    input: {
      email: 'log.editor@example.org',
      name: 'Log Editor',
      role: 'editor',
      password: 'log editor password',
    },
    actorId: adminId,
    now: T0,
    context: { address: '192.0.2.10', userAgent: 'AdminBrowser/1.0' },
  });
  // Admins act only with two-factor sign-in on.
  await enrolTwoFactor(sql, { userId: adminId, sessionSecret: SECRET });
  tokens.admin = (await createSession(sql, { secret: SECRET, userId: adminId })).token;
  tokens.editor = (await createSession(sql, { secret: SECRET, userId: editorId })).token;
});

const all = async (filter = {}) => (await listSecurityEvents(sql, filter, 1000)).events;

describe('security log', () => {
  it('records sign-in successes, failures and throttling with address, user agent and outcome', async () => {
    const at = later(60_000);
    const attempt = (password: string, address = '198.51.100.1', email = 'log.editor@example.org') =>
      signIn(sql, { email, password, address, userAgent: 'TestBrowser/2.0', secret: SECRET, now: at });
    expect((await attempt('log editor password')).ok).toBe(true);
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await attempt(`wrong ${i}`);
    expect(await attempt('log editor password')).toMatchObject({ reason: 'throttled' });
    await attempt('whatever', '198.51.100.2', 'nobody@example.org');

    const signIns = await all({ kind: 'sign_in' });
    expect(
      signIns.filter((e) => e.outcome === 'success' && e.account === 'log.editor@example.org'),
    ).toHaveLength(1);
    const failures = signIns.filter((e) => e.outcome === 'failure');
    expect(failures).toHaveLength(MAX_FAILURES_PER_PAIR + 1);
    expect(failures[0]).toMatchObject({ account: 'nobody@example.org', address: '198.51.100.2' });
    expect(failures[1]).toMatchObject({
      account: 'log.editor@example.org',
      address: '198.51.100.1',
      userAgent: 'TestBrowser/2.0',
      detail: { reason: 'wrong password' },
    });
    const throttled = await all({ kind: 'sign_in_throttled' });
    expect(throttled).toHaveLength(1);
    expect(throttled[0]).toMatchObject({ outcome: 'failure', detail: { limit: 'pair' } });
  });

  it('records account changes and ended sessions with the admin who made them', async () => {
    await updateUserAccess(sql, {
      userId: editorId,
      role: 'viewer',
      actorId: adminId,
      context: { address: '192.0.2.10' },
    });
    await updateUserAccess(sql, {
      userId: editorId,
      disabled: true,
      actorId: adminId,
      context: { address: '192.0.2.10' },
    });
    await updateUserAccess(sql, {
      userId: editorId,
      disabled: false,
      actorId: adminId,
      context: { address: '192.0.2.10' },
    });
    await endSessionsOf(sql, { userId: editorId, actorId: adminId, context: { address: '192.0.2.10' } });
    const kinds = (await all({ user: 'log.editor' })).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'account_create',
        'role_change',
        'account_disable',
        'account_enable',
        'session_end',
      ]),
    );
    const role = (await all({ kind: 'role_change' }))[0];
    expect(role).toMatchObject({
      account: 'log.editor@example.org',
      actor: 'log.admin@example.org',
      address: '192.0.2.10',
      detail: { from: 'editor', to: 'viewer' },
    });
    expect((await all({ kind: 'account_create', user: 'log.editor' }))[0]).toMatchObject({
      userAgent: 'AdminBrowser/1.0',
    });
  });

  it('keeps its entries when the throttle counters are swept', async () => {
    const before = (await all()).length;
    // A sign-in a day later sweeps every old throttle row.
    await signIn(sql, {
      email: 'log.admin@example.org',
      password: 'log admin password',
      address: '192.0.2.10',
      secret: SECRET,
      now: later(24 * 60 * 60 * 1000),
    });
    expect(
      (
        (await sql.get('SELECT count(*) AS "n" FROM "LoginAttempt" WHERE "at" < ?', [
          later(120_000).toISOString(),
        ])) as { n: number }
      ).n,
    ).toBe(0);
    expect((await all()).length).toBe(before + 1);
  });

  it('filters by event, outcome, account and dates, and pages newest first', async () => {
    expect((await all({ outcome: 'failure' })).every((e) => e.outcome === 'failure')).toBe(true);
    expect((await all({ from: '2026-04-02', to: '2026-04-02' })).map((e) => e.kind)).toEqual(['sign_in']);
    expect(await all({ to: '2026-03-31' })).toEqual([]);
    const first = await listSecurityEvents(sql, {}, 3);
    expect(first.events).toHaveLength(3);
    expect(first.nextBefore).not.toBeNull();
    const second = await listSecurityEvents(sql, { before: first.nextBefore ?? undefined }, 3);
    expect(second.events[0]?.id).toBeLessThan(first.events[2]?.id ?? 0);
    const ids = [...first.events, ...second.events].map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('the page is for admins only and shows the filtered events', async () => {
    const { default: SecurityLogPage } = await import('@/app/admin/security/page');
    const render = (query: Record<string, string>) =>
      SecurityLogPage({ searchParams: Promise.resolve(query), params: Promise.resolve({}) } as never);
    // The editor's earlier sessions were ended above: a fresh one.
    request.token = (await createSession(sql, { secret: SECRET, userId: editorId })).token;
    await expect(render({})).rejects.toMatchObject({ digest: expect.stringContaining('/forbidden') });
    request.token = undefined;
    await expect(render({})).rejects.toMatchObject({ digest: expect.stringContaining('/login') });
    request.token = tokens.admin;
    const page = JSON.stringify(await render({ kind: 'role_change', from: 'not a date', before: '-3' }));
    expect(page).toContain('Role changed');
    expect(page).not.toContain('Sign-in throttled');
  });
});
