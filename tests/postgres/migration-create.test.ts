/**
 * `npm run db:migration -- <name>` (prisma/migration-create.ts) on copies of the schema and both
 * histories: one schema change gives one migration of the same name in each history, sorting
 * last in both even when the histories are stamped ahead of the clock, and each history then
 * builds exactly its schema; with nothing changed it writes nothing.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listMigrationNames } from '@/lib/store/migrations';
import { MIGRATIONS_DIR, SCHEMA_PATH } from '@/prisma/engine';
import { createMigration } from '@/prisma/migration-create';
import { POSTGRES_MIGRATIONS_DIR, POSTGRES_SCHEMA_PATH } from '@/prisma/postgres/paths';
import { diffPostgresSchemaAgainstMigrations } from '@/prisma/postgres-engine';
import { atRelease, createDatabase, releaseAll, serverUrl } from './helpers/databases';

describe.skipIf(!serverUrl)('writing the next migration of both histories', () => {
  afterAll(releaseAll);

  it('writes the same migration name in both, each diffed from what its history builds', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'migration-create-'));
    atRelease(() => rmSync(dir, { recursive: true, force: true }));
    const sqlite = {
      schemaPath: path.join(dir, 'schema.prisma'),
      migrationsDir: path.join(dir, 'migrations'),
    };
    const postgres = {
      schemaPath: path.join(dir, 'postgres', 'schema.prisma'),
      migrationsDir: path.join(dir, 'postgres', 'migrations'),
    };
    cpSync(MIGRATIONS_DIR, sqlite.migrationsDir, { recursive: true });
    cpSync(POSTGRES_MIGRATIONS_DIR, postgres.migrationsDir, { recursive: true });
    cpSync(POSTGRES_SCHEMA_PATH, postgres.schemaPath);
    const schema = readFileSync(SCHEMA_PATH, 'utf8');
    const changed = schema.replace(/^model Feed \{\n/m, (line) => `${line}  note String?\n`);
    expect(changed).not.toBe(schema);
    writeFileSync(sqlite.schemaPath, changed);

    const before = [
      ...listMigrationNames(sqlite.migrationsDir),
      ...listMigrationNames(postgres.migrationsDir),
    ];
    const created = await createMigration({
      name: 'feed_note',
      scratchFile: path.join(dir, 'scratch.db'),
      scratchPostgresUrl: await createDatabase(),
      // Earlier than the committed histories' stamps: the new one must still sort last.
      now: new Date('2020-01-01T00:00:00Z'),
      sqlite,
      postgres,
    });
    expect(created.name).toMatch(/^\d{14}_feed_note$/);
    expect(created.written).toEqual([
      path.join(sqlite.migrationsDir, created.name as string),
      path.join(postgres.migrationsDir, created.name as string),
    ]);
    for (const history of [sqlite, postgres]) {
      expect(listMigrationNames(history.migrationsDir).at(-1)).toBe(created.name);
      expect(before.every((name) => name < (created.name as string))).toBe(true);
      const sql = readFileSync(
        path.join(history.migrationsDir, created.name as string, 'migration.sql'),
        'utf8',
      );
      expect(sql).toMatch(/"note" TEXT/);
    }
    // The PostgreSQL schema was regenerated from the changed SQLite one.
    expect(readFileSync(postgres.schemaPath, 'utf8')).toMatch(/model Feed \{\n\s+note\s+String\?/);
    // Its history now builds exactly that schema.
    const drift = await diffPostgresSchemaAgainstMigrations(await createDatabase(), postgres);
    expect(drift.trim()).toMatch(/^-- This is an empty migration\.$/);

    const again = await createMigration({
      name: 'feed_note_again',
      scratchFile: path.join(dir, 'scratch-2.db'),
      scratchPostgresUrl: await createDatabase(),
      sqlite,
      postgres,
    });
    expect(again).toEqual({ name: null, written: [] });
  });
});
