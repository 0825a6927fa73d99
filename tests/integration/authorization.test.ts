/**
 * The authorisation matrix: every server action and every mutating route handler, found by
 * scanning the source tree (so a new one cannot be forgotten), called as nobody, a viewer, an
 * editor and an admin, on a real store. Each must refuse exactly those below its declared role.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { hasRole, ROLES, type Role } from '@/lib/auth/roles';
import { createSession } from '@/lib/auth/sessions';
import type { Sql } from '@/lib/store/sql';
import { createUser } from '@/lib/users/mutations';
import { actionOutcome, request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';
import { enrolTwoFactor } from './helpers/two-factor';

const SECRET = 'matrix-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

/**
 * Who may call what. Every discovered mutation must appear here, with the least role it needs;
 * 'no-one' for a method a route exports only to refuse it (405, or 404 on an unknown path) to
 * everybody, signed in or not.
 */
const REQUIRED: Record<string, Role | 'anyone' | 'no-one' | 'pending'> = {
  'lib/auth/actions.ts#signInAction': 'anyone',
  // Only a session waiting for its second factor (password checked) may call it.
  'lib/auth/actions.ts#secondFactorAction': 'pending',
  'lib/users/two-factor-actions.ts#startTotpAction': 'viewer',
  'lib/users/two-factor-actions.ts#confirmTotpAction': 'viewer',
  'lib/users/two-factor-actions.ts#disableTotpAction': 'viewer',
  'lib/users/two-factor-actions.ts#regenerateRecoveryCodesAction': 'viewer',
  'lib/auth/actions.ts#signOutAction': 'anyone',
  'lib/users/actions.ts#createUserAction': 'admin',
  'lib/users/actions.ts#changeUserAccessAction': 'admin',
  'lib/users/account-actions.ts#changePasswordAction': 'viewer',
  'lib/users/account-actions.ts#endOwnSessionsAction': 'viewer',
  'lib/incidents/actions.ts#createIncidentAction': 'editor',
  'lib/incidents/actions.ts#updateIncidentAction': 'editor',
  'lib/incidents/actions.ts#setIncidentDeletedAction': 'editor',
  'lib/incidents/actions.ts#saveClaimAction': 'editor',
  'lib/incidents/actions.ts#deleteClaimAction': 'editor',
  'lib/incidents/actions.ts#addActorClaimAction': 'editor',
  'lib/incidents/actions.ts#removeActorClaimAction': 'editor',
  'lib/incidents/actions.ts#setSourceDeniesAction': 'editor',
  'lib/incidents/actions.ts#linkSourceAction': 'editor',
  'lib/incidents/actions.ts#mergeIncidentsAction': 'editor',
  'lib/incidents/actions.ts#splitIncidentAction': 'editor',
  'lib/locations/actions.ts#createPlaceAction': 'editor',
  'app/api/reports/route.ts#POST': 'editor',
  'app/api/reports/[id]/route.ts#PATCH': 'editor',
  'app/api/reports/[id]/route.ts#DELETE': 'editor',
  'app/api/reports/[id]/route.ts#POST': 'no-one',
  'app/api/reports/[id]/route.ts#PUT': 'no-one',
  'app/api/reports/route.ts#PUT': 'no-one',
  'app/api/reports/route.ts#PATCH': 'no-one',
  'app/api/reports/route.ts#DELETE': 'no-one',
  ...Object.fromEntries(
    [
      'app/api/incidents/route.ts',
      'app/api/map/route.ts',
      'app/api/map/place/route.ts',
      'app/api/stats/[series]/route.ts',
      'app/api/export/incidents.csv/route.ts',
      'app/api/export/incidents.geojson/route.ts',
      'app/api/[...rest]/route.ts',
      'app/api/searches/[token]/atom/route.ts',
      'app/api/health/route.ts',
    ].flatMap((file) => ['POST', 'PUT', 'PATCH', 'DELETE'].map((m) => [`${file}#${m}`, 'no-one' as const])),
  ),
  'lib/reports/actions.ts#readReportAction': 'editor',
  'lib/reports/actions.ts#saveReviewAction': 'editor',
  'lib/reports/correction-actions.ts#correctReportAction': 'editor',
  'lib/reports/correction-actions.ts#withdrawReportAction': 'editor',
  'lib/reports/import-actions.ts#importLinkAction': 'editor',
  'lib/reports/inbox-actions.ts#markReportReviewedAction': 'editor',
  'lib/feeds/actions.ts#addFeedAction': 'admin',
  'lib/feeds/actions.ts#changeFeedAction': 'admin',
  // Any signed-in user keeps their own saved searches.
  'lib/saved-searches/actions.ts#saveSearchAction': 'viewer',
  'lib/saved-searches/actions.ts#renameSavedSearchAction': 'viewer',
  'lib/saved-searches/actions.ts#changeSavedSearchAction': 'viewer',
};

