/**
 * The store's Sql as the product uses it (lib/store/sql.ts with the store's rules on top): every
 * transaction grades the incidents it queued before it commits (lib/incidents/regrade.ts), so no
 * reader ever sees a grade older than the sources it comes from, and every transaction's time,
 * its wait for the write lock included, is recorded as `write-transaction` (that wait is what a
 * user feels). The app's (app-sql.ts), the command-line tools' and the tests' stores all open here.
 */
import { gradeQueued } from '../incidents/regrade';
import { observeStoreQuery } from '../ops/metrics';
import { openSql, type Sql, type SqlOptions } from './sql';

/** Stores migrated before grades existed (the migration tests' steps) have no queue to empty. */
async function hasGradeQueue(tx: Sql): Promise<boolean> {
  const found = await tx.get(
    tx.dialect === 'sqlite'
      ? `SELECT 1 AS "found" FROM sqlite_master WHERE type = 'table' AND name = 'GradeQueue'`
      : `SELECT 1 AS "found" FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'GradeQueue'`,
  );
  return found !== undefined;
}

export async function openStoreSql(
  url: string,
  options: Pick<SqlOptions, 'busyTimeoutMs'> = {},
): Promise<Sql> {
  let graded = false;
  const sql = await openSql(url, {
    ...options,
    beforeCommit: async (tx) => {
      if (!graded) graded = await hasGradeQueue(tx);
      if (graded) await gradeQueued(tx);
    },
  });
  const transaction = sql.transaction.bind(sql);
  sql.transaction = async (work, transactionOptions) => {
    const started = performance.now();
    try {
      return await transaction(work, transactionOptions);
    } finally {
      observeStoreQuery('sql', 'write-transaction', (performance.now() - started) / 1000);
    }
  };
  return sql;
}
