/**
 * While the write path moves from the synchronous connection (write-connection.ts) to the
 * asynchronous interface (sql.ts) one domain at a time (docs/postgres-port.md, step 3), the few
 * helpers every domain calls (the audit entry, the security log) take either and answer in kind.
 * This tells the two apart; it goes when the synchronous connection does.
 */
import type { Sql } from './sql';
import type { SqlConnection } from './write-connection';

export function isSql(sql: Sql | SqlConnection): sql is Sql {
  return 'dialect' in sql;
}
