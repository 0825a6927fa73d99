import { describe, expect, it } from 'vitest';
import { hashRecoveryCode, matchRecoveryCode, newRecoveryCodes } from '@/lib/auth/recovery-codes';
import { openTotpSecret, SecretUnreadableError, sealTotpSecret } from '@/lib/auth/secret-box';
import { checkTotpCode, groupedSecret, newTotpSecret, totpCode, totpStep, totpUri } from '@/lib/auth/totp';

// RFC 6238 appendix B's SHA-1 key ("12345678901234567890") in base32.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const NOW = new Date('2026-12-09T12:00:10Z'); // 10 s into its step
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe('TOTP codes', () => {
  it('matches RFC 6238’s published test vector (6 digits of 94287082 at 59 s)', () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe('287082');
  });

  it('accepts the code of the step before and after, not two steps away', () => {
    const secret = newTotpSecret();
    const check = (code: string) => checkTotpCode({ secret, code, now: NOW, lastStep: null });
    expect(check(totpCode(secret, NOW))).toEqual({ ok: true, step: totpStep(NOW) });
    expect(check(totpCode(secret, at(-30)))).toEqual({ ok: true, step: totpStep(NOW) - 1 });
    expect(check(totpCode(secret, at(30)))).toEqual({ ok: true, step: totpStep(NOW) + 1 });
    expect(check(totpCode(secret, at(-60)))).toEqual({ ok: false, reason: 'wrong' });
    expect(check(totpCode(secret, at(60)))).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses a code of another secret, and text that is not six digits', () => {
    const secret = newTotpSecret();
    const other = newTotpSecret();
    expect(checkTotpCode({ secret, code: totpCode(other, NOW), now: NOW, lastStep: null }).ok).toBe(false);
    for (const code of ['', '12345', '1234567', 'abcdef'])
      expect(checkTotpCode({ secret, code, now: NOW, lastStep: null })).toEqual({
        ok: false,
        reason: 'wrong',
      });
  });

  it('tolerates spaces typed inside a code', () => {
    const secret = newTotpSecret();
    const code = totpCode(secret, NOW);
    expect(
      checkTotpCode({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now: NOW, lastStep: null }).ok,
    ).toBe(true);
  });

  it('never accepts the same step twice, nor an older one still in the window', () => {
    const secret = newTotpSecret();
    const first = checkTotpCode({ secret, code: totpCode(secret, NOW), now: NOW, lastStep: null });
    if (!first.ok) throw new Error('first code refused');
    // The same code again, 20 s later (still inside its window).
    expect(checkTotpCode({ secret, code: totpCode(secret, NOW), now: at(20), lastStep: first.step })).toEqual(
      {
        ok: false,
        reason: 'replayed',
      },
    );
    // The previous step's code, still accepted by the window, is older than the one used.
    expect(
      checkTotpCode({ secret, code: totpCode(secret, at(-30)), now: NOW, lastStep: first.step }),
    ).toEqual({
      ok: false,
      reason: 'replayed',
    });
    // The next step's code is new.
    expect(
      checkTotpCode({ secret, code: totpCode(secret, at(30)), now: at(30), lastStep: first.step }).ok,
    ).toBe(true);
  });

  it('writes the otpauth address and a key in groups of four for typing', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(groupedSecret(secret).split(' ')).toHaveLength(8);
    const uri = new URL(totpUri(secret, 'ada@example.org'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('digits')).toBe('6');
    expect(uri.searchParams.get('period')).toBe('30');
  });
});

describe('recovery codes', () => {
  it('makes ten distinct codes', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
  });

  it('matches an unused code however it is typed, and never a used one', async () => {
    const [a, b] = newRecoveryCodes() as [string, string];
    const stored = [
      { id: 1, hash: await hashRecoveryCode(a), usedAt: null },
      { id: 2, hash: await hashRecoveryCode(b), usedAt: '2026-12-09T11:00:00.000+00:00' },
    ];
    expect(await matchRecoveryCode(stored, a)).toBe(1);
    expect(await matchRecoveryCode(stored, ` ${a.toUpperCase().replace('-', ' ')} `)).toBe(1);
    expect(await matchRecoveryCode(stored, b)).toBeNull();
    expect(await matchRecoveryCode(stored, 'aaaaa-aaaaa')).toBeNull();
  });
});

describe('sealed secrets', () => {
  const sessionSecret = 'unit-session-secret-'.padEnd(40, 'x');

  it('round-trips, and the stored form does not contain the secret', () => {
    const plain = newTotpSecret();
    const sealed = sealTotpSecret({ sessionSecret, userId: 7, plain });
    expect(sealed).not.toContain(plain);
    expect(openTotpSecret({ sessionSecret, userId: 7, sealed })).toBe(plain);
  });

  it('does not open under another SESSION_SECRET, or on another account’s row', () => {
    const sealed = sealTotpSecret({ sessionSecret, userId: 7, plain: newTotpSecret() });
    expect(() => openTotpSecret({ sessionSecret: `${sessionSecret}y`, userId: 7, sealed })).toThrow(
      SecretUnreadableError,
    );
    expect(() => openTotpSecret({ sessionSecret, userId: 8, sealed })).toThrow(SecretUnreadableError);
  });
});
