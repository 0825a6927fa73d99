/**
 * Accounts on a real store: passwords are argon2id hashes, sessions are stored only as HMACs of
 * the cookie token, expire when idle and absolutely, end on sign-out, on an admin's request and
 * when the account is disabled; sign-in is throttled per account and per address and never says
 * which of the two fields was wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/password';
import {
  ACCOUNT_FREE_FAILURES,
  LOGIN_WINDOW_MS,
  MAX_ACCOUNT_DELAY_MS,
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_PAIR,
} from '@/lib/auth/rate-limit';
import {
  ABSOLUTE_TIMEOUT_MS,
  createSession,
  endSession,
  IDLE_TIMEOUT_MS,
  resolveSession,
  sessionId,
} from '@/lib/auth/sessions';
import { SIGN_IN_FAILED, signIn } from '@/lib/auth/sign-in';
import type { Sql } from '@/lib/store/sql';
import {
  createUser,
  endSessionsOf,
  LastAdminError,
  UserExistsError,
  updateUserAccess,
} from '@/lib/users/mutations';
import { createTestDb } from './helpers/test-db';

const SECRET = 'x'.repeat(40);
const T0 = new Date('2026-03-01T08:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

let sql: Sql;
let editorId: number;
let adminId: number;

beforeAll(async () => {
  sql = (await createTestDb()).sql;
  adminId = await createUser(sql, {
    input: { email: 'admin@example.org', name: 'Admin', role: 'admin', password: 'admin password 123' },
    actorId: null,
  });
  editorId = await createUser(sql, {
    input: { email: 'editor@example.org', name: 'Editor', role: 'editor', password: 'editor password 123' },
    actorId: adminId,
  });
});

const attempt = (email: string, password: string, address = '10.0.0.1', now = T0) =>
  signIn(sql, { email, password, address, secret: SECRET, now });

describe('accounts', () => {
  it('stores an argon2id hash, never the password, and audits the creation', async () => {
    const row = (await sql.get<{ passwordHash: string }>('SELECT "passwordHash" FROM "User" WHERE "id" = ?', [
      editorId,
    ])) as { passwordHash: string };
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain('editor password');
    const audit = (await sql.get(
      `SELECT "userId", "action", "after" FROM "AuditEntry" WHERE "entity" = 'User' AND "entityId" = ?`,
      [editorId],
    )) as { userId: number; action: string; after: string };
    expect(audit).toMatchObject({ userId: adminId, action: 'create' });
    expect(audit.after).not.toContain('password');
  });

  it('refuses a second account with the same address', async () => {
    await expect(
      createUser(sql, {
        input: { email: 'editor@example.org', name: 'Again', role: 'viewer', password: 'another password 1' },
        actorId: null,
      }),
    ).rejects.toBeInstanceOf(UserExistsError);
  });

  it('keeps at least one active admin', async () => {
    await expect(
      updateUserAccess(sql, { userId: adminId, role: 'editor', actorId: adminId }),
    ).rejects.toThrow(LastAdminError);
    await expect(
      updateUserAccess(sql, { userId: adminId, disabled: true, actorId: adminId }),
    ).rejects.toThrow(LastAdminError);
  });

  it('with exactly two active admins, either may be demoted or disabled, but not both', async () => {
    const secondId = await createUser(sql, {
      input: {
        email: 'second.admin@example.org',
        name: 'Second',
        role: 'admin',
        password: 'second admin pw 1',
      },
      actorId: adminId,
    });
    await updateUserAccess(sql, { userId: secondId, role: 'editor', actorId: adminId });
    await updateUserAccess(sql, { userId: secondId, role: 'admin', actorId: adminId });
    await updateUserAccess(sql, { userId: adminId, disabled: true, actorId: secondId });
    await expect(
      updateUserAccess(sql, { userId: secondId, disabled: true, actorId: secondId }),
    ).rejects.toThrow(LastAdminError);
    await expect(
      updateUserAccess(sql, { userId: secondId, role: 'viewer', actorId: secondId }),
    ).rejects.toThrow(LastAdminError);
    await updateUserAccess(sql, { userId: adminId, disabled: false, actorId: secondId });
    // A disabled admin is no active admin: demoting one never counts against the rule.
    await updateUserAccess(sql, { userId: secondId, disabled: true, actorId: adminId });
    await updateUserAccess(sql, { userId: secondId, role: 'viewer', actorId: adminId });
    await expect(
      updateUserAccess(sql, { userId: adminId, role: 'editor', actorId: adminId }),
    ).rejects.toThrow(LastAdminError);
  });
});

describe('sign-in and sessions', () => {
  it('signs in with the right password and resolves the session from the cookie token', async () => {
    const result = await attempt('editor@example.org', 'editor password 123');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      await resolveSession(sql, { secret: SECRET, token: result.token, now: later(1000) }),
    ).toMatchObject({
      id: editorId,
      role: 'editor',
    });
    // The database holds only the HMAC of the token.
    const ids = (await sql.all<{ id: string }>('SELECT "id" FROM "Session"')).map((r) => r.id);
    expect(ids).toContain(sessionId(SECRET, result.token));
    expect(ids).not.toContain(result.token);
    // The same token under another secret is nobody.
    expect(
      await resolveSession(sql, { secret: 'y'.repeat(40), token: result.token, now: later(1000) }),
    ).toBeNull();
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const unknown = await attempt('nobody@example.org', 'whatever', '10.0.0.9');
    const wrong = await attempt('admin@example.org', 'wrong password', '10.0.0.9');
    expect(unknown).toEqual({ ok: false, reason: 'invalid' });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    // The message names neither field as the wrong one.
    expect(SIGN_IN_FAILED).not.toMatch(/unknown|wrong|no such|not found|incorrect/i);
  });

  it('ends a session after the idle timeout, and after the absolute timeout however busy', async () => {
    const idle = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    expect(
      await resolveSession(sql, { secret: SECRET, token: idle.token, now: later(IDLE_TIMEOUT_MS - 1000) }),
    ).not.toBeNull();
    // Used just before the idle limit, so still alive one idle period after that use.
    expect(
      await resolveSession(sql, {
        secret: SECRET,
        token: idle.token,
        now: later(2 * IDLE_TIMEOUT_MS - 2000),
      }),
    ).not.toBeNull();
    expect(
      await resolveSession(sql, { secret: SECRET, token: idle.token, now: later(3 * IDLE_TIMEOUT_MS) }),
    ).toBeNull();

    const busy = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    let now = T0.getTime();
    while (now < T0.getTime() + ABSOLUTE_TIMEOUT_MS - IDLE_TIMEOUT_MS) {
      now += IDLE_TIMEOUT_MS / 2;
      expect(
        await resolveSession(sql, { secret: SECRET, token: busy.token, now: new Date(now) }),
      ).not.toBeNull();
    }
    expect(
      await resolveSession(sql, { secret: SECRET, token: busy.token, now: later(ABSOLUTE_TIMEOUT_MS) }),
    ).toBeNull();
  });

  it('ends sessions on sign-out, on an admin request and when the account is disabled', async () => {
    const a = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    await endSession(sql, { secret: SECRET, token: a.token });
    expect(await resolveSession(sql, { secret: SECRET, token: a.token, now: T0 })).toBeNull();

    const b = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    const c = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    expect(await endSessionsOf(sql, { userId: editorId, actorId: adminId })).toBeGreaterThanOrEqual(2);
    expect(await resolveSession(sql, { secret: SECRET, token: b.token, now: T0 })).toBeNull();
    expect(await resolveSession(sql, { secret: SECRET, token: c.token, now: T0 })).toBeNull();

    const d = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    await updateUserAccess(sql, { userId: editorId, disabled: true, actorId: adminId });
    expect(await resolveSession(sql, { secret: SECRET, token: d.token, now: T0 })).toBeNull();
    expect(await attempt('editor@example.org', 'editor password 123', '10.0.0.2')).toEqual({
      ok: false,
      reason: 'invalid',
    });
    await updateUserAccess(sql, { userId: editorId, disabled: false, actorId: adminId });
    expect((await attempt('editor@example.org', 'editor password 123', '10.0.0.2')).ok).toBe(true);
  });

  it('a role change applies to open sessions at once', async () => {
    const s = await createSession(sql, { secret: SECRET, userId: editorId, now: T0 });
    await updateUserAccess(sql, { userId: editorId, role: 'viewer', actorId: adminId });
    expect((await resolveSession(sql, { secret: SECRET, token: s.token, now: T0 }))?.role).toBe('viewer');
    await updateUserAccess(sql, { userId: editorId, role: 'editor', actorId: adminId });
  });
});

describe('rate limiting', () => {
  it('blocks one account from one address after repeated failures, even with the right password', async () => {
    const now = later(5 * 60 * 60 * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) {
      expect(await attempt('admin@example.org', `guess ${i}`, '192.0.2.1', now)).toEqual({
        ok: false,
        reason: 'invalid',
      });
    }
    const blocked = await attempt('admin@example.org', 'admin password 123', '192.0.2.1', now);
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    if (!blocked.ok && blocked.reason === 'throttled') expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    // Other accounts are not affected, and the block lifts when the window has passed.
    expect((await attempt('editor@example.org', 'editor password 123', '198.51.100.7', now)).ok).toBe(true);
    const afterWindow = new Date(now.getTime() + LOGIN_WINDOW_MS + 60_000);
    expect((await attempt('admin@example.org', 'admin password 123', '192.0.2.1', afterWindow)).ok).toBe(
      true,
    );
  });

  it('someone who knows an address cannot keep its owner out', async () => {
    const now = later(40 * 60 * 60 * 1000);
    // The owner signed in from their usual address last week.
    expect((await attempt('admin@example.org', 'admin password 123', '10.20.30.40', later(-1))).ok).toBe(
      true,
    );
    // Five wrong passwords from elsewhere…
    for (let i = 0; i < 5; i++) await attempt('admin@example.org', `lockout ${i}`, '192.0.2.66', now);
    // …do not refuse the right one from another address.
    expect((await attempt('admin@example.org', 'admin password 123', '198.51.100.99', now)).ok).toBe(true);
    // Nor does a flood from many addresses refuse the owner at their usual address.
    for (let i = 0; i < 60; i++) await attempt('admin@example.org', `flood ${i}`, `203.0.113.${i}`, now);
    expect((await attempt('admin@example.org', 'admin password 123', '10.20.30.40', now)).ok).toBe(true);
    // From an address the account does not know, the flood means a delay, never a lockout.
    const fresh = await attempt('admin@example.org', 'admin password 123', '198.51.100.200', now);
    expect(fresh).toMatchObject({ ok: false, reason: 'throttled' });
    if (!fresh.ok && fresh.reason === 'throttled')
      expect(fresh.retryAfterSeconds).toBeLessThanOrEqual(MAX_ACCOUNT_DELAY_MS / 1000);
    const waited = new Date(now.getTime() + MAX_ACCOUNT_DELAY_MS);
    expect((await attempt('admin@example.org', 'admin password 123', '198.51.100.200', waited)).ok).toBe(
      true,
    );
  });

  it('bounds guessing from rotating addresses to a few dozen passwords an hour per account', async () => {
    const start = later(60 * 60 * 60 * 1000).getTime();
    let now = start;
    let checked = 0;
    let i = 0;
    while (now < start + 60 * 60 * 1000) {
      const result = await attempt(
        'editor@example.org',
        `rotating ${i}`,
        `100.64.${i >> 8}.${i & 255}`,
        new Date(now),
      );
      i++;
      if (!result.ok && result.reason === 'invalid') checked++;
      else if (!result.ok && result.reason === 'throttled') now += result.retryAfterSeconds * 1000;
      else throw new Error('a guess signed in');
    }
    expect(checked).toBeGreaterThanOrEqual(ACCOUNT_FREE_FAILURES);
    expect(checked).toBeLessThanOrEqual(25);
  });

  it('holds under parallel guesses: only the allowance is checked, the rest are throttled', async () => {
    const now = later(30 * 60 * 60 * 1000);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt('admin@example.org', `parallel guess ${i}`, `198.18.0.${i}`, now),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(ACCOUNT_FREE_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(40 - ACCOUNT_FREE_FAILURES);
  });

  it('blocks an address that tries many accounts', async () => {
    const now = later(10 * 60 * 60 * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await attempt(`spray${i}@example.org`, 'password', '203.0.113.5', now);
    }
    expect(await attempt('editor@example.org', 'editor password 123', '203.0.113.5', now)).toMatchObject({
      reason: 'throttled',
    });
    expect((await attempt('editor@example.org', 'editor password 123', '203.0.113.6', now)).ok).toBe(true);
  });

  it('a success clears the account failures', async () => {
    const now = later(20 * 60 * 60 * 1000);
    for (let i = 0; i < MAX_FAILURES_PER_PAIR - 1; i++)
      await attempt('editor@example.org', 'nope', '10.1.1.1', now);
    expect((await attempt('editor@example.org', 'editor password 123', '10.1.1.1', now)).ok).toBe(true);
    expect(await attempt('editor@example.org', 'nope', '10.1.1.1', now)).toEqual({
      ok: false,
      reason: 'invalid',
    });
    expect((await attempt('editor@example.org', 'editor password 123', '10.1.1.1', now)).ok).toBe(true);
  });

  it('hashes verify and reject', async () => {
    const row = (await sql.get<{ passwordHash: string }>('SELECT "passwordHash" FROM "User" WHERE "id" = ?', [
      adminId,
    ])) as { passwordHash: string };
    expect(await verifyPassword(row.passwordHash, 'admin password 123')).toBe(true);
    expect(await verifyPassword(row.passwordHash, 'admin password 124')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
