/**
 * The `integration-postgres` project: the integration suite on PostgreSQL. One throwaway server
 * for the run (lib/store/throwaway-postgres.ts) and one database on it migrated by the project's
 * own path (prisma/engine.ts), which every test store is copied from (`CREATE DATABASE … TEMPLATE`,
 * helpers/test-db.ts): copying takes milliseconds, migrating seconds. Without PostgreSQL's binaries
 * the project has no files (tests/vitest.config.mts) except in CI (CI=true), where this fails.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { postgresPoolConfig } from '../../lib/store/postgres-config';
import { startThrowawayPostgres } from '../../lib/store/throwaway-postgres';
import { applyMigrations } from '../../prisma/engine';

const TEMPLATE = 'integration_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set in the `integration-postgres` project only: where helpers/test-db.ts makes its stores. */
    integrationPostgres: { serverUrl: string; template: string };
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client(postgresPoolConfig(serverUrl));
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const server = await startThrowawayPostgres();
  try {
    await onServer(server.url, `CREATE DATABASE "${TEMPLATE}"`);
    const url = new URL(server.url);
    url.pathname = `/${TEMPLATE}`;
    await applyMigrations(url.toString());
    // A template nobody may connect to any more, so copying it never finds it in use.
    await onServer(server.url, `ALTER DATABASE "${TEMPLATE}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
  } catch (error) {
    server.stop();
    throw error;
  }
  project.provide('integrationPostgres', { serverUrl: server.url, template: TEMPLATE });
  return () => server.stop();
}
