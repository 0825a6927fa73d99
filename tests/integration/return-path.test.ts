/**
 * The sign-in page's return path (`?next=`) through the real page and sign-in action: signed in or
 * not, a path that decodes or resolves to "//host" never becomes the redirect's Location.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { createUser } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'return-path-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const EVIL = ['/.//evil.example', '/x/../..//evil.example', '/%2e//evil.example', '/%2E%2E/%2Fevil.example'];
const PASSWORD = 'return path password';
let token: string;

beforeAll(async () => {
  const { url, sql } = await createTestDb();
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  const id = await createUser(sql, {
    input: { email: 'back@example.org', name: 'Back', role: 'editor', password: PASSWORD },
    actorId: null,
  });
  token = (await createSession(sql, { secret: SECRET, userId: id })).token;
});

/** The Location of the redirect a server component or action threw. */
async function locationOf(work: () => Promise<unknown>): Promise<string | null> {
  try {
    await work();
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    // NEXT_REDIRECT;<type>;<url>;<status>;
    return digest.split(';').slice(2, -2).join(';');
  }
}

describe('return path after sign-in', () => {
  it('a signed-in visitor to /login?next=… is sent to a path on this site only', async () => {
    const { default: LoginPage } = await import('@/app/login/page');
    request.token = token;
    for (const next of EVIL) {
      const location = await locationOf(() => LoginPage({ searchParams: Promise.resolve({ next }) }));
      expect(location, next).toBe('/');
    }
    const kept = await locationOf(() =>
      LoginPage({ searchParams: Promise.resolve({ next: '/incidents?type=attack' }) }),
    );
    expect(kept).toBe('/incidents?type=attack');
  });

  it('signing in with a crafted next= lands on this site', async () => {
    const { signInAction } = await import('@/lib/auth/actions');
    request.token = undefined;
    for (const next of EVIL) {
      const form = new FormData();
      form.set('email', 'back@example.org');
      form.set('password', PASSWORD);
      form.set('next', next);
      const location = await locationOf(() => signInAction({}, form));
      expect(location, next).toBe('/');
    }
  });
});
