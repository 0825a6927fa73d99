/**
 * What lib/store/sql.ts promises, as one suite run on both stores: tests/integration/
 * sql-interface.test.ts (SQLite) and tests/postgres/sql-interface.test.ts (PostgreSQL). Call it
 * inside a describe; `store` gives a migrated store once for the file.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storeFailure } from '@/lib/http/store-failure';
import { openSql, type Sql, type SqlOptions } from '@/lib/store/sql';
import { StoreBusyError, UniqueViolationError } from '@/lib/store/sql-errors';
import { sqlDateTime } from '@/lib/store/sql-values';
import { counter, incrementCounter, insertIfAbsent } from './sql-contract-steps';

export interface ContractStore {
  /** A migrated store's URL (openSql's argument). */
  url: string;
  /** Holds the lock a transaction locked on `key` needs, from another connection, until released. */
  holdLock(key: string): Promise<() => Promise<void>>;
}

const ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const WRITER = 'tests/helpers/sql-writer-process.ts';

const deployment = (country: string) => ({
  country,
  date: sqlDateTime(new Date('2025-03-04T00:00:00Z')),
  kind: 'arrival' as const,
  personnel: 200,
});

const feed = (url: string) => ({ url, name: 'Feed', keywords: '["gang"]', active: 1 });

/** Runs the writer process; resolves with its exit code and output. */
function writer(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [TSX, WRITER, ...args], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d;
    });
    child.stderr.on('data', (d: Buffer) => {
      out += d;
    });
    child.on('close', (code) => resolve({ code, out }));
  });
}

