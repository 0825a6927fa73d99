-- AlterTable
ALTER TABLE "Report" ADD COLUMN "reviewedAt" DATETIME;

-- CreateTable
CREATE TABLE "Feed" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT,
    "keywords" JSONB NOT NULL,
    "addedById" INTEGER,
    "addedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchedAt" DATETIME,
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextFetchAt" DATETIME,
    "leaseUntil" DATETIME,
    "itemsTaken" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Feed_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "feedId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "error" TEXT,
    "reportId" INTEGER,
    "seenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FeedItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "FeedItem_reportId_idx" ON "FeedItem"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_feedId_key_key" ON "FeedItem"("feedId", "key");

-- CreateIndex
CREATE INDEX "Report_inbox_idx" ON "Report"("reviewedAt", "withdrawnAt", "id");

-- Hand-written: reports already saved through the review screen were reviewed then (their
-- 'review' audit entry says when); the others — read in by `npm run ingest`, the API or the
-- sample data — wait in the inbox like any new one.
UPDATE "Report" SET "reviewedAt" = (
  SELECT min(a."at") FROM "AuditEntry" a
  WHERE a."entity" = 'Report' AND a."entityId" = "Report"."id" AND a."action" = 'review'
);
