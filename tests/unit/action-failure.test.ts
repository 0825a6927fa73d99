/** What a form shows when its server action fails outright. */
import { describe, expect, it } from 'vitest';
import { failureMessage, withFailureMessage } from '@/lib/forms/action-failure';

describe('withFailureMessage', () => {
  it('answers a thrown failure with a message and the typed values, instead of throwing', async () => {
    const failing = withFailureMessage(
      async (_state: { message?: string; values?: object }, _data: FormData) => {
        throw new Error('This form sent 5.0 MB; the server accepts at most 4 MB from one form.');
      },
    );
    const data = new FormData();
    data.set('title', 'Kept');
    expect(await failing({}, data)).toEqual({
      ok: false,
      message: 'This form sent 5.0 MB; the server accepts at most 4 MB from one form.',
      values: { title: 'Kept' },
    });
  });

  it('passes the action’s own answer through', async () => {
    const ok = withFailureMessage(
      async (_state: { ok?: boolean }, _data: FormData): Promise<{ ok?: boolean }> => ({ ok: true }),
    );
    expect(await ok({}, new FormData())).toEqual({ ok: true });
  });

  it('does not hide a server error’s redacted text or a network failure behind their own words', () => {
    const server = Object.assign(new Error('An error occurred in the Server Components render.'), {
      digest: '1',
    });
    expect(failureMessage(server)).toMatch(/^The server could not finish this/);
    expect(failureMessage(new TypeError('Failed to fetch'))).toMatch(/^The server could not be reached/);
  });
});
