import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../lib/store/throwaway-postgres';
import { applyMigrations } from '../../prisma/engine';
import { onServer } from '../helpers/postgres-server';

const TEMPLATE = 'integration_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set in the `integration-postgres` project only: where helpers/test-db.ts makes its stores. */
    integrationPostgres: { serverUrl: string; template: string };
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