export function sqlContract(store: () => Promise<ContractStore>): void {
  let target: ContractStore;
  const opened: Sql[] = [];
  const open = async (options?: SqlOptions) => {
    const sql = await openSql(target.url, options);
    opened.push(sql);
    return sql;
  };
  let sql: Sql;
  beforeAll(async () => {
    target = await store();
    sql = await open();
  }, 120_000);
  afterAll(async () => {
    for (const s of opened.splice(0)) await s.close();
  });

  it('runs statements and inserts typed rows, with values in SQLite shapes on both stores', async () => {
    const first = await sql.insert('Deployment', deployment('AA'));
    const second = await sql.insert('Deployment', deployment('AA'));
    expect(second).toBe(first + 1);
    const row = await sql.get<Record<string, unknown>>('SELECT * FROM "Deployment" WHERE "id" = ?', [first]);
    expect(row).toMatchObject({
      id: first,
      country: 'AA',
      personnel: 200,
      date: '2025-03-04T00:00:00.000+00:00',
    });
    // A column left to its DEFAULT CURRENT_TIMESTAMP differs: SQLite stores "YYYY-MM-DD HH:MM:SS".
    expect(row?.createdAt).toEqual(expect.any(String));
    expect(await sql.run('UPDATE "Deployment" SET "personnel" = ? WHERE "country" = ?', [300, 'AA'])).toEqual(
      {
        changes: 2,
      },
    );
    const counts = await sql.all<{ n: number }>(
      'SELECT count(*) AS n FROM "Deployment" WHERE "country" = ? AND "date" >= ? GROUP BY "personnel"',
      ['AA', new Date('2025-03-01T00:00:00Z')],
    );
    expect(counts).toEqual([{ n: 2 }]);
    const id = await sql.insert('Feed', feed('https://a.example/rss'));
    const stored = await sql.get('SELECT "active", "keywords" FROM "Feed" WHERE "id" = ? AND "active" = ?', [
      id,
      true,
    ]);
    expect(stored).toEqual({ active: 1, keywords: '["gang"]' });
    expect(await sql.get('SELECT "id" FROM "Feed" WHERE "id" = ?', [-1])).toBeUndefined();
  });

  it('stores all of a transaction or none of it, and rethrows what the work threw', async () => {
    const thrown = new Error('stop');
    const failed = sql.transaction(async (tx) => {
      await tx.insert('Deployment', deployment('BB'));
      await tx.run('UPDATE "Deployment" SET "personnel" = 1 WHERE "country" = ?', ['AA']);
      throw thrown;
    });
    await expect(failed).rejects.toBe(thrown);
    expect(await sql.all('SELECT "id" FROM "Deployment" WHERE "country" = ?', ['BB'])).toEqual([]);
    expect(await sql.get('SELECT count(*) AS n FROM "Deployment" WHERE "personnel" = 1')).toEqual({ n: 0 });
    const id = await sql.transaction(async (tx) => tx.insert('Deployment', deployment('BB')));
    expect(await sql.get('SELECT "country" FROM "Deployment" WHERE "id" = ?', [id])).toEqual({
      country: 'BB',
    });
  });

  it('reports a unique violation as UniqueViolationError, alone and in a transaction', async () => {
    await sql.insert('Feed', feed('https://dup.example/rss'));
    await expect(sql.insert('Feed', feed('https://dup.example/rss'))).rejects.toBeInstanceOf(
      UniqueViolationError,
    );
    const inTransaction = sql.transaction(async (tx) => {
      await tx.insert('Feed', feed('https://dup2.example/rss'));
      await tx.insert('Feed', feed('https://dup.example/rss'));
    });
    await expect(inTransaction).rejects.toBeInstanceOf(UniqueViolationError);
    expect(
      await sql.get('SELECT "id" FROM "Feed" WHERE "url" = ?', ['https://dup2.example/rss']),
    ).toBeUndefined();
  });

  it('loses no increment of two concurrent transaction loops in one process', async () => {
    const loop = async () => {
      for (let i = 0; i < 50; i++) await incrementCounter(sql, 'ctr-one');
    };
    await Promise.all([loop(), loop()]);
    expect(await counter(sql, 'ctr-one')).toBe(100);
  });

  it('keeps a write issued outside a transaction while it awaits, when the transaction rolls back', async () => {
    let outside: Promise<unknown> = Promise.resolve();
    const failed = sql.transaction(async (tx) => {
      await tx.insert('Deployment', deployment('CC'));
      outside = sql.insert('Deployment', deployment('DD'));
      await new Promise((resolve) => setTimeout(resolve, 30));
      throw new Error('roll back');
    });
    await expect(failed).rejects.toThrow('roll back');
    await outside;
    const countries = await sql.all('SELECT "country" FROM "Deployment" WHERE "country" IN (?, ?)', [
      'CC',
      'DD',
    ]);
    expect(countries).toEqual([{ country: 'DD' }]);
  });

  it('does not show a transaction uncommitted row to a read outside it', async () => {
    let seenOutside: unknown = 'not read';
    await sql.transaction(async (tx) => {
      const id = await tx.insert('Deployment', deployment('EE'));
      expect(await tx.get('SELECT "country" FROM "Deployment" WHERE "id" = ?', [id])).toEqual({
        country: 'EE',
      });
      seenOutside = await sql.get('SELECT "id" FROM "Deployment" WHERE "country" = ?', ['EE']);
    });
    expect(seenOutside).toBeUndefined();
    expect(await sql.all('SELECT "country" FROM "Deployment" WHERE "country" = ?', ['EE'])).toHaveLength(1);
  });

  it('serialises two transactions locked on one key: two concurrent inserts-if-absent make one row', async () => {
    const key = 'once-key';
    const made = await Promise.all([insertIfAbsent(sql, key, [key]), insertIfAbsent(sql, key, [key])]);
    expect(made.sort()).toEqual([false, true]);
    expect(await sql.all('SELECT "data" FROM "MonthVersion" WHERE "month" = ?', [key])).toEqual([
      { data: 1 },
    ]);
  });

  it('loses no increment of two processes writing one counter', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sql-writers-'));
    try {
      const go = path.join(dir, 'go');
      const runs = [writer([target.url, go, 'ctr-two', '30']), writer([target.url, go, 'ctr-two', '30'])];
      while (readdirSync(dir).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      writeFileSync(go, '');
      for (const run of await Promise.all(runs)) expect(run).toMatchObject({ code: 0 });
      expect(await counter(sql, 'ctr-two')).toBe(60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('runs the beforeCommit hook inside each transaction, before it commits', async () => {
    const hooked = await open({
      beforeCommit: async (tx) => {
        const made = await tx.get<{ n: number }>(
          'SELECT count(*) AS n FROM "Deployment" WHERE "country" = ?',
          ['FF'],
        );
        await tx.run('INSERT INTO "MonthVersion" ("month", "data") VALUES (?, ?)', [`hook-${made?.n}`, 1]);
      },
    });
    // The hook saw the work's uncommitted row: it ran inside the transaction.
    await hooked.transaction((tx) => tx.insert('Deployment', deployment('FF')));
    expect(await counter(sql, 'hook-1')).toBe(1);
    // And before COMMIT: its failure (hook-2 is taken) rolls the work back with it.
    await sql.run('INSERT INTO "MonthVersion" ("month", "data") VALUES (?, ?)', ['hook-2', 7]);
    const refused = hooked.transaction((tx) => tx.insert('Deployment', deployment('FF')));
    await expect(refused).rejects.toBeInstanceOf(UniqueViolationError);
    expect(await sql.get('SELECT count(*) AS n FROM "Deployment" WHERE "country" = ?', ['FF'])).toEqual({
      n: 1,
    });
    expect(await counter(sql, 'hook-2')).toBe(7);
  });

  it('fires the store triggers: an insert through it moves StoreVersion', async () => {
    const version = () =>
      sql.get<{ version: number }>('SELECT "version" FROM "StoreVersion" WHERE "scope" = ?', ['data']);
    const before = (await version())?.version ?? -1;
    await sql.insert('Deployment', deployment('HH'));
    expect((await version())?.version).toBe(before + 1);
  });

  it("takes a nested transaction's lock keys, which the outer one did not name", async () => {
    // A transaction that learns mid-way which rows it must lock (a withdrawal, the incidents its
    // report touched) names them on a nested call; it must then wait for their holder.
    const impatient = await open({ busyTimeoutMs: 200 });
    const release = await target.holdLock('nested-key');
    try {
      const error = await impatient
        .transaction(async (tx) => {
          await tx.insert('Deployment', deployment('NK'));
          await tx.transaction(async () => undefined, { lockKeys: ['nested-key'] });
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(StoreBusyError);
    } finally {
      await release();
    }
    expect(await sql.all('SELECT "id" FROM "Deployment" WHERE "country" = ?', ['NK'])).toEqual([]);
  });

  it('gives StoreBusyError, a busy store failure, when another holds the lock past the timeout', async () => {
    const impatient = await open({ busyTimeoutMs: 200 });
    const release = await target.holdLock('busy-key');
    try {
      const blocked = impatient.transaction(
        (tx) => tx.run('DELETE FROM "MonthVersion" WHERE "month" = ?', ['x']),
        {
          lockKeys: ['busy-key'],
        },
      );
      const error = await blocked.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StoreBusyError);
      expect(storeFailure(error)).toBe('busy');
    } finally {
      await release();
    }
  });
}
