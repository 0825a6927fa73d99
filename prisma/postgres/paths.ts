/** Where the PostgreSQL store's schema and migration history live. */
import path from 'node:path';

export const POSTGRES_DIR = path.dirname(new URL(import.meta.url).pathname);
export const POSTGRES_SCHEMA_PATH = path.join(POSTGRES_DIR, 'schema.prisma');
export const POSTGRES_MIGRATIONS_DIR = path.join(POSTGRES_DIR, 'migrations');
export const TRIGGERS_MIGRATION_PATH = path.join(
  POSTGRES_MIGRATIONS_DIR,
  '20261213000200_triggers',
  'migration.sql',
);
