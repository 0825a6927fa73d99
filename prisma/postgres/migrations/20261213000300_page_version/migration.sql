-- The page cache's version on PostgreSQL (lib/http/page-cache.ts). SQLite's PRAGMA data_version
-- moves on every commit of another connection; PostgreSQL has no number that only committed work
-- moves. So a statement that writes what a reading page shows marks its transaction (a
-- transaction-local setting: no row written, no lock taken), and the store's Sql moves
-- StoreVersion's "pages" row just before such a transaction commits (lib/store/store-sql.ts): the
-- new number becomes visible with the data it counts, never before, and the row is locked only
-- while a writer commits. Not counted: what no reading page shows (sessions, sign-in attempts, the
-- security log, recovery codes, saved searches, feed leases). A table added later gets its trigger
-- in its own migration (tests/postgres/page-version.test.ts fails while one lacks it).

INSERT INTO "StoreVersion" ("scope", "version") VALUES ('pages', 0) ON CONFLICT ("scope") DO NOTHING;

CREATE FUNCTION pages_written() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('hit.pages_written', 'yes', true);
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
     WHERE schemaname = current_schema()
       AND tablename NOT IN ('Session', 'LoginAttempt', 'SecurityEvent', 'RecoveryCode', 'SavedSearch',
                             'Feed', 'StoreVersion', '_prisma_migrations')
     ORDER BY tablename
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION pages_written()',
      t || '_pages_version', t);
  END LOOP;
END $$;
