/**
 * npm run db:postgres:generate — writes the PostgreSQL files derived from others:
 * prisma/postgres/schema.prisma (from prisma/schema.prisma) and the triggers migration (from
 * prisma/postgres/triggers.ts). tests/unit/postgres-schema.test.ts fails while either is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { POSTGRES_DIR, POSTGRES_SCHEMA_PATH, TRIGGERS_MIGRATION_PATH } from './paths';
import { postgresSchemaFrom } from './schema-text';
import { renderTriggersMigration } from './triggers';

/** Each derived file and what it should contain. */
export function derivedFiles(): { path: string; content: string }[] {
  const sqliteSchema = readFileSync(path.join(POSTGRES_DIR, '..', 'schema.prisma'), 'utf8');
  return [
    { path: POSTGRES_SCHEMA_PATH, content: postgresSchemaFrom(sqliteSchema) },
    { path: TRIGGERS_MIGRATION_PATH, content: renderTriggersMigration() },
  ];
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  for (const file of derivedFiles()) {
    writeFileSync(file.path, file.content);
    console.log(`Wrote ${path.relative(process.cwd(), file.path)}`);
  }
}