const ROOT = path.resolve(__dirname, '..', '..');
const MUTATING_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) return [];
    return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sourceFiles = [...walk(path.join(ROOT, 'app')), ...walk(path.join(ROOT, 'lib'))];
const actionFiles = sourceFiles.filter((f) => /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')));
const routeFiles = sourceFiles.filter((f) => path.basename(f) === 'route.ts');
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join('/');

type Caller = () => Promise<unknown>;
const mutations = new Map<string, Caller>();

const tokens: Partial<Record<Role, string>> = {};
let pendingToken: string;
let sql: Sql;

const PENDING_EMAIL = 'pending@matrix.test';
async function pendingUserIdOf(): Promise<number> {
  return ((await sql.get('SELECT "id" FROM "User" WHERE "email" = ?', [PENDING_EMAIL])) as { id: number }).id;
}

beforeAll(async () => {
  const created = await createTestDb();
  sql = created.sql;
  process.env.DATABASE_URL = created.url;
  process.env.SESSION_SECRET = SECRET;
  for (const role of ROLES) {
    const userId = await createUser(sql, {
      input: { email: `${role}@matrix.test`, name: role, role, password: `${role} matrix password` },
      actorId: null,
    });
    // Admins act only with two-factor sign-in on (an admin without it is refused: two-factor.test.ts).
    if (role === 'admin') await enrolTwoFactor(sql, { userId, sessionSecret: SECRET });
    tokens[role] = (await createSession(sql, { secret: SECRET, userId })).token;
  }
  // A browser whose password was checked and whose second factor is still to come.
  const pendingUserId = await createUser(sql, {
    input: { email: PENDING_EMAIL, name: 'pending', role: 'viewer', password: 'pending matrix password' },
    actorId: null,
  });
  await enrolTwoFactor(sql, { userId: pendingUserId, sessionSecret: SECRET });
  pendingToken = (await createSession(sql, { secret: SECRET, userId: pendingUserId, pendingTotp: true }))
    .token;
  for (const f of actionFiles) {
    const module = (await import(f)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function') {
        mutations.set(`${rel(f)}#${name}`, () =>
          (value as (s: unknown, d: FormData) => Promise<unknown>)({}, new FormData()),
        );
      }
    }
  }
  for (const f of routeFiles) {
    const module = (await import(f)) as Record<string, unknown>;
    const url = `http://localhost/${rel(f)
      .replace(/^app\//, '')
      .replace(/\/route\.ts$/, '')}`;
    for (const method of MUTATING_METHODS) {
      const handler = module[method];
      if (typeof handler === 'function') {
        mutations.set(`${rel(f)}#${method}`, () =>
          (handler as (r: Request, c: unknown) => Promise<Response>)(
            new Request(url, { method, body: '{}', headers: { 'content-type': 'application/json' } }),
            { params: Promise.resolve({}) },
          ),
        );
      }
    }
  }
});

/** Was the method refused to the caller as not there at all (405, or 404 on an unknown path)? */
async function refusedToAll(call: Caller): Promise<boolean> {
  const result = await call();
  return result instanceof Response && (result.status === 405 || result.status === 404);
}

/** Did the call get refused for want of a session or a role? */
async function refused(call: Caller): Promise<boolean> {
  try {
    const result = await call();
    if (result instanceof Response) return result.status === 401 || result.status === 403;
    return typeof result === 'object' && result !== null && 'denied' in result && Boolean(result.denied);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.includes('/login') || digest.includes('/forbidden');
    throw error;
  }
}

