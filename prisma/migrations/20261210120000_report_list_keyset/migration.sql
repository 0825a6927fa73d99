-- The reports list pages by keyset, newest publication first (lib/reports/list-reports.ts): live
-- reports in (publishedAt, id) order are one range of this index from any cursor, dated and
-- undated alike (publishedAt IS NULL is an equality on it), and counting them reads only the index.
-- CreateIndex
CREATE INDEX "Report_live_by_published_idx" ON "Report"("withdrawnAt", "publishedAt", "id");

-- Hand-written (Prisma does not model triggers): a "reports" counter that moves whenever the set
-- of live reports may change — a report stored, deleted, withdrawn (or its withdrawal undone) —
-- so the list's total is counted once per change, not per page view (lib/store/version.ts).
INSERT INTO "StoreVersion" ("scope", "version") VALUES ('reports', 0);

CREATE TRIGGER "Report_version_insert" AFTER INSERT ON "Report"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'reports'; END;

CREATE TRIGGER "Report_version_delete" AFTER DELETE ON "Report"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'reports'; END;

CREATE TRIGGER "Report_version_withdrawn" AFTER UPDATE OF "withdrawnAt", "id" ON "Report"
WHEN OLD."withdrawnAt" IS NOT NEW."withdrawnAt" OR OLD."id" IS NOT NEW."id"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'reports'; END;
