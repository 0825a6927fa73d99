/**
 * Reading when PUBLIC_READ is off, and the session cookie's flags: through the real route
 * handlers, page guard and sign-in action, with Next's request APIs replaced by a test jar.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { createUser } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'access-test-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

let viewerToken: string;

beforeAll(async () => {
  const { db, url, sql } = await createTestDb();
  await installGazetteer(db, GAZETTEER);
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  process.env.PUBLIC_READ = 'false';
  const viewer = await createUser(sql, {
    input: { email: 'reader@example.org', name: 'Reader', role: 'viewer', password: 'reader password 1' },
    actorId: null,
  });
  viewerToken = (await createSession(sql, { secret: SECRET, userId: viewer })).token;
});

const redirectOf = async (work: Promise<unknown>) => {
  try {
    await work;
    return null;
  } catch (error) {
    return (error as { digest?: string }).digest ?? String(error);
  }
};

describe('with PUBLIC_READ=false', () => {
  it('the JSON API answers 401 to visitors and data to signed-in readers', async () => {
    const { GET } = await import('@/app/api/incidents/route');
    request.token = undefined;
    const refused = await GET(new Request('http://localhost/api/incidents'));
    expect(refused.status).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    request.token = viewerToken;
    const allowed = await GET(new Request('http://localhost/api/incidents'));
    expect(allowed.status).toBe(200);
  });

  it('page titles name nothing a visitor may not read', async () => {
    const { generateMetadata } = await import('@/app/incidents/[id]/page');
    const { generateMetadata: reportMetadata } = await import('@/app/reports/[id]/page');
    request.token = undefined;
    const props = { params: Promise.resolve({ id: '1' }), searchParams: Promise.resolve({}) };
    expect(await generateMetadata(props as never)).toEqual({ title: 'Incident' });
    expect(await reportMetadata(props as never)).toEqual({ title: 'Report' });
  });

  it('pages send visitors to sign in and come back afterwards', async () => {
    const { requirePageRole } = await import('@/lib/auth/access');
    request.token = undefined;
    expect(await redirectOf(requirePageRole('reader', '/incidents?type=attack'))).toContain(
      '/login?next=%2Fincidents%3Ftype%3Dattack',
    );
    request.token = viewerToken;
    expect(await redirectOf(requirePageRole('reader', '/incidents'))).toBeNull();
  });
});

describe('the session cookie', () => {
  it('is httpOnly and SameSite=Lax, and Secure with the __Host- prefix when the request came over HTTPS', async () => {
    const { signInAction } = await import('@/lib/auth/actions');
    const form = () => {
      const f = new FormData();
      f.set('email', 'reader@example.org');
      f.set('password', 'reader password 1');
      f.set('next', '//evil.example/steal');
      return f;
    };
    request.token = undefined;
    // The server front (lib/cli/next-server.ts) says where the request came from and how.
    request.headers = { 'x-hit-client-address': '10.9.9.9', 'x-hit-client-proto': 'http' };
    // A return address on another host is ignored: back to the overview instead.
    expect(await redirectOf(signInAction({}, form()))).toMatch(/NEXT_REDIRECT;[a-z]+;\/;/);
    expect(request.set.at(-1)?.name).toBe('hit_session');
    expect(request.set.at(-1)?.options).toMatchObject({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
    });
    request.headers = { 'x-hit-client-address': '10.9.9.9', 'x-hit-client-proto': 'https' };
    await redirectOf(signInAction({}, form()));
    expect(request.set.at(-1)?.name).toBe('__Host-hit_session');
    expect(request.set.at(-1)?.options).toMatchObject({ httpOnly: true, secure: true, path: '/' });
    expect(request.set.at(-1)?.options).not.toHaveProperty('domain');
    // A client's own X-Forwarded-Proto is no word of a trusted proxy: plain http, plain name.
    request.headers = {
      'x-hit-client-address': '10.9.9.9',
      'x-hit-client-proto': 'http',
      'x-forwarded-proto': 'https',
    };
    await redirectOf(signInAction({}, form()));
    expect(request.set.at(-1)?.name).toBe('hit_session');
  });
});
