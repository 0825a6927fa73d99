/**
 * A request's id: one a proxy or client sent is kept only when it is a plain token, so nothing
 * can be written into a log line through it; otherwise a new one is made.
 */
import { describe, expect, it } from 'vitest';
import { requestIdFrom } from '@/lib/ops/request-id';

const generate = () => 'generated';

describe('request id', () => {
  it('keeps a plain token the request sent', () => {
    expect(requestIdFrom('abc-123_x.Y', generate)).toBe('abc-123_x.Y');
    expect(requestIdFrom('f47ac10b-58cc-4372-a567-0e02b2c3d479', generate)).toBe(
      'f47ac10b-58cc-4372-a567-0e02b2c3d479',
    );
    expect(requestIdFrom('a'.repeat(64), generate)).toBe('a'.repeat(64));
  });

  it('makes one up when none was sent', () => {
    expect(requestIdFrom(undefined, generate)).toBe('generated');
    expect(requestIdFrom('', generate)).toBe('generated');
  });

  it('replaces one that is too long, has other characters, or was sent twice', () => {
    expect(requestIdFrom('a'.repeat(65), generate)).toBe('generated');
    expect(requestIdFrom('id with spaces', generate)).toBe('generated');
    expect(requestIdFrom('id"},"level":"fatal', generate)).toBe('generated');
    expect(requestIdFrom('line\nbreak', generate)).toBe('generated');
    expect(requestIdFrom('one, two', generate)).toBe('generated');
    expect(requestIdFrom(['one', 'two'], generate)).toBe('generated');
  });

  it('makes a UUID by default', () => {
    expect(requestIdFrom(undefined)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});
