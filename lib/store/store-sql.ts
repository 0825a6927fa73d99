/**
 * The store's Sql as the product uses it (lib/store/sql.ts with the store's rules on top): every
 * transaction grades the incidents it queued before it commits (lib/incidents/regrade.ts), so no
 * reader ever sees a grade older than the sources it comes from, and every transaction's time,
 * its wait for the write lock included, is recorded as `write-transaction` (that wait is what a
 * user feels). The app's (app-sql.ts), the command-line tools' and the tests' stores all open here.
 *
 * On PostgreSQL a transaction that wrote what a reading page shows (its triggers say so,
 * prisma/postgres/migrations/…_page_version) also moves StoreVersion's "pages" row as it commits:
 * the page cache's version there (lib/http/page-cache.ts). A write outside a transaction
 * (`run`, `insert`) is made one, so none escapes the count.
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

/** Just before a PostgreSQL transaction commits: the page cache's version, when it wrote what pages show. */
async function movePagesVersion(tx: Sql): Promise<void> {
  const marked = await tx.get<{ written: string | null }>(
    `SELECT current_setting('hit.pages_written', true) AS "written"`,
  );
  if (marked?.written !== 'yes') return;
  await tx.run(
    `INSERT INTO "StoreVersion" ("scope", "version") VALUES ('pages', 1)
     ON CONFLICT ("scope") DO UPDATE SET "version" = "StoreVersion"."version" + 1`,
  );
}

export async function openStoreSql(
  url: string,
  options: Pick<SqlOptions, 'busyTimeoutMs'> = {},
): Promise<Sql> {
  let graded = false;
  /** Transactions that are one statement written outside any (PostgreSQL). */
  const single = new WeakSet<Sql>();
  const sql = await openSql(url, {
    ...options,
    beforeCommit: async (tx) => {
      if (!single.has(tx)) {
        if (!graded) graded = await hasGradeQueue(tx);
        if (graded) await gradeQueued(tx);
      }
      if (tx.dialect === 'postgres') await movePagesVersion(tx);
    },
  });
  if (sql.dialect === 'postgres') {
    // One statement made a transaction for the count; it grades nothing, as on SQLite.
    const alone = <T>(work: (tx: Sql) => Promise<T>) =>
      sql.transaction((tx) => {
        single.add(tx);
        return work(tx);
      });
    sql.run = (text, params) => alone((tx) => tx.run(text, params));
    sql.insert = (table, row) => alone((tx) => tx.insert(table, row));
  }
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
