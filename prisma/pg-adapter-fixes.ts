/**
 * Three workarounds that let Prisma's schema engine migrate PostgreSQL through
 * @prisma/adapter-pg 7.10.0 (established in docs/postgres-port.md §3; each has a test in
 * tests/postgres/adapter-fixes.test.ts). Fixes 1 and 2 replace members the adapter keeps
 * private, so the package is pinned to exactly 7.10.0: check these again on every upgrade.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { postgresPoolConfig } from '../lib/store/postgres-config';

export type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * The private members of adapter-pg 7.10.0's PgQueryable the fixes use: `performIO` runs every
 * query and returns node-postgres's result, `onError` turns a pg error into the
 * DriverAdapterError the engine expects. Typed here rather than reached through `any`.
 */
interface AdapterInternals {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] }>;
  onError(error: unknown): never;
}

const internals = (adapter: PgAdapter) => adapter as unknown as AdapterInternals;

/**
 * Fix 1. The stock executeScript splits a migration on every ";" (so a ";" in a comment or a
 * $$…$$ PL/pgSQL body breaks it) and runs the pieces one by one outside any transaction, so a
 * failing migration stays half-applied. Send the script whole, as one simple-query message, which
 * PostgreSQL runs as one implicit transaction. Errors go through `onError` as the stock method's
 * do: a raw pg error makes the engine panic.
 */
export function runScriptsWhole(adapter: PgAdapter): PgAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      internals(adapter).onError(error);
    }
  };
  return adapter;
}

const PG_CHAR_OID = 18; // pg_catalog's one-byte "char" (pg_class.relkind and the like)
const PG_TEXT_OID = 25;

/**
 * Fix 2. The engine's schema description (introspection, drift checks) reads pg_catalog "char"
 * columns, which adapter-pg 7.10 rejects ("Column type 'char' could not be deserialized").
 * node-postgres already returns them as strings: report them as text.
 */
export function readCharAsText(adapter: PgAdapter): PgAdapter {
  const io = internals(adapter);
  const performIO = io.performIO.bind(io);
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

const fixed = (adapter: PgAdapter) => readCharAsText(runScriptsWhole(adapter));

/** dispose() ends the adapter's pool; ending a pool twice throws, and the engine may dispose too. */
function disposeOnce(adapter: PgAdapter, after?: () => Promise<void>): PgAdapter {
  const endPool = adapter.dispose.bind(adapter);
  let disposed = false;
  adapter.dispose = async () => {
    if (disposed) return;
    disposed = true;
    await endPool();
    await after?.();
  };
  return adapter;
}

async function onAdminConnection(url: string, sql: string): Promise<void> {
  const client = new pg.Client(postgresPoolConfig(url));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface PostgresMigrationFactory extends SqlMigrationAwareDriverAdapterFactory {
  connect(): Promise<PgAdapter>;
  connectToShadowDb(): Promise<PgAdapter>;
  /** Ends every pool the engine opened (engine.free() leaves them open) and drops shadow databases. */
  disposeAll(): Promise<void>;
}

/**
 * The adapter factory for the engine, with fixes 1 and 2 on every adapter, and fix 3: the stock
 * connectToShadowDb builds its pool as `{ ...config, database }`, which node-postgres ignores
 * beside a connection string (the "shadow" database was the main one), and drops the shadow
 * database before ending its pool ("is being accessed by other users"). Here the shadow
 * database's name goes into the URL, and its pool ends before it is dropped.
 */
export function postgresMigrationFactory(url: string): PostgresMigrationFactory {
  const factory = new PrismaPg(postgresPoolConfig(url));
  const opened: PgAdapter[] = [];
  return {
    adapterName: factory.adapterName,
    provider: factory.provider,
    connect: async () => {
      const adapter = disposeOnce(fixed(await factory.connect()));
      opened.push(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const name = `prisma_shadow_${crypto.randomUUID().replace(/-/g, '')}`;
      await onAdminConnection(url, `CREATE DATABASE "${name}"`);
      const shadow = fixed(await new PrismaPg(postgresPoolConfig(url, name)).connect());
      const adapter = disposeOnce(shadow, () => onAdminConnection(url, `DROP DATABASE IF EXISTS "${name}"`));
      opened.push(adapter);
      return adapter;
    },
    async disposeAll() {
      await Promise.all(opened.splice(0).map((adapter) => adapter.dispose()));
    },
  };
}
