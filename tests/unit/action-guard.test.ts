/** Which server-action calls proxy.ts refuses, and which it lets through to Next. */
import { describe, expect, it } from 'vitest';
import { refuseServerAction } from '@/lib/http/action-guard';
import { MAX_ACTION_BODY_BYTES } from '@/lib/http/action-limits';

const ID = `40${'a'.repeat(40)}`;

function action(headers: Record<string, string>, body = '["$K1"]', method = 'POST') {
  return new Request('http://tracker.example/reports/new', {
    method,
    headers: {
      host: 'tracker.example',
      'next-action': ID,
      'content-type': 'text/plain;charset=UTF-8',
      ...headers,
    },
    body: method === 'POST' ? body : undefined,
  });
}

describe('refuseServerAction', () => {
  it('lets a well-formed same-site action through, and anything that is not an action call', async () => {
    expect(await refuseServerAction(action({ origin: 'http://tracker.example' }))).toBeNull();
    expect(await refuseServerAction(action({}))).toBeNull();
    expect(await refuseServerAction(action({ 'next-action': 'garbage' }, '', 'GET'))).toBeNull();
  });

  it('compares the origin with the forwarded host first, as Next does', async () => {
    const forwarded = { 'x-forwarded-host': 'public.example', origin: 'https://public.example' };
    expect(await refuseServerAction(action(forwarded))).toBeNull();
    const refusal = await refuseServerAction(action({ ...forwarded, origin: 'http://tracker.example' }));
    expect(refusal?.status).toBe(403);
  });

  it('refuses another site, an opaque or unreadable origin with 403', async () => {
    for (const origin of ['https://evil.example', 'null', 'not a url']) {
      expect((await refuseServerAction(action({ origin })))?.status, origin).toBe(403);
    }
  });

  it('refuses a declared length over the limit with 413 and says the limit', async () => {
    const refusal = await refuseServerAction(
      action({ origin: 'http://tracker.example', 'content-length': String(MAX_ACTION_BODY_BYTES + 1) }),
    );
    expect(refusal).toMatchObject({ status: 413 });
    expect(refusal?.message).toContain('at most 4 MB');
  });

  it('refuses a malformed id (400), a foreign content type (415) and a body React could not have sent (400)', async () => {
    expect((await refuseServerAction(action({ 'next-action': 'garbage' })))?.status).toBe(400);
    expect((await refuseServerAction(action({ 'content-type': 'application/json' })))?.status).toBe(415);
    expect((await refuseServerAction(action({}, '{{{')))?.status).toBe(400);
    const multipart = action({ 'content-type': 'multipart/form-data; boundary=xyz' }, 'garbage');
    expect((await refuseServerAction(multipart))?.status).toBe(400);
  });
});
