-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "affiliation" TEXT;
ALTER TABLE "Figure" ADD COLUMN "country" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "country" TEXT NOT NULL,
    "personnel" INTEGER,
    "hedge" TEXT NOT NULL DEFAULT 'exact',
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'month',
    "kind" TEXT NOT NULL,
    "reportId" INTEGER,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deployment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Deployment" ("country", "createdAt", "date", "datePrecision", "excerpt", "hedge", "id", "kind", "personnel", "reportId") SELECT "country", "createdAt", "date", "datePrecision", "excerpt", "hedge", "id", "kind", "personnel", "reportId" FROM "Deployment";
DROP TABLE "Deployment";
ALTER TABLE "new_Deployment" RENAME TO "Deployment";
CREATE INDEX "Deployment_country_date_idx" ON "Deployment"("country", "date");
CREATE INDEX "Deployment_reportId_idx" ON "Deployment"("reportId");
CREATE TABLE "new_Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "publishedPrecision" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingestedById" INTEGER,
    "publishedEstimated" BOOLEAN NOT NULL DEFAULT false,
    "warnings" JSONB,
    CONSTRAINT "Report_ingestedById_fkey" FOREIGN KEY ("ingestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("contentHash", "id", "ingestedAt", "ingestedById", "outlet", "publishedAt", "publishedPrecision", "text", "title", "url") SELECT "contentHash", "id", "ingestedAt", "ingestedById", "outlet", "publishedAt", "publishedPrecision", "text", "title", "url" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE UNIQUE INDEX "Report_contentHash_key" ON "Report"("contentHash");
CREATE INDEX "Report_publishedAt_idx" ON "Report"("publishedAt");
CREATE INDEX "Report_ingestedAt_idx" ON "Report"("ingestedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
