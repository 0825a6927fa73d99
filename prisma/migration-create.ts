/**
 * `npm run db:migration -- <name>` writes the next migration of BOTH stores' histories from one
 * change to prisma/schema.prisma: prisma/migrations/<stamp>_<name> (SQLite) and
 * prisma/postgres/migrations/<stamp>_<name> (PostgreSQL, after regenerating
 * prisma/postgres/schema.prisma from the SQLite schema), each the engine's diff from what that
 * history actually builds to the schema. Same name in both, so a change reads as one.
 *
 * Triggers are not in Prisma's schema: a change to a table with triggers needs them restated by
 * hand in both files (docs/postgres-port.md §3); the PostgreSQL tests fail while the histories
 * disagree.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listMigrationNames } from '../lib/store/migrations';
import { diffSchemaAgainstMigrations, MIGRATIONS_DIR, SCHEMA_PATH } from './engine';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH } from './postgres/paths';
import { postgresSchemaFrom } from './postgres/schema-text';
import { diffPostgresSchemaAgainstMigrations } from './postgres-engine';

export interface HistoryPaths {
  schemaPath: string;
  migrationsDir: string;
}

export interface CreateMigrationOptions {
  name: string;
  /** A scratch SQLite file (must not exist) and an empty scratch PostgreSQL database. */
  scratchFile: string;
  scratchPostgresUrl: string;
  now?: Date;
  sqlite?: HistoryPaths;
  postgres?: HistoryPaths;
}

export interface CreatedMigration {
  /** The folder name, or null when both schemas already match their histories. */
  name: string | null;
  /** The folders written, one per store whose schema differed from its history. */
  written: string[];
}

const STAMP = /^(\d{14})_/;

/** "20261206093000" */
function stampOf(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

/**
 * The new migration's timestamp: now, or one second after the newest migration of either history
 * when that is later (migrations apply in name order, and histories may hold stamps ahead of the
 * clock), so the new one always sorts last in both.
 */
export function nextMigrationStamp(existing: readonly string[], now: Date): string {
  const stamps = existing.flatMap((name) => STAMP.exec(name)?.[1] ?? []).sort();
  const newest = stamps.at(-1);
  if (!newest || stampOf(now) > newest) return stampOf(now);
  const [y, mo, d, h, mi, s] = [0, 4, 6, 8, 10, 12].map((at, i) => Number(newest.slice(at, i ? at + 2 : 4)));
  return stampOf(new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, (s as number) + 1)));
}

const isEmpty = (sql: string) => !sql.trim() || /^-- This is an empty migration/.test(sql.trim());

export async function createMigration(options: CreateMigrationOptions): Promise<CreatedMigration> {
  const { name } = options;
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error('Give the migration a name in snake_case: npm run db:migration -- add_x');
  }
  const sqlite = options.sqlite ?? { schemaPath: SCHEMA_PATH, migrationsDir: MIGRATIONS_DIR };
  const postgres = options.postgres ?? {
    schemaPath: POSTGRES_SCHEMA_PATH,
    migrationsDir: POSTGRES_MIGRATIONS_DIR,
  };
  // The PostgreSQL schema is derived from the SQLite one (npm run db:postgres:generate).
  const pgSchema = postgresSchemaFrom(await readFile(sqlite.schemaPath, 'utf8'));
  if (!existsSync(postgres.schemaPath) || (await readFile(postgres.schemaPath, 'utf8')) !== pgSchema) {
    await writeFile(postgres.schemaPath, pgSchema);
  }
  const scripts = [
    { dir: sqlite.migrationsDir, sql: await diffSchemaAgainstMigrations(options.scratchFile, sqlite) },
    {
      dir: postgres.migrationsDir,
      sql: await diffPostgresSchemaAgainstMigrations(options.scratchPostgresUrl, postgres),
    },
  ].filter((s) => !isEmpty(s.sql));
  if (scripts.length === 0) return { name: null, written: [] };
  const stamp = nextMigrationStamp(
    [...listMigrationNames(sqlite.migrationsDir), ...listMigrationNames(postgres.migrationsDir)],
    options.now ?? new Date(),
  );
  const folder = `${stamp}_${name}`;
  const written: string[] = [];
  for (const { dir, sql } of scripts) {
    const target = path.join(dir, folder);
    await mkdir(target, { recursive: true });
    await writeFile(path.join(target, 'migration.sql'), sql);
    written.push(target);
  }
  return { name: folder, written };
}
