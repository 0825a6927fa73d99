/**
 * Two app servers on one PostgreSQL database, as a team deploys them: the database migrated once
 * by the deploy's step (`npm run db:migrate`), one build shared by both (`npm start` builds only
 * when no current build exists), both started with MIGRATE_ON_START=off and the same
 * SESSION_SECRET. Writers hit both over HTTP at the same moment:
 * - one report sent to both servers at once is stored once;
 * - two reports of one event sent one to each server at once make one incident with two sources;
 * - two corrections of one report from the same version, one per server: one is saved, the other
 *   refused as a conflict, and the other server shows the saved one at once.
 * A session made under the shared secret is honoured by both servers, and a visitor's page cached by
 * one server is never older than a write made on the other.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { buildIfNeeded } from '@/lib/cli/build-if-needed';
import { prepareStoreUrlForDeploy } from '@/lib/cli/start-store';
import { openStoreSql } from '@/lib/store/store-sql';
import { freePort } from '@/lib/store/throwaway-postgres';
import { createUser } from '@/lib/users/mutations';
import { atRelease, createDatabase, releaseAll, serverUrl } from './helpers/databases';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRET = 'two-servers-shared-session-secret-0123456789';
const EDITOR = 'two-servers-editor@example.org';

interface AppServer {
  base: string;
  child: ChildProcess;
  output: string[];
}

/** `npm start`'s own path (lib/cli/start.ts) on `url`, one process, no migration, the shared secret. */
async function startServer(url: string): Promise<AppServer & { metrics: string }> {
  const port = await freePort();
  const metricsPort = await freePort();
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    SESSION_SECRET: SECRET,
    MIGRATE_ON_START: 'off',
    WEB_CONCURRENCY: '1',
    FEEDS_POLL_MINUTES: '0',
    WARM_AGGREGATES: 'off',
    LOG_LEVEL: 'warn',
    MAP_TILE_URL: 'off',
    METRICS_PORT: String(metricsPort),
  };
  delete env.NEXT_DIST_DIR;
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => output.push(String(d)));
  child.stderr?.on('data', (d) => output.push(String(d)));
  atRelease(() => stopServer(child));
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output.join('')}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok)
        return { base, child, output, metrics: `http://127.0.0.1:${metricsPort}/metrics` };
    } catch {
      // Not listening yet.
    }
    if (tries > 600) throw new Error(`server did not answer:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Stops the server and the process it serves from (its process group). */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** The page cache's hits so far, from the server's metrics. */
async function pageCacheHits(server: { metrics: string }): Promise<number> {
  const text = await (await fetch(server.metrics)).text();
  const line = text.split('\n').find((l) => /^cache_lookups_total\{.*cache="page".*result="hit"/.test(l));
  return Number(line?.split(' ').at(-1) ?? 0);
}

describe.skipIf(!serverUrl)('two app servers on one PostgreSQL database', () => {
  let servers: [AppServer & { metrics: string }, AppServer & { metrics: string }];
  let cookie: string;
  let url: string;

  beforeAll(async () => {
    url = await createDatabase();
    // The deploy's one migration, then the one build both servers serve.
    await prepareStoreUrlForDeploy(url, () => {});
    buildIfNeeded(ROOT);
    const sql = await openStoreSql(url);
    try {
      const user = await createUser(sql, {
        input: {
          email: EDITOR,
          name: 'Editor on two servers',
          password: 'two-servers-password',
          role: 'editor',
        },
        actorId: null,
      });
      const { token } = await createSession(sql, { secret: SECRET, userId: user, userAgent: 'two-servers' });
      cookie = `${SESSION_COOKIE}=${token}`;
    } finally {
      await sql.close();
    }
    servers = [await startServer(url), await startServer(url)];
  }, 20 * 60_000);

  afterAll(releaseAll, 60_000);

  const send = (server: AppServer, method: string, route: string, body?: unknown) =>
    fetch(`${server.base}${route}`, {
      method,
      headers: { cookie, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** What the database holds: reports, incidents, and each incident's sources. */
  const stored = async () => {
    const sql = await openStoreSql(url);
    try {
      const reports = await sql.get<{ n: number }>('SELECT count(*) AS "n" FROM "Report"');
      const incidents = await sql.all<{ id: number; sources: number }>(
        `SELECT i."id", (SELECT count(*) FROM "IncidentSource" s WHERE s."incidentId" = i."id") AS "sources"
           FROM "Incident" i ORDER BY i."id"`,
      );
      return { reports: Number(reports?.n), sources: incidents.map((i) => Number(i.sources)) };
    } finally {
      await sql.close();
    }
  };

  it('honours a session made under the shared secret on both servers', async () => {
    for (const server of servers) {
      const response = await send(server, 'POST', '/api/reports', {});
      // Signed in as an editor: the empty report is refused for what it is, not for who sent it.
      expect(response.status).toBe(400);
    }
  });

  it('stores one report sent to both servers at once once', async () => {
    const report = {
      title: 'Gunmen kill three police officers in Pétion-Ville',
      publishedAt: '2025-03-12',
      text: 'Gunmen killed three police officers in Pétion-Ville on Tuesday, the Haitian National Police said. The officers were on patrol when they were ambushed near the town hall.',
    };
    const responses = await Promise.all(
      [0, 1, 0, 1, 0, 1].map((i) => send(servers[i as 0 | 1], 'POST', '/api/reports', report)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    const ids = await Promise.all(
      responses.map(async (r) => ((await r.json()) as { data: { reportId: number } }).data.reportId),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await stored()).toEqual({ reports: 1, sources: [1] });
  });

  it('makes one incident of two reports of one event sent one to each server at once', async () => {
    const [first, second] = await Promise.all([
      send(servers[0], 'POST', '/api/reports', {
        title: 'Four killed in Saint-Marc market attack',
        publishedAt: '2025-04-17',
        text: 'Gunmen killed four civilians at the market in Saint-Marc on Wednesday, local officials said.',
      }),
      send(servers[1], 'POST', '/api/reports', {
        title: 'Saint-Marc: four dead after gang attack',
        publishedAt: '2025-04-17',
        text: 'Four civilians were shot dead on Wednesday in Saint-Marc when a gang attacked the market, residents told reporters.',
      }),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const incidentOf = async (r: Response) =>
      ((await r.json()) as { data: { incidents: { incidentId: number }[] } }).data.incidents.map(
        (i) => i.incidentId,
      );
    const [a, b] = [await incidentOf(first), await incidentOf(second)];
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(await stored()).toEqual({ reports: 3, sources: [1, 2] });
  });

  it('answers a visitor from its page cache, and never with a page older than a write on the other server', async () => {
    const anonymous = (server: AppServer) => fetch(`${server.base}/reports`).then((r) => r.text());
    await anonymous(servers[1]);
    const hits = await pageCacheHits(servers[1]);
    await anonymous(servers[1]);
    expect(await pageCacheHits(servers[1])).toBe(hits + 1);
    const title = 'Gunmen attack a school in Léogâne';
    const created = await send(servers[0], 'POST', '/api/reports', {
      title,
      publishedAt: '2025-06-03',
      text: 'Gunmen attacked a school in Léogâne on Monday, wounding two teachers, the mayor said.',
    });
    expect(created.status).toBe(201);
    expect(await anonymous(servers[1])).toContain(title);
  });

  it('saves one of two corrections made from the same version on the two servers and refuses the other', async () => {
    const created = await send(servers[0], 'POST', '/api/reports', {
      title: 'Police station attacked in Mirebalais',
      publishedAt: '2025-05-02',
      text: 'Gang members attacked the police station in Mirebalais on Thursday, killing two police officers, the police said.',
    });
    expect(created.status).toBe(201);
    const { reportId } = ((await created.json()) as { data: { reportId: number } }).data;
    const read = await send(servers[1], 'GET', `/api/reports/${reportId}`);
    const { version } = ((await read.json()) as { data: { version: number } }).data;
    const titles = ['Mirebalais police station attacked', 'Two police officers killed in Mirebalais'];
    const responses = await Promise.all(
      titles.map((title, i) =>
        send(servers[i as 0 | 1], 'PATCH', `/api/reports/${reportId}`, { version, title }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect([...statuses].sort()).toEqual([200, 409]);
    const saved = titles[statuses.indexOf(200)];
    for (const server of servers) {
      const after = (
        (await (await send(server, 'GET', `/api/reports/${reportId}`)).json()) as {
          data: { title: string; version: number };
        }
      ).data;
      expect(after).toMatchObject({ title: saved, version: version + 1 });
    }
  });
});
