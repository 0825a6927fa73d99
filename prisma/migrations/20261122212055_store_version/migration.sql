-- CreateTable
CREATE TABLE "StoreVersion" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- Hand-written (Prisma does not model triggers; its diffs neither create nor drop them).
-- The version counters of lib/store/version.ts, bumped in the writing transaction itself.
INSERT INTO "StoreVersion" ("scope", "version") VALUES ('data', 0), ('text', 0);

CREATE TRIGGER "Incident_version_insert" AFTER INSERT ON "Incident"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'text'); END;

CREATE TRIGGER "Incident_version_delete" AFTER DELETE ON "Incident"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'text'); END;

CREATE TRIGGER "Incident_version_update_data" AFTER UPDATE ON "Incident"
WHEN OLD."date" IS NOT NEW."date" OR OLD."dateEnd" IS NOT NEW."dateEnd"
  OR OLD."datePrecision" IS NOT NEW."datePrecision" OR OLD."type" IS NOT NEW."type"
  OR OLD."locationId" IS NOT NEW."locationId" OR OLD."placePrecision" IS NOT NEW."placePrecision"
  OR OLD."status" IS NOT NEW."status" OR OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."id" IS NOT NEW."id"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Incident_version_update_text" AFTER UPDATE ON "Incident"
WHEN OLD."title" IS NOT NEW."title" OR OLD."summary" IS NOT NEW."summary"
  OR OLD."searchText" IS NOT NEW."searchText" OR OLD."placeText" IS NOT NEW."placeText"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'text'; END;

CREATE TRIGGER "IncidentCasualty_version_insert" AFTER INSERT ON "IncidentCasualty"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "IncidentCasualty_version_update" AFTER UPDATE ON "IncidentCasualty"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "IncidentCasualty_version_delete" AFTER DELETE ON "IncidentCasualty"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Location_version_insert" AFTER INSERT ON "Location"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Location_version_update" AFTER UPDATE ON "Location"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Location_version_delete" AFTER DELETE ON "Location"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Figure_version_insert" AFTER INSERT ON "Figure"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Figure_version_update" AFTER UPDATE ON "Figure"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Figure_version_delete" AFTER DELETE ON "Figure"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;
