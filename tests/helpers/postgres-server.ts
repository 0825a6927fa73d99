/** One statement on a PostgreSQL server's maintenance database (CREATE/DROP DATABASE), on a client of its own. */
import pg from 'pg';
import { postgresPoolConfig } from '../../lib/store/postgres-config';

export async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client(postgresPoolConfig(serverUrl));
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
