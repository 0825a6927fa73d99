/**
 * Two-factor sign-in through the real actions, page guard and store: the password alone gives a
 * session that grants nothing until a code; codes are throttled like passwords and never taken
 * twice; a recovery code is consumed; admins without it are sent to set it up; an admin can reset
 * another's; every step is in the security log; the stored secret is not the plain secret.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { currentUser, requirePageRole } from '@/lib/auth/access';
import { secondFactorAction } from '@/lib/auth/actions';
import { MAX_FAILURES_PER_PAIR } from '@/lib/auth/rate-limit';
import { createSession, resolveSession } from '@/lib/auth/sessions';
import { signIn } from '@/lib/auth/sign-in';
import { totpCode } from '@/lib/auth/totp';
import { listSecurityEvents } from '@/lib/security-log/queries';
import type { Sql } from '@/lib/store/sql';
import { changeUserAccessAction } from '@/lib/users/actions';
import { createUser } from '@/lib/users/mutations';
import { confirmTotpAction, startTotpAction } from '@/lib/users/two-factor-actions';
import { actionOutcome, formOf, request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';
import { enrolTwoFactor } from './helpers/two-factor';

const SECRET = 'two-factor-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let sql: Sql;
let n = 0;

beforeAll(async () => {
  const created = await createTestDb();
  const { url } = created;
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  sql = created.sql;
});

async function account(role: 'viewer' | 'editor' | 'admin', twoFactor: boolean) {
  const email = `tf${++n}.${role}@example.org`;
  const password = `two factor password ${n}`;
  const userId = await createUser(sql, { input: { email, name: `T${n}`, role, password }, actorId: null });
  const enrolled = twoFactor ? await enrolTwoFactor(sql, { userId, sessionSecret: SECRET }) : null;
  return {
    email,
    password,
    userId,
    secret: enrolled?.secret ?? '',
    recoveryCodes: enrolled?.recoveryCodes ?? [],
  };
}

/** Signs in with the password from an address of its own (so throttles of one test do not touch another). */
async function passwordStep(who: { email: string; password: string }, address: string) {
  const result = await signIn(sql, { email: who.email, password: who.password, address, secret: SECRET });
  if (!result.ok) throw new Error(`password refused: ${result.reason}`);
  request.token = result.token;
  request.headers['x-hit-client-address'] = address;
  request.set = [];
  return result;
}

const newCookie = () => request.set.at(-1)?.value;
const events = async (email: string) => (await listSecurityEvents(sql, { user: email })).events;

