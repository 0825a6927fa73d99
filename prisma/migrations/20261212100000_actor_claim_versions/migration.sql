-- Hand-written (Prisma does not model triggers). The incident filters now ask who took part
-- (ActorClaim), so a change to an incident's actor claims moves what its month's filtered counts,
-- charts and map sums read, exactly as a change to its casualty summary does.
CREATE TRIGGER "ActorClaim_version_insert" AFTER INSERT ON "ActorClaim"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "ActorClaim_version_update" AFTER UPDATE ON "ActorClaim"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "ActorClaim_version_delete" AFTER DELETE ON "ActorClaim"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "ActorClaim_month_insert" AFTER INSERT ON "ActorClaim"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = NEW."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1; END;

CREATE TRIGGER "ActorClaim_month_update" AFTER UPDATE ON "ActorClaim"
BEGIN
  INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = OLD."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
  INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = NEW."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
END;

CREATE TRIGGER "ActorClaim_month_delete" AFTER DELETE ON "ActorClaim"
BEGIN INSERT INTO "MonthVersion" ("month", "data", "text")
  SELECT substr("date", 1, 7), 1, 0 FROM "Incident" WHERE "id" = OLD."incidentId"
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1; END;
