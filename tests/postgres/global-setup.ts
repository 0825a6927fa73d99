/**
 * One throwaway PostgreSQL server for the whole `postgres` test project (each test file makes
 * its own databases on it: tests/postgres/helpers/databases.ts). Without PostgreSQL's binaries
 * the tests skip with the install command printed, except in CI (CI=true), where that fails.
 */
import type { TestProject } from 'vitest/node';
import { PostgresMissingError, startThrowawayPostgres } from '../../lib/store/throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway server's URL, or null when PostgreSQL is not installed (tests skip). */
    postgresUrl: string | null;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  try {
    const server = await startThrowawayPostgres();
    project.provide('postgresUrl', server.url);
    return () => server.stop();
  } catch (error) {
    if (!(error instanceof PostgresMissingError) || process.env.CI === 'true') throw error;
    console.warn(`\nPostgreSQL tests skipped. ${error.message}\n`);
    project.provide('postgresUrl', null);
    return () => undefined;
  }
}