describe('authorisation matrix', () => {
  it('finds every server action and mutating route, and each has a declared role', () => {
    expect(actionFiles.length).toBeGreaterThan(2);
    const found = [...mutations.keys()].sort();
    const undeclared = found.filter((k) => !(k in REQUIRED));
    const vanished = Object.keys(REQUIRED).filter((k) => !mutations.has(k));
    expect(undeclared, 'mutations without a declared role in REQUIRED').toEqual([]);
    expect(vanished, 'REQUIRED names mutations that no longer exist').toEqual([]);
  });

  for (const who of ['nobody', ...ROLES] as const) {
    it(`as ${who}: allowed exactly where the role suffices`, async () => {
      const table: string[] = [];
      for (const [key, call] of mutations) {
        const needed = REQUIRED[key];
        if (!needed) continue;
        request.token = who === 'nobody' ? undefined : tokens[who];
        if (needed === 'no-one') {
          if (!(await refusedToAll(call))) table.push(`${key}: expected 405/404 for everyone`);
          continue;
        }
        // A full session (or none) is refused by the second-factor step: it is only for a pending one.
        const expectRefusal =
          needed === 'pending' || (needed !== 'anyone' && (who === 'nobody' || !hasRole(who, needed)));
        const wasRefused = await refused(call);
        if (wasRefused !== expectRefusal)
          table.push(`${key}: expected ${expectRefusal ? 'refusal' : 'access'}`);
        // Calls that sign out end the session they ran with: make a fresh one for the next call.
        if (who !== 'nobody' && key.endsWith('#signOutAction')) await renewToken(who);
      }
      expect(table).toEqual([]);
    });
  }
});

describe('a session still waiting for its second factor', () => {
  it('may complete sign-in, and is nobody for every other action and route', async () => {
    const table: string[] = [];
    for (const [key, call] of mutations) {
      const needed = REQUIRED[key];
      if (!needed || needed === 'no-one') continue;
      request.token = pendingToken;
      const expectRefusal = needed !== 'anyone' && needed !== 'pending';
      const wasRefused = await refused(call);
      if (wasRefused !== expectRefusal)
        table.push(`${key}: expected ${expectRefusal ? 'refusal' : 'access'}`);
      if (key.endsWith('#signOutAction')) {
        pendingToken = (
          await createSession(sql, {
            secret: SECRET,
            userId: await pendingUserIdOf(),
            pendingTotp: true,
          })
        ).token;
      }
    }
    expect(table).toEqual([]);
  });
});

describe('the editors’ inbox page', () => {
  it('shows to editors and admins; viewers are refused and visitors sent to sign in', async () => {
    const { default: InboxPage } = await import('@/app/inbox/page');
    const open = (token: string | undefined) => {
      request.token = token;
      return actionOutcome(
        InboxPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) } as never),
      );
    };
    expect((await open(undefined)).redirect).toBe('/login?next=%2Finbox');
    expect((await open(tokens.viewer)).redirect).toBe('/forbidden?needed=editor');
    for (const role of ['editor', 'admin'] as const) {
      const outcome = await open(tokens[role]);
      expect(outcome.redirect, role).toBeUndefined();
      expect(outcome.state, role).toBeTruthy();
    }
  });
});

describe('the feeds page', () => {
  it('shows to admins only; editors and viewers are refused and visitors sent to sign in', async () => {
    const { default: FeedsPage } = await import('@/app/admin/feeds/page');
    const open = (token: string | undefined) => {
      request.token = token;
      return actionOutcome(FeedsPage());
    };
    expect((await open(undefined)).redirect).toBe('/login?next=%2Fadmin%2Ffeeds');
    for (const role of ['viewer', 'editor'] as const)
      expect((await open(tokens[role])).redirect, role).toBe('/forbidden?needed=admin');
    const outcome = await open(tokens.admin);
    expect(outcome.redirect).toBeUndefined();
    expect(outcome.state).toBeTruthy();
  });
});

describe('the early-warning page', () => {
  it('shows to every role, and to visitors exactly when PUBLIC_READ lets them read', async () => {
    const { default: EarlyWarningPage } = await import('@/app/early-warning/page');
    const { settings } = await import('@/lib/env');
    const open = (token: string | undefined) => {
      request.token = token;
      return actionOutcome(
        EarlyWarningPage({ params: Promise.resolve({}), searchParams: Promise.resolve({}) } as never),
      );
    };
    const visitor = await open(undefined);
    if (settings().PUBLIC_READ) expect(visitor.state).toBeTruthy();
    else expect(visitor.redirect).toBe('/login?next=%2Fearly-warning');
    for (const role of ROLES) {
      const outcome = await open(tokens[role]);
      expect(outcome.redirect, role).toBeUndefined();
      expect(outcome.state, role).toBeTruthy();
    }
  });
});

async function renewToken(role: Role) {
  const { id } = (await sql.get('SELECT "id" FROM "User" WHERE "email" = ?', [`${role}@matrix.test`])) as {
    id: number;
  };
  tokens[role] = (await createSession(sql, { secret: SECRET, userId: id })).token;
}
