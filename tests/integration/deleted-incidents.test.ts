/**
 * A deleted incident, and the reason given for deleting it, is for editors only: anyone else
 * gets the same "not found" as for an incident that never existed (no 403 to confirm it exists).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession } from '@/lib/auth/sessions';
import { createIncident, setIncidentDeleted } from '@/lib/incidents/mutations';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import { createUser } from '@/lib/users/mutations';
import { request } from './helpers/request-context';
import { createTestDb } from './helpers/test-db';

const SECRET = 'deleted-incidents-secret-'.padEnd(40, 'x');
vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));

const tokens: Record<string, string> = {};
let deletedId: number;
let liveId: number;

beforeAll(async () => {
  const { url, sql: sqlAsync } = await createTestDb();
  process.env.DATABASE_URL = url;
  process.env.SESSION_SECRET = SECRET;
  process.env.PUBLIC_READ = 'true';
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    const id = await createUser(sqlAsync, {
      input: { email: `${role}@deleted.test`, name: role, role, password: `${role} deleted password` },
      actorId: null,
    });
    tokens[role] = (await createSession(sqlAsync, { secret: SECRET, userId: id })).token;
  }
  const fields = (title: string) =>
    incidentFieldsSchema.parse({
      title,
      date: '2025-05-20',
      datePrecision: 'day',
      type: 'gunfire',
      placeText: 'Delmas 32',
      placePrecision: 'commune',
      status: 'reviewed',
    });
  const editor = Number(
    (await sqlAsync.get<{ id: number }>(`SELECT "id" FROM "User" WHERE "role" = 'editor'`))?.id,
  );
  liveId = await createIncident(sqlAsync, { input: fields('Shooting at the market'), userId: editor });
  deletedId = await createIncident(sqlAsync, { input: fields('Posted by mistake'), userId: editor });
  await setIncidentDeleted(sqlAsync, {
    id: deletedId,
    version: 1,
    deleted: true,
    reason: 'names a minor',
    userId: editor,
  });
});

async function visible(id: string): Promise<'shown' | 'not found'> {
  const { loadIncidentPage } = await import('@/lib/incidents/incident-page');
  try {
    await loadIncidentPage(id);
    return 'shown';
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? '');
    if (digest.includes('404')) return 'not found';
    throw error;
  }
}

describe('deleted incidents', () => {
  it('are not found for visitors and viewers, as if they never existed', async () => {
    for (const who of [undefined, tokens.viewer]) {
      request.token = who;
      expect(await visible(String(deletedId))).toBe('not found');
      expect(await visible('999999')).toBe('not found');
      expect(await visible(String(liveId))).toBe('shown');
    }
  });

  it('are shown to editors and admins, with the notice that they are deleted', async () => {
    for (const who of [tokens.editor, tokens.admin]) {
      request.token = who;
      expect(await visible(String(deletedId))).toBe('shown');
    }
  });

  it('are named by plain decimal ids only', async () => {
    request.token = tokens.admin;
    expect(await visible(String(liveId))).toBe('shown');
    for (const raw of [`${liveId}.0`, `0x${liveId.toString(16)}`, `+${liveId}`, `0${liveId}`]) {
      expect(await visible(raw), raw).toBe('not found');
    }
    expect(await visible('1e0')).toBe('not found');
  });
});