describe('signing in with a second factor', () => {
  it('without two-factor, the password gives a full session at once', async () => {
    const who = await account('editor', false);
    const result = await passwordStep(who, '10.1.0.1');
    expect(result.pendingTotp).toBe(false);
    expect(await currentUser()).toMatchObject({ email: who.email });
  });

  it('with it, the password gives a session that grants nothing until a valid code', async () => {
    const who = await account('editor', true);
    const result = await passwordStep(who, '10.1.0.2');
    expect(result.pendingTotp).toBe(true);
    expect(await resolveSession(sql, { secret: SECRET, token: result.token })).toBeNull();
    expect(await actionOutcome(requirePageRole('editor', '/incidents/new'))).toEqual({
      redirect: '/login?next=%2Fincidents%2Fnew',
    });

    const wrong = await actionOutcome(secondFactorAction({}, formOf({ code: '000000', next: '/incidents' })));
    expect(wrong.state?.errors).toMatchObject({ code: [expect.stringContaining('not right')] });

    // A code a minute on is a new step (the enrolment spent the current one).
    const later = new Date(Date.now() + 60_000);
    vi.useFakeTimers({ now: later, toFake: ['Date'] });
    try {
      const ok = await actionOutcome(
        secondFactorAction({}, formOf({ code: totpCode(who.secret, later), next: '/incidents' })),
      );
      expect(ok).toEqual({ redirect: '/incidents' });
    } finally {
      vi.useRealTimers();
    }
    const token = newCookie();
    expect(token).toBeDefined();
    expect(token).not.toBe(result.token);
    expect(await resolveSession(sql, { secret: SECRET, token })).toMatchObject({ email: who.email });
    // The pending session is gone.
    expect(await resolveSession(sql, { secret: SECRET, token: result.token, pendingTotp: true })).toBeNull();
    const log = (await events(who.email)).map((e) => `${e.kind}:${e.outcome}:${e.address}`);
    expect(log.slice(0, 3)).toEqual([
      'second_factor:success:10.1.0.2',
      'second_factor:failure:10.1.0.2',
      'sign_in:success:10.1.0.2',
    ]);
  });

  it('never takes a code twice, even within its window', async () => {
    const who = await account('viewer', true);
    const later = new Date(Date.now() + 90_000);
    vi.useFakeTimers({ now: later, toFake: ['Date'] });
    try {
      const code = totpCode(who.secret, later);
      await passwordStep(who, '10.1.0.3');
      expect(await actionOutcome(secondFactorAction({}, formOf({ code })))).toEqual({ redirect: '/' });
      await passwordStep(who, '10.1.0.3');
      const again = await actionOutcome(secondFactorAction({}, formOf({ code })));
      expect(again.state?.errors).toMatchObject({ code: [expect.stringContaining('already used')] });
      expect((await events(who.email))[0]).toMatchObject({
        kind: 'second_factor',
        outcome: 'failure',
        detail: { reason: 'replayed' },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes a recovery code once, and logs its use', async () => {
    const who = await account('viewer', true);
    const [code] = who.recoveryCodes;
    await passwordStep(who, '10.1.0.4');
    expect(await actionOutcome(secondFactorAction({}, formOf({ code: code ?? '' })))).toEqual({
      redirect: '/',
    });
    expect((await events(who.email))[1]).toMatchObject({
      kind: 'recovery_code_used',
      outcome: 'success',
      detail: { left: 9 },
    });
    await passwordStep(who, '10.1.0.4');
    const again = await actionOutcome(secondFactorAction({}, formOf({ code: code ?? '' })));
    expect(again.state?.errors).toBeDefined();
    expect(
      await resolveSession(sql, { secret: SECRET, token: request.token, pendingTotp: true }),
    ).not.toBeNull();
  });

  it('throttles wrong codes like wrong passwords', async () => {
    const who = await account('viewer', true);
    await passwordStep(who, '10.1.0.5');
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await secondFactorAction({}, formOf({ code: '000000' }));
    // Even the right code now waits.
    const later = new Date(Date.now() + 60_000);
    vi.useFakeTimers({ now: later, toFake: ['Date'] });
    try {
      const held = await actionOutcome(secondFactorAction({}, formOf({ code: totpCode(who.secret, later) })));
      expect(held.state?.errors).toMatchObject({ code: [expect.stringContaining('Too many')] });
    } finally {
      vi.useRealTimers();
    }
    expect((await events(who.email))[0]).toMatchObject({
      kind: 'second_factor',
      detail: { reason: 'throttled' },
    });
    // And so does the password from that address.
    const password = await signIn(sql, {
      email: who.email,
      password: who.password,
      address: '10.1.0.5',
      secret: SECRET,
    });
    expect(password).toMatchObject({ ok: false, reason: 'throttled' });
  });

  it('sends a browser without a pending sign-in back to sign in', async () => {
    request.token = undefined;
    expect(await actionOutcome(secondFactorAction({}, formOf({ code: '123456' })))).toMatchObject({
      state: { denied: 'unauthenticated' },
    });
  });
});

describe('admins must have it', () => {
  it('an admin without it is sent to set it up, refused actions meanwhile, then let through', async () => {
    const admin = await account('admin', false);
    const result = await passwordStep(admin, '10.2.0.1');
    expect(result.pendingTotp).toBe(false);
    expect(await actionOutcome(requirePageRole('admin', '/admin/users'))).toEqual({
      redirect: '/account/two-factor?next=%2Fadmin%2Fusers',
    });
    const refused = await actionOutcome(
      changeUserAccessAction({}, formOf({ userId: String(admin.userId), change: 'end_sessions' })),
    );
    expect(refused.state).toMatchObject({
      denied: 'forbidden',
      message: expect.stringContaining('two-factor'),
    });

    expect(await actionOutcome(startTotpAction({}, formOf({ next: '/admin/users' })))).toEqual({
      redirect: '/account/two-factor?next=%2Fadmin%2Fusers',
    });
    const { secret } = (await sql.get('SELECT "totpSecret" AS "secret" FROM "User" WHERE "id" = ?', [
      admin.userId,
    ])) as { secret: string };
    // Stored sealed: the database alone does not give the secret.
    expect(secret).toMatch(/^v1:/);
    const { twoFactorStatus } = await import('@/lib/users/totp-queries');
    const status = await twoFactorStatus(sql, { userId: admin.userId, sessionSecret: SECRET });
    if (status.state !== 'setting_up') throw new Error(`expected a set-up in progress, got ${status.state}`);
    const plain = new URL(status.uri).searchParams.get('secret') ?? '';
    expect(secret).not.toContain(plain);

    const wrong = await actionOutcome(confirmTotpAction({}, formOf({ code: '000000' })));
    expect(wrong.state?.errors).toBeDefined();
    const confirmed = await actionOutcome(
      confirmTotpAction({}, formOf({ code: totpCode(plain, new Date()) })),
    );
    expect(confirmed.state).toMatchObject({ ok: true });
    expect(confirmed.state?.recoveryCodes).toHaveLength(10);
    expect(await actionOutcome(requirePageRole('admin', '/admin/users'))).toMatchObject({
      state: { email: admin.email },
    });
    expect((await events(admin.email)).slice(0, 2).map((e) => `${e.kind}:${e.outcome}`)).toEqual([
      'totp_enable:success',
      'totp_enable:failure',
    ]);
    // Only hashes are kept.
    const hashes = await sql.all<{ hash: string }>('SELECT "hash" FROM "RecoveryCode" WHERE "userId" = ?', [
      admin.userId,
    ]);
    expect(hashes).toHaveLength(10);
    for (const { hash } of hashes) expect(hash).toMatch(/^\$argon2id\$/);
  });

  it('editors and viewers may go without it', async () => {
    const editor = await account('editor', false);
    await passwordStep(editor, '10.2.0.2');
    expect(await actionOutcome(requirePageRole('editor', '/incidents/new'))).toMatchObject({
      state: { email: editor.email },
    });
  });
});

describe('an admin resets another user’s second factor', () => {
  it('removes it and the recovery codes, ends their sessions, and logs who did it', async () => {
    const admin = await account('admin', true);
    const editor = await account('editor', true);
    const editorSession = (await createSession(sql, { secret: SECRET, userId: editor.userId })).token;
    request.token = (await createSession(sql, { secret: SECRET, userId: admin.userId })).token;
    request.headers['x-hit-client-address'] = '10.3.0.1';
    const result = await actionOutcome(
      changeUserAccessAction({}, formOf({ userId: String(editor.userId), change: 'reset_totp' })),
    );
    expect(result.state).toMatchObject({ ok: true });
    expect(await resolveSession(sql, { secret: SECRET, token: editorSession })).toBeNull();
    expect(
      await sql.get('SELECT "totpSecret", "totpEnabledAt" FROM "User" WHERE "id" = ?', [editor.userId]),
    ).toEqual({
      totpSecret: null,
      totpEnabledAt: null,
    });
    expect(
      await sql.get('SELECT count(*) AS "n" FROM "RecoveryCode" WHERE "userId" = ?', [editor.userId]),
    ).toEqual({ n: 0 });
    expect((await events(editor.email))[0]).toMatchObject({
      kind: 'totp_reset',
      outcome: 'success',
      actor: admin.email,
      address: '10.3.0.1',
    });
    // The password alone now signs them in.
    expect((await passwordStep(editor, '10.3.0.2')).pendingTotp).toBe(false);
  });

  it('is refused to an editor', async () => {
    const editor = await account('editor', false);
    const other = await account('viewer', true);
    request.token = (await createSession(sql, { secret: SECRET, userId: editor.userId })).token;
    const result = await actionOutcome(
      changeUserAccessAction({}, formOf({ userId: String(other.userId), change: 'reset_totp' })),
    );
    expect(result.state).toMatchObject({ denied: 'forbidden' });
    expect(
      await sql.get('SELECT "totpEnabledAt" IS NOT NULL AS "on_" FROM "User" WHERE "id" = ?', [other.userId]),
    ).toEqual({ on_: 1 });
  });
});
