/**
 * A user's own password and sessions, and an admin's reset, through the real actions and page
 * guard on a real store: the current password is required (and throttled), common and
 * whitespace-only passwords are refused, a reset forces a change at the next sign-in, and a user
 * sees and ends their own sessions (one, the others, or all) but nobody else's.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { isCommonPassword } from '@/lib/auth/common-passwords';
import { newPasswordSchema } from '@/lib/auth/schema';
import { createSession, resolveSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { listSecurityEvents } from '@/lib/security-log/queries';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { listOwnSessions } from '@/lib/users/session-mutations';
import { actionOutcome, formOf, request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';
import { enrolTwoFactor } from './helpers/two-factor';

const SECRET = 'account-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let sql: Sql;
let adminId: number;
let userId: number;
let otherId: number;
let adminToken: string;

beforeAll(async () => {
  const created = await createTestDb();
  const { url } = created;
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  sql = created.sql;
  adminId = await createUser(sql, {
    input: { email: 'pw.admin@example.org', name: 'Admin', role: 'admin', password: 'pw admin password' },
    actorId: null,
  });
  userId = await createUser(sql, {
    input: { email: 'pw.user@example.org', name: 'User', role: 'editor', password: 'first user password' },
    actorId: adminId,
  });
  otherId = await createUser(sql, {
    input: { email: 'pw.other@example.org', name: 'Other', role: 'editor', password: 'other user password' },
    actorId: adminId,
  });
  // Admins act only with two-factor sign-in on.
  await enrolTwoFactor(sql, { userId: adminId, sessionSecret: SECRET });
  adminToken = (await createSession(sql, { secret: SECRET, userId: adminId })).token;
});

const passwordOf = (email: string, password: string, address = '10.7.7.7') =>
  signIn(sql, { email, password, address, secret: SECRET });

describe('new passwords', () => {
  it('refuses common and breached passwords, padded or doubled, and whitespace-only ones', () => {
    for (const bad of [
      'qwerty123456',
      'password1234',
      'iloveyou2024!',
      'monkeymonkeymonkey',
      ' '.repeat(14),
      'P@ssword12345',
    ]) {
      expect(newPasswordSchema.safeParse(bad).success, bad).toBe(false);
    }
    expect(isCommonPassword('qwerty123456')).toBe(true);
    for (const good of ['harbour lantern cassava', 'first user password 2', 'Kreyòl mizik lakay']) {
      expect(newPasswordSchema.safeParse(good).success, good).toBe(true);
    }
    expect(newPasswordSchema.safeParse('short').success).toBe(false);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, keeps this session and ends the others', async () => {
    const { changePasswordAction } = await import('@/lib/users/account-actions');
    const here = await createSession(sql, { secret: SECRET, userId });
    const elsewhere = await createSession(sql, { secret: SECRET, userId });
    request.token = here.token;

    const wrong = await actionOutcome(
      changePasswordAction(
        {},
        formOf({
          current: 'not it at all',
          password: 'harbour lantern cassava',
          confirm: 'harbour lantern cassava',
        }),
      ),
    );
    expect(wrong.state?.errors).toMatchObject({ current: ['That is not your current password.'] });
    const common = await actionOutcome(
      changePasswordAction(
        {},
        formOf({ current: 'first user password', password: 'password123456', confirm: 'password123456' }),
      ),
    );
    expect((common.state?.errors as Record<string, string[]> | undefined)?.password?.[0]).toMatch(
      /common or breached/,
    );
    const differ = await actionOutcome(
      changePasswordAction(
        {},
        formOf({
          current: 'first user password',
          password: 'harbour lantern cassava',
          confirm: 'harbour lantern',
        }),
      ),
    );
    expect(differ.state?.errors).toMatchObject({ confirm: ['The two new passwords differ.'] });

    const done = await actionOutcome(
      changePasswordAction(
        {},
        formOf({
          current: 'first user password',
          password: 'harbour lantern cassava',
          confirm: 'harbour lantern cassava',
        }),
      ),
    );
    expect(done.redirect).toBe('/account?changed=password');
    expect(await resolveSession(sql, { secret: SECRET, token: here.token })).not.toBeNull();
    expect(await resolveSession(sql, { secret: SECRET, token: elsewhere.token })).toBeNull();
    expect((await passwordOf('pw.user@example.org', 'first user password')).ok).toBe(false);
    expect((await passwordOf('pw.user@example.org', 'harbour lantern cassava')).ok).toBe(true);
    const events = (await listSecurityEvents(sql, { kind: 'password_change', user: 'pw.user' })).events;
    expect(events.map((e) => e.outcome)).toEqual(['success', 'failure']);
  });

  it('throttles guesses at the current password from a borrowed session', async () => {
    const { changePasswordAction } = await import('@/lib/users/account-actions');
    request.token = (await createSession(sql, { secret: SECRET, userId: otherId })).token;
    request.headers = { 'x-hit-client-address': '10.8.8.8', 'x-hit-client-proto': 'http' };
    const guess = (i: number) =>
      actionOutcome(
        changePasswordAction(
          {},
          formOf({
            current: `guess ${i}`,
            password: 'harbour lantern okra',
            confirm: 'harbour lantern okra',
          }),
        ),
      );
    for (let i = 0; i < 5; i++) await guess(i);
    const blocked = await guess(99);
    expect((blocked.state?.errors as Record<string, string[]> | undefined)?.current?.[0]).toMatch(/Too many/);
    request.headers = { 'x-hit-client-address': '127.0.0.1', 'x-hit-client-proto': 'http' };
  });
});

describe('an admin’s reset', () => {
  it('gives a temporary password, ends the sessions, and forces a change before anything else', async () => {
    const { changeUserAccessAction } = await import('@/lib/users/actions');
    const { changePasswordAction } = await import('@/lib/users/account-actions');
    const open = await createSession(sql, { secret: SECRET, userId });
    request.token = adminToken;
    const reset = await actionOutcome(
      changeUserAccessAction({}, formOf({ userId: String(userId), change: 'reset_password' })),
    );
    const temporary = /Temporary password: ([a-z0-9-]+)/.exec(String(reset.state?.message))?.[1] ?? '';
    expect(temporary).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    expect(await resolveSession(sql, { secret: SECRET, token: open.token })).toBeNull();

    const signedIn = await passwordOf('pw.user@example.org', temporary, '10.9.1.1');
    expect(signedIn.ok).toBe(true);
    if (!signedIn.ok) return;
    request.token = signedIn.token;
    // Pages send them to change it; actions refuse meanwhile.
    const { default: IncidentsPage } = await import('@/app/incidents/page');
    const page = await actionOutcome(IncidentsPage({ searchParams: Promise.resolve({}) } as never));
    expect(page.redirect).toBe('/account/password?next=%2Fincidents');
    const { createPlaceAction } = await import('@/lib/locations/actions');
    expect((await actionOutcome(createPlaceAction({}, formOf({})))).state?.denied).toBe('forbidden');

    const changed = await actionOutcome(
      changePasswordAction(
        {},
        formOf({
          current: temporary,
          password: 'second harbour lantern',
          confirm: 'second harbour lantern',
          next: '/incidents',
        }),
      ),
    );
    expect(changed.redirect).toBe('/incidents');
    expect((await resolveSession(sql, { secret: SECRET, token: signedIn.token }))?.requirement).toBeNull();
    const log = (await listSecurityEvents(sql, { kind: 'password_reset' })).events[0];
    expect(log).toMatchObject({ account: 'pw.user@example.org', actor: 'pw.admin@example.org' });
  });
});

describe('one’s own sessions', () => {
  it('lists them with address and browser, and ends one, the others, or all — never another user’s', async () => {
    const { endOwnSessionsAction } = await import('@/lib/users/account-actions');
    const a = await createSession(sql, {
      secret: SECRET,
      userId: otherId,
      address: '198.51.100.1',
      userAgent: 'Firefox/140',
    });
    const b = await createSession(sql, {
      secret: SECRET,
      userId: otherId,
      address: '198.51.100.2',
      userAgent: 'Chrome/150',
    });
    const c = await createSession(sql, {
      secret: SECRET,
      userId: otherId,
      address: '198.51.100.3',
      userAgent: 'Safari/20',
    });
    const foreign = await createSession(sql, { secret: SECRET, userId: adminId });
    const current = await resolveSession(sql, { secret: SECRET, token: a.token });
    if (!current) throw new Error('session a');
    const listed = await listOwnSessions(sql, { userId: otherId, currentSessionId: current.sessionId });
    expect(listed.find((s) => s.current)).toMatchObject({
      address: '198.51.100.1',
      userAgent: 'Firefox/140',
    });
    const bView = listed.find((s) => s.address === '198.51.100.2');
    request.token = a.token;

    // Another user's session handle ends nothing.
    const foreignId = (await resolveSession(sql, { secret: SECRET, token: foreign.token }))?.sessionId ?? '';
    expect(
      (await actionOutcome(endOwnSessionsAction({}, formOf({ which: foreignId.slice(0, 12) })))).state
        ?.message,
    ).toBe('Ended 0 sessions.');
    expect(await resolveSession(sql, { secret: SECRET, token: foreign.token })).not.toBeNull();

    expect(
      (await actionOutcome(endOwnSessionsAction({}, formOf({ which: bView?.handle ?? '' })))).state?.message,
    ).toBe('Ended 1 session.');
    expect(await resolveSession(sql, { secret: SECRET, token: b.token })).toBeNull();
    expect(await resolveSession(sql, { secret: SECRET, token: c.token })).not.toBeNull();
    await actionOutcome(endOwnSessionsAction({}, formOf({ which: 'others' })));
    expect(await resolveSession(sql, { secret: SECRET, token: c.token })).toBeNull();
    expect(await resolveSession(sql, { secret: SECRET, token: a.token })).not.toBeNull();
    expect((await actionOutcome(endOwnSessionsAction({}, formOf({ which: 'all' })))).redirect).toBe('/login');
    expect(await resolveSession(sql, { secret: SECRET, token: a.token })).toBeNull();
  });
});
