import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { findPostgresBin, startThrowawayPostgres, sweepStaleServers } from '@/lib/store/throwaway-postgres';
import { serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('the throwaway PostgreSQL server', () => {
  it('stops and removes a server whose owning process died without cleaning up (SIGKILL)', async () => {
    const server = await startThrowawayPostgres();
    const client = new pg.Client(server.url);
    await client.connect();
    await client.end();
    // Its owner is now a process that has exited.
    const dead = spawnSync('true').pid;
    writeFileSync(path.join(server.dir, 'owner.pid'), String(dead));
    sweepStaleServers(findPostgresBin() ?? '');
    expect(existsSync(server.dir)).toBe(false);
    await expect(new pg.Client(server.url).connect()).rejects.toThrow();
    server.stop(); // already gone: nothing to do, and no error
  });
});
