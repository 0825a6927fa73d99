-- CreateTable
CREATE TABLE "MonthVersion" (
    "month" TEXT NOT NULL PRIMARY KEY,
    "data" INTEGER NOT NULL DEFAULT 0,
    "text" INTEGER NOT NULL DEFAULT 0
);

-- Hand-written (Prisma does not model triggers). Every month that holds an incident has a row,
-- so a partitioned read (lib/store/month-partitions.ts) can list the months to aggregate.
INSERT INTO "MonthVersion" ("month") SELECT DISTINCT substr("date", 1, 7) FROM "Incident" WHERE true
  ON CONFLICT ("month") DO NOTHING;

CREATE TRIGGER "Incident_month_insert" AFTER INSERT ON "Incident"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (substr(NEW."date", 1, 7), 1, 1)
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1, "text" = "text" + 1; END;

CREATE TRIGGER "Incident_month_delete" AFTER DELETE ON "Incident"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (substr(OLD."date", 1, 7), 1, 1)
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1, "text" = "text" + 1; END;

-- A date change moves the incident between months: both are bumped.
CREATE TRIGGER "Incident_month_update_data" AFTER UPDATE ON "Incident"
WHEN OLD."date" IS NOT NEW."date" OR OLD."dateEnd" IS NOT NEW."dateEnd" OR OLD."datePrecision" IS NOT NEW."datePrecision" OR OLD."type" IS NOT NEW."type" OR OLD."locationId" IS NOT NEW."locationId" OR OLD."placePrecision" IS NOT NEW."placePrecision" OR OLD."status" IS NOT NEW."status" OR OLD."deletedAt" IS NOT NEW."deletedAt" OR OLD."id" IS NOT NEW."id"
BEGIN
  INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (substr(OLD."date", 1, 7), 1, 0)
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
  INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (substr(NEW."date", 1, 7), 1, 0)
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
END;

CREATE TRIGGER "Incident_month_update_text" AFTER UPDATE ON "Incident"
WHEN OLD."title" IS NOT NEW."title" OR OLD."summary" IS NOT NEW."summary" OR OLD."searchText" IS NOT NEW."searchText" OR OLD."placeText" IS NOT NEW."placeText"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (substr(NEW."date", 1, 7), 0, 1)
  ON CONFLICT ("month") DO UPDATE SET "text" = "text" + 1; END;

-- The incident's month; when the incident itself is being deleted (cascade) it is gone, and its
-- own delete trigger has bumped the month.
CREATE TRIGGER "IncidentCasualty_month_insert" AFTER INSERT ON "IncidentCasualty"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = NEW."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1; END;

CREATE TRIGGER "IncidentCasualty_month_update" AFTER UPDATE ON "IncidentCasualty"
BEGIN
  INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = OLD."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
  INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = NEW."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
END;

CREATE TRIGGER "IncidentCasualty_month_delete" AFTER DELETE ON "IncidentCasualty"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = OLD."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1; END;

-- What every month's aggregate also reads: the gazetteer (place filters, departments, the map's
-- coordinates) moves "places"; aggregate figures (casualty totals' upper bounds) move "figures".
INSERT INTO "StoreVersion" ("scope", "version") VALUES ('places', 0), ('figures', 0);

DROP TRIGGER "Location_version_insert";
DROP TRIGGER "Location_version_update";
DROP TRIGGER "Location_version_delete";
DROP TRIGGER "Figure_version_insert";
DROP TRIGGER "Figure_version_update";
DROP TRIGGER "Figure_version_delete";

CREATE TRIGGER "Location_version_insert" AFTER INSERT ON "Location"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'places'); END;

CREATE TRIGGER "Location_version_update" AFTER UPDATE ON "Location"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'places'); END;

CREATE TRIGGER "Location_version_delete" AFTER DELETE ON "Location"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'places'); END;

CREATE TRIGGER "Figure_version_insert" AFTER INSERT ON "Figure"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'figures'); END;

CREATE TRIGGER "Figure_version_update" AFTER UPDATE ON "Figure"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'figures'); END;

CREATE TRIGGER "Figure_version_delete" AFTER DELETE ON "Figure"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'figures'); END;
