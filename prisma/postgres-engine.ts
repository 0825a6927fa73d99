/**
 * The schema engine on a PostgreSQL store: prisma/postgres/migrations applied through
 * @prisma/adapter-pg (with prisma/pg-adapter-fixes.ts) and recorded in `_prisma_migrations`,
 * as `prisma migrate deploy` would. prisma/engine.ts chooses this path for postgres:// URLs.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { diffFromMigrations, FILTERS, loadEngineModule, readMigrationsList } from './engine-module';
import { postgresMigrationFactory } from './pg-adapter-fixes';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH } from './postgres/paths';

export interface OpenPostgresEngine {
  engine: SchemaEngine;
  schemaText: string;
  /** Frees the engine, ends its pools and drops any shadow database. */
  close(): Promise<void>;
}

export async function openPostgresEngine(
  url: string,
  schemaPath = POSTGRES_SCHEMA_PATH,
): Promise<OpenPostgresEngine> {
  const mod = await loadEngineModule();
  const schemaText = await readFile(schemaPath, 'utf8');
  const factory = postgresMigrationFactory(url);
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    schemaText,
    async close() {
      engine.free();
      await factory.disposeAll();
    },
  };
}

/** The PostgreSQL migrations in `dir`, with their lock file (the engine checks its provider). */
export async function readPostgresMigrations(dir = POSTGRES_MIGRATIONS_DIR): Promise<MigrationList> {
  const lockPath = path.join(dir, 'migration_lock.toml');
  const lockfile = existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null;
  return readMigrationsList(dir, lockfile);
}

/**
 * Applies every migration the database lacks; returns their names. Each migration runs as one
 * transaction (fix 1 in pg-adapter-fixes.ts): one that fails leaves nothing of itself behind,
 * only its unfinished row in `_prisma_migrations`, and the next run refuses until it is resolved.
 */
export async function applyPostgresMigrations(url: string, dir = POSTGRES_MIGRATIONS_DIR): Promise<string[]> {
  const migrationsList = await readPostgresMigrations(dir);
  const { engine, close } = await openPostgresEngine(url);
  try {
    const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return out.appliedMigrationNames;
  } finally {
    await close();
  }
}

/**
 * SQL that takes a PostgreSQL store from the committed PostgreSQL migrations to the PostgreSQL
 * schema file: the migrations are applied to `scratchUrl` (an empty database, left migrated) and
 * introspected, as the SQLite side's diffSchemaAgainstMigrations does. "-- This is an empty
 * migration." when they agree.
 */
export async function diffPostgresSchemaAgainstMigrations(
  scratchUrl: string,
  { schemaPath = POSTGRES_SCHEMA_PATH, migrationsDir = POSTGRES_MIGRATIONS_DIR } = {},
): Promise<string> {
  const migrationsList = await readPostgresMigrations(migrationsDir);
  const { engine, schemaText, close } = await openPostgresEngine(scratchUrl, schemaPath);
  try {
    return await diffFromMigrations(engine, migrationsList, schemaPath, schemaText);
  } finally {
    await close();
  }
}
