/**
 * Accounts, sessions, sign-in throttling, two-factor sign-in and the security log end to end on
 * whichever store `open` gives, through the store's Sql (lib/store/store-sql.ts): every statement
 * of lib/users, lib/auth and lib/security-log runs here at least once. Run on PostgreSQL
 * (tests/postgres/accounts.test.ts) and SQLite (tests/integration/accounts-contract.test.ts), so
 * a statement only one store accepts, or one answering differently, fails on that store.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACCOUNT_FREE_FAILURES, MAX_FAILURES_PER_PAIR } from '@/lib/auth/rate-limit';
import { completeSecondFactor } from '@/lib/auth/second-factor';
import { createSession, endSession, IDLE_TIMEOUT_MS, resolveSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { totpCode } from '@/lib/auth/totp';
import { listSecurityEvents } from '@/lib/security-log/queries';
import type { Sql } from '@/lib/store/sql';
import { openStoreSql } from '@/lib/store/store-sql';
import {
  createUser,
  endSessionsOf,
  LastAdminError,
  UserExistsError,
  updateUserAccess,
} from '@/lib/users/mutations';
import { changeOwnPassword, resetPassword, WrongPasswordError } from '@/lib/users/password-mutations';
import { endOwnSessions, listOwnSessions } from '@/lib/users/session-mutations';
import { TotpCodeError } from '@/lib/users/totp-errors';
import {
  confirmTotpEnrolment,
  disableTotp,
  regenerateRecoveryCodes,
  resetTotp,
  startTotpEnrolment,
} from '@/lib/users/totp-mutations';
import { twoFactorStatus } from '@/lib/users/totp-queries';

const SECRET = 'accounts-contract-secret-'.padEnd(40, 'x');
const T0 = new Date('2026-05-01T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const CONTEXT = { address: '10.0.0.1', userAgent: 'contract' };

export function accountsContract(open: () => Promise<string>): void {
  let sql: Sql;
  let n = 0;

  beforeAll(async () => {
    sql = await openStoreSql(await open());
  });
  afterAll(() => sql.close());

  async function account(role: 'viewer' | 'editor' | 'admin' = 'editor') {
    const email = `contract${++n}.${role}@example.org`;
    const password = `contract password ${n}`;
    const id = await createUser(sql, {
      input: { email, name: `C${n}`, role, password },
      actorId: null,
      now: T0,
    });
    return { id, email, password };
  }
  const count = async (text: string, params: (string | number)[]) =>
    ((await sql.get<{ n: number }>(text, params)) as { n: number }).n;

  it('creates an account with its audit and security log entries, and refuses the address twice', async () => {
    const admin = await account('admin');
    const made = await createUser(sql, {
      input: { email: 'made@example.org', name: 'Made', role: 'viewer', password: 'made password 123' },
      actorId: admin.id,
      context: CONTEXT,
    });
    expect(
      await sql.get('SELECT "email", "role", "mustChangePassword", "disabledAt" FROM "User" WHERE "id" = ?', [
        made,
      ]),
    ).toEqual({ email: 'made@example.org', role: 'viewer', mustChangePassword: 0, disabledAt: null });
    expect(
      await sql.get(
        `SELECT "userId", "action" FROM "AuditEntry" WHERE "entity" = 'User' AND "entityId" = ?`,
        [made],
      ),
    ).toEqual({ userId: admin.id, action: 'create' });
    expect((await listSecurityEvents(sql, { kind: 'account_create', user: 'made@' })).events).toMatchObject([
      { account: 'made@example.org', actor: admin.email, address: '10.0.0.1', detail: { role: 'viewer' } },
    ]);
    await expect(
      createUser(sql, {
        input: { email: 'made@example.org', name: 'Again', role: 'viewer', password: 'made password 456' },
        actorId: null,
      }),
    ).rejects.toBeInstanceOf(UserExistsError);
  });

  it('signs in, resolves, touches and ends sessions', async () => {
    const user = await account();
    const wrong = await signIn(sql, {
      ...user,
      password: 'not it',
      address: '10.1.0.1',
      secret: SECRET,
      now: T0,
    });
    expect(wrong).toEqual({ ok: false, reason: 'invalid' });
    const result = await signIn(sql, {
      ...user,
      address: '10.1.0.1',
      secret: SECRET,
      now: T0,
      userAgent: 'UA',
    });
    if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`);
    expect(result.pendingTotp).toBe(false);
    const resolved = await resolveSession(sql, { secret: SECRET, token: result.token, now: at(5) });
    expect(resolved).toMatchObject({ id: user.id, email: user.email, role: 'editor', requirement: null });
    // Touched (more than a minute on): the idle clock restarts from there.
    expect(
      await sql.get('SELECT "lastSeenAt" FROM "Session" WHERE "id" = ?', [resolved?.sessionId ?? '']),
    ).toEqual({ lastSeenAt: at(5).toISOString().replace('Z', '+00:00') });
    expect(
      await resolveSession(sql, {
        secret: SECRET,
        token: result.token,
        now: at(5 + IDLE_TIMEOUT_MS / 60_000 - 1),
      }),
    ).not.toBeNull();
    // A pending session is nobody until its second factor.
    const pending = await createSession(sql, { secret: SECRET, userId: user.id, now: T0, pendingTotp: true });
    expect(await resolveSession(sql, { secret: SECRET, token: pending.token, now: T0 })).toBeNull();
    await endSession(sql, { secret: SECRET, token: result.token });
    expect(await resolveSession(sql, { secret: SECRET, token: result.token, now: at(6) })).toBeNull();
    const events = await listSecurityEvents(sql, { user: user.email });
    expect(events.events.map((e) => `${e.kind}:${e.outcome}`)).toEqual([
      'sign_in:success',
      'sign_in:failure',
      'account_create:success',
    ]);
    expect(events.events[0]).toMatchObject({ account: user.email, address: '10.1.0.1', userAgent: 'UA' });
  });

  it('throttles one account from one address, and parallel guesses past the allowance', async () => {
    const user = await account();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) {
      await signIn(sql, { ...user, password: `guess ${i}`, address: '10.2.0.1', secret: SECRET, now: T0 });
    }
    const blocked = await signIn(sql, { ...user, address: '10.2.0.1', secret: SECRET, now: T0 });
    expect(blocked).toMatchObject({ ok: false, reason: 'throttled' });
    expect(
      (await listSecurityEvents(sql, { kind: 'sign_in_throttled', user: user.email })).events[0],
    ).toMatchObject({
      kind: 'sign_in_throttled',
      detail: { limit: 'pair' },
    });

    const target = await account();
    const later = at(120);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signIn(sql, {
          ...target,
          password: `parallel ${i}`,
          address: `10.3.0.${i}`,
          secret: SECRET,
          now: later,
        }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === 'invalid')).toHaveLength(ACCOUNT_FREE_FAILURES);
    expect(results.filter((r) => !r.ok && r.reason === 'throttled')).toHaveLength(30 - ACCOUNT_FREE_FAILURES);
  });

  it('changes roles and disables, keeping one active admin even when two demotions race', async () => {
    const admins = [await account('admin'), await account('admin')];
    // Leave these two as the only active admins.
    const rest = await sql.all<{ id: number }>(
      `SELECT "id" FROM "User" WHERE "role" = 'admin' AND "id" NOT IN (?, ?)`,
      [admins[0]?.id ?? 0, admins[1]?.id ?? 0],
    );
    for (const { id } of rest) await updateUserAccess(sql, { userId: id, role: 'editor', actorId: null });
    const raced = await Promise.allSettled(
      admins.map((a) =>
        updateUserAccess(sql, { userId: a.id, role: 'viewer', actorId: null, context: CONTEXT }),
      ),
    );
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((raced.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(
      LastAdminError,
    );
    const editor = await account();
    const session = await createSession(sql, { secret: SECRET, userId: editor.id, now: T0 });
    await updateUserAccess(sql, { userId: editor.id, disabled: true, actorId: null, now: T0 });
    expect(await resolveSession(sql, { secret: SECRET, token: session.token, now: T0 })).toBeNull();
    expect(await sql.get('SELECT "disabledAt" FROM "User" WHERE "id" = ?', [editor.id])).toEqual({
      disabledAt: T0.toISOString().replace('Z', '+00:00'),
    });
    await updateUserAccess(sql, { userId: editor.id, disabled: false, actorId: null });
    const kinds = (await listSecurityEvents(sql, { user: editor.email })).events.map((e) => e.kind);
    expect(kinds).toEqual(['account_enable', 'account_disable', 'account_create']);
  });

  it('lists and ends one’s own sessions (by handle, the others, all) and an admin ends them all', async () => {
    const user = await account();
    const now = new Date();
    const [a, b, c] = [
      await createSession(sql, { secret: SECRET, userId: user.id, now, address: '198.51.100.1' }),
      await createSession(sql, { secret: SECRET, userId: user.id, now, address: '198.51.100.2' }),
      await createSession(sql, { secret: SECRET, userId: user.id, now, address: '198.51.100.3' }),
    ];
    await createSession(sql, { secret: SECRET, userId: user.id, now, pendingTotp: true });
    const current = await resolveSession(sql, { secret: SECRET, token: a?.token, now });
    if (!current) throw new Error('session a');
    const listed = await listOwnSessions(sql, { userId: user.id, currentSessionId: current.sessionId, now });
    expect(listed.map((s) => s.address).sort()).toEqual(['198.51.100.1', '198.51.100.2', '198.51.100.3']);
    const bHandle = listed.find((s) => s.address === '198.51.100.2')?.handle ?? '';
    const base = { userId: user.id, currentSessionId: current.sessionId, context: CONTEXT };
    expect(await endOwnSessions(sql, { ...base, which: { handle: bHandle } })).toBe(1);
    expect(await resolveSession(sql, { secret: SECRET, token: b?.token, now })).toBeNull();
    expect(await endOwnSessions(sql, { ...base, which: 'others' })).toBe(2); // c and the pending one
    expect(await resolveSession(sql, { secret: SECRET, token: c?.token, now })).toBeNull();
    expect(await resolveSession(sql, { secret: SECRET, token: a?.token, now })).not.toBeNull();
    expect(await endSessionsOf(sql, { userId: user.id, actorId: null })).toBe(1);
    expect(await count('SELECT count(*) AS "n" FROM "Session" WHERE "userId" = ?', [user.id])).toBe(0);
  });

  it('changes one’s own password and resets another’s to a temporary one', async () => {
    const user = await account();
    const keep = await createSession(sql, { secret: SECRET, userId: user.id });
    await createSession(sql, { secret: SECRET, userId: user.id });
    const keepId = (await resolveSession(sql, { secret: SECRET, token: keep.token }))?.sessionId ?? '';
    await expect(
      changeOwnPassword(sql, {
        userId: user.id,
        current: 'wrong',
        password: 'new harbour password',
        keepSessionId: keepId,
        context: CONTEXT,
      }),
    ).rejects.toBeInstanceOf(WrongPasswordError);
    const temporary = await resetPassword(sql, { userId: user.id, actorId: user.id, context: CONTEXT });
    expect(await sql.get('SELECT "mustChangePassword" FROM "User" WHERE "id" = ?', [user.id])).toEqual({
      mustChangePassword: 1,
    });
    const signedIn = await signIn(sql, { ...user, password: temporary, address: '10.4.0.1', secret: SECRET });
    if (!signedIn.ok) throw new Error('temporary password refused');
    const session = await resolveSession(sql, { secret: SECRET, token: signedIn.token });
    expect(session?.requirement).toBe('change_password');
    await createSession(sql, { secret: SECRET, userId: user.id });
    const changed = await changeOwnPassword(sql, {
      userId: user.id,
      current: temporary,
      password: 'new harbour password',
      keepSessionId: session?.sessionId ?? '',
      context: CONTEXT,
    });
    expect(changed).toEqual({ sessionsEnded: 1 });
    expect((await resolveSession(sql, { secret: SECRET, token: signedIn.token }))?.requirement).toBeNull();
  });

  it('sets up two-factor sign-in, signs in with a code and a recovery code, and turns it off', async () => {
    const user = await account();
    const options = { userId: user.id, sessionSecret: SECRET, context: CONTEXT };
    const secret = await startTotpEnrolment(sql, { ...options, now: T0 });
    expect((await twoFactorStatus(sql, options)).state).toBe('setting_up');
    const codes = await confirmTotpEnrolment(sql, { ...options, now: T0, code: totpCode(secret, T0) });
    expect(codes).toHaveLength(10);
    expect(await twoFactorStatus(sql, options)).toMatchObject({ state: 'on', recoveryCodesLeft: 10 });

    const password = await signIn(sql, { ...user, address: '10.5.0.1', secret: SECRET, now: at(1) });
    if (!password.ok) throw new Error('password refused');
    expect(password.pendingTotp).toBe(true);
    const step = { token: password.token, secret: SECRET, address: '10.5.0.1', now: at(1) };
    // The enrolment's code is spent: taking it again is a replay.
    expect(await completeSecondFactor(sql, { ...step, code: totpCode(secret, T0) })).toMatchObject({
      ok: false,
    });
    const done = await completeSecondFactor(sql, { ...step, code: codes[0] ?? '' });
    if (!done.ok) throw new Error(`recovery code refused: ${done.reason}`);
    expect(await resolveSession(sql, { secret: SECRET, token: done.token, now: at(1) })).toMatchObject({
      id: user.id,
    });
    expect(await twoFactorStatus(sql, options)).toMatchObject({ recoveryCodesLeft: 9 });

    const fresh = await regenerateRecoveryCodes(sql, {
      ...options,
      now: at(2),
      code: totpCode(secret, at(2)),
    });
    expect(fresh).toHaveLength(10);
    await expect(
      disableTotp(sql, { ...options, now: at(2), password: user.password, code: totpCode(secret, at(2)) }),
    ).rejects.toBeInstanceOf(TotpCodeError);
    await disableTotp(sql, {
      ...options,
      now: at(3),
      password: user.password,
      code: totpCode(secret, at(3)),
    });
    expect((await twoFactorStatus(sql, options)).state).toBe('off');

    await startTotpEnrolment(sql, options);
    await resetTotp(sql, { userId: user.id, actorId: user.id, context: CONTEXT });
    expect(
      await sql.get('SELECT "totpSecret", "totpEnabledAt", "totpLastStep" FROM "User" WHERE "id" = ?', [
        user.id,
      ]),
    ).toEqual({
      totpSecret: null,
      totpEnabledAt: null,
      totpLastStep: null,
    });
    const kinds = (await listSecurityEvents(sql, { user: user.email })).events.map((e) => e.kind);
    expect(kinds).toContain('recovery_code_used');
    expect(kinds).toContain('totp_reset');
  });

  it('filters the security log by kind, outcome, account part and dates, a page at a time', async () => {
    const all = (await listSecurityEvents(sql, {}, 1000)).events;
    expect(all.length).toBeGreaterThan(10);
    const part = await listSecurityEvents(sql, { user: 'contract1.', outcome: 'success' }, 1000);
    expect(part.events.length).toBeGreaterThan(0);
    expect(part.events.every((e) => e.account?.startsWith('contract1') && e.outcome === 'success')).toBe(
      true,
    );
    const day = await listSecurityEvents(sql, { from: '2026-05-01', to: '2026-05-01' }, 1000);
    expect(day.events.length).toBeGreaterThan(0);
    expect(day.events.every((e) => e.at.startsWith('2026-05-01'))).toBe(true);
    const first = await listSecurityEvents(sql, {}, 3);
    const second = await listSecurityEvents(sql, { before: first.nextBefore ?? undefined }, 3);
    expect([...first.events, ...second.events].map((e) => e.id)).toEqual(all.slice(0, 6).map((e) => e.id));
  });
}
