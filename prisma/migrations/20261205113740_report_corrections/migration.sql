-- Editors correct and withdraw reports: a version for optimistic concurrency, and the moment
-- of withdrawal (the report is kept for the record, hidden from lists).
-- Written as ADD COLUMN rather than the table rebuild the schema engine proposes: a rebuild
-- copies every report's text for two new columns, and would drop any trigger on the table.
ALTER TABLE "Report" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Report" ADD COLUMN "withdrawnAt" DATETIME;
CREATE INDEX "Report_withdrawnAt_idx" ON "Report"("withdrawnAt");
