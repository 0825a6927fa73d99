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
import { FILTERS, loadEngineModule, readMigrationsList } from './engine-module';
import { postgresMigrationFactory } from './pg-adapter-fixes';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH } from './postgres/paths';

export interface OpenPostgresEngine {
  engine: SchemaEngine;
  schemaText: string;
  /** Frees the engine, ends its pools and drops any shadow database. */
  close(): Promise<void>;
}

export async function openPostgresEngine(url: string): Promise<OpenPostgresEngine> {
  const mod = await loadEngineModule();
  const schemaText = await readFile(POSTGRES_SCHEMA_PATH, 'utf8');
  const factory = postgresMigrationFactory(url);
  const engine = await mod.SchemaEngine.new(
    { datamodels: [[POSTGRES_SCHEMA_PATH, schemaText]] },
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
