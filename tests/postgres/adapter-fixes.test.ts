/**
 * The three adapter-pg 7.10.0 workarounds (prisma/pg-adapter-fixes.ts): each shown needed on the
 * stock adapter and working with the fix. When an upgrade makes a "stock" test fail, the fix
 * may no longer be needed: check, then remove it.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { postgresPoolConfig } from '@/lib/store/postgres-config';
import {
  type PgAdapter,
  postgresMigrationFactory,
  readCharAsText,
  runScriptsWhole,
} from '@/prisma/pg-adapter-fixes';
import { atRelease, connect, createDatabase, releaseAll, serverUrl } from './helpers/databases';

async function adapterOn(url: string): Promise<PgAdapter> {
  const adapter = await new PrismaPg(postgresPoolConfig(url)).connect();
  atRelease(() => adapter.dispose());
  return adapter;
}

const PLPGSQL = `-- a comment; with a semicolon
CREATE FUNCTION two() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN 2; END $$;`;
const FAILING = `CREATE TABLE "Kept" ("id" integer); SELECT 1 / 0;`;

describe.skipIf(!serverUrl)('adapter-pg 7.10.0 workarounds for the schema engine', () => {
  afterAll(releaseAll);

  it('1: runs a migration script whole: PL/pgSQL bodies apply, and a failure leaves nothing', async () => {
    const stockUrl = await createDatabase();
    const stock = await adapterOn(stockUrl);
    await expect(stock.executeScript(PLPGSQL)).rejects.toThrow();
    await expect(stock.executeScript(FAILING)).rejects.toThrow();
    const stockDb = await connect(stockUrl);
    expect((await stockDb.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Kept'`)).rowCount).toBe(1);

    const fixedUrl = await createDatabase();
    const fixed = runScriptsWhole(await adapterOn(fixedUrl));
    await fixed.executeScript(PLPGSQL);
    await expect(fixed.executeScript(FAILING)).rejects.toMatchObject({ name: 'DriverAdapterError' });
    const fixedDb = await connect(fixedUrl);
    expect((await fixedDb.query('SELECT two() AS n')).rows).toEqual([{ n: 2 }]);
    expect((await fixedDb.query(`SELECT 1 FROM pg_tables WHERE tablename = 'Kept'`)).rowCount).toBe(0);
  });

  it('2: reads pg_catalog "char" columns (as the engine does to describe a schema) as text', async () => {
    const url = await createDatabase();
    const query = { sql: `SELECT relkind FROM pg_class WHERE relname = 'pg_class'`, args: [], argTypes: [] };
    await expect((await adapterOn(url)).queryRaw(query)).rejects.toThrow();
    const fixed = readCharAsText(await adapterOn(url));
    expect((await fixed.queryRaw(query)).rows).toEqual([['r']]);
  });

  it('3: puts the shadow database in a database of its own, and drops it once its pool has ended', async () => {
    // What the stock factory relies on: node-postgres ignores `database` beside a connection string.
    const url = await createDatabase();
    const main = new URL(url).pathname.slice(1);
    const pool = new pg.Pool({ ...postgresPoolConfig(url), database: 'postgres' });
    atRelease(() => pool.end());
    expect((await pool.query('SELECT current_database() AS db')).rows[0].db).toBe(main);

    const factory = postgresMigrationFactory(url);
    const shadow = await factory.connectToShadowDb();
    const shadowName = (await shadow.underlyingDriver().query('SELECT current_database() AS db')).rows[0].db;
    expect(shadowName).toMatch(/^prisma_shadow_/);
    const server = await connect(url);
    const exists = async () =>
      (await server.query('SELECT 1 FROM pg_database WHERE datname = $1', [shadowName])).rowCount;
    expect(await exists()).toBe(1);
    await factory.disposeAll();
    expect(await exists()).toBe(0);
  });
});
