import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/**
 * Integration tests about SQLite itself, which the `integration-postgres` project leaves out. Every
 * other integration test runs on both stores.
 */
const SQLITE_ONLY: [file: string, reason: string][] = [
  ['backup.test.ts', "npm run backup copies a SQLite file with SQLite's backup API (PostgreSQL: pg_dump)"],
  [
    'store-file-modes.test.ts',
    'the modes of the store file, its -wal and -shm (the server owns a PostgreSQL store)',
  ],
  [
    'store-start.test.ts',
    'start-up refusing a damaged, empty or foreign SQLite file (PostgreSQL start: tests/postgres/start-store)',
  ],
  [
    'migrate-on-start.test.ts',
    'MIGRATE_ON_START=off with a SQLite file (on PostgreSQL: tests/postgres/start-store)',
  ],
  [
    'migrations.test.ts',
    'prisma/migrations on a SQLite file: WAL mode, the rollback-mode copy (on PostgreSQL: tests/postgres/migrations)',
  ],
  ['page-cache.test.ts', 'the page cache, which is off on PostgreSQL by design (it watches the SQLite file)'],
  [
    'sql-interface.test.ts',
    "the Sql contract on SQLite's write lock (on PostgreSQL: tests/postgres/sql-interface)",
  ],
  ['store-sql.test.ts', "the store's Sql contract on SQLite (on PostgreSQL: tests/postgres/store-sql)"],
  ['accounts-contract.test.ts', 'the accounts contract on SQLite (on PostgreSQL: tests/postgres/accounts)'],
  ['claim-country-migration.test.ts', 'one SQLite migration file, applied by hand to a SQLite store'],
];

/**
 * findPostgresBin's test (lib/store/throwaway-postgres.ts), restated: the config loader warns about
 * importing TypeScript from lib.
 */
function postgresInstalled(): boolean {
  const bin = process.env.PG_BIN;
  if (bin) return existsSync(path.join(bin, 'initdb'));
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((v) => existsSync(path.join(root, v, 'bin', 'initdb')));
}

/**
 * The integration suite runs on PostgreSQL too when its binaries are installed (in CI they must be:
 * the project's global setup then fails without them). Elsewhere it has no files, with a hint.
 */
const postgresMissing = !postgresInstalled() && process.env.CI !== 'true';
if (postgresMissing && process.argv.includes('integration-postgres')) {
  console.warn(
    '\nintegration-postgres skipped: PostgreSQL is not installed (apt-get install -y postgresql).\n',
  );
}

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // `server-only` throws outside a React server bundle; the tests run server code directly.
      { find: 'server-only', replacement: path.join(root, 'tests', 'server-only-stub.ts') },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/global-setup.ts'],
          environment: 'node',
          // Each test file gets its own migrated SQLite file; the WASM engine is CPU-bound.
          maxWorkers: 2,
          // Run after the unit project when both are selected in one command.
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration-postgres',
          include: postgresMissing ? [] : ['tests/integration/**/*.test.ts'],
          exclude: SQLITE_ONLY.map(([file]) => `tests/integration/${file}`),
          // One throwaway PostgreSQL server; each store is a copy of one migrated template database.
          globalSetup: ['tests/integration/global-setup-postgres.ts'],
          environment: 'node',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: ['tests/postgres/**/*.test.ts'],
          // One throwaway PostgreSQL server for the run (skipped with a hint when not installed).
          globalSetup: ['tests/postgres/global-setup.ts'],
          environment: 'node',
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'eval',
          include: ['tests/eval/**/*.test.ts'],
          environment: 'node',
          // The reference scorers read the whole corpus: about 45 s on two cores.
          testTimeout: 300_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
