/**
 * The parts of Prisma's WASM schema engine both stores share (prisma/engine.ts for SQLite,
 * prisma/postgres-engine.ts for PostgreSQL): the module itself and the migrations it applies.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { listMigrationNames } from '../lib/store/migrations';

export const FILTERS = { externalTables: [], externalEnums: [] };

export type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');
let enginePromise: Promise<EngineModule> | undefined;

/**
 * Instantiates the WASM module once per process (it is ~10 MB). Instantiating it again would
 * swap the glue's memory under a live engine (the spike saw ERR_ENCODING_INVALID_ENCODED_DATA).
 */
export function loadEngineModule(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const glue: EngineModule = require('@prisma/schema-engine-wasm/schema_engine_bg');
    // The .wasm file is not in the package's exports map: find it beside the glue.
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const wasmPath = path.join(path.dirname(gluePath), 'schema_engine_bg.wasm');
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
      './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports,
    });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    (glue as unknown as { __wbg_set_wasm: (w: unknown) => void }).__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return glue;
  })();
  return enginePromise;
}

/**
 * The committed migrations in `dir`, as the engine takes them. `lockfile` is the text of
 * migration_lock.toml (`provider = "…"`); the engine needs it only to diff from migrations.
 */
export async function readMigrationsList(
  dir: string,
  lockfile: string | null = null,
): Promise<MigrationList> {
  const names = listMigrationNames(dir);
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(dir, name, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (e: Error) => ({ tag: 'error' as const, value: e.message }),
        ),
      },
    })),
  );
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockfile },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/**
 * SQL that takes a database from `migrationsList` to the schema file: the migrations are applied
 * to the engine's (empty, scratch) database and introspected, so the starting point is what they
 * actually produce, not a schema file in git that may already hold the change.
 */
export async function diffFromMigrations(
  engine: SchemaEngine,
  migrationsList: MigrationList,
  schemaPath: string,
  schemaText: string,
): Promise<string> {
  const schema = { files: [{ path: schemaPath, content: schemaText }] };
  let from: DiffTarget = { tag: 'empty' };
  if (migrationsList.migrationDirectories.length > 0) {
    await engine.applyMigrations({ migrationsList, filters: FILTERS });
    const migrated = await engine.introspect({
      schema,
      baseDirectoryPath: path.dirname(schemaPath),
      force: true,
      compositeTypeDepth: -1,
      namespaces: null,
    });
    from = { tag: 'schemaDatamodel', files: migrated.schema.files };
  }
  const result = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', ...schema },
    script: true,
    exitCode: null,
    filters: FILTERS,
  });
  return result.stdout ?? '';
}
