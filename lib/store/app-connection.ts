/** The web process's synchronous connection to its own database (for transactions and auth). */
import { databaseFile, settings } from '../env';
import { openSqlConnection, type SqlConnection } from './write-connection';

export function appConnection(): SqlConnection {
  return openSqlConnection(databaseFile(settings().DATABASE_URL));
}
