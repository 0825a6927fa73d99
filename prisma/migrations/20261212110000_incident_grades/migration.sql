-- Written by hand: Prisma would rebuild the Incident table to add a column, dropping its triggers.
-- An incident's grade (lib/incidents/grade.ts), kept current by lib/incidents/regrade.ts.
ALTER TABLE "Incident" ADD COLUMN "grade" TEXT NOT NULL DEFAULT 'weak';

-- Incidents whose grade must be worked out again before the write transaction commits.
CREATE TABLE "GradeQueue" (
    "incidentId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- Every stored incident is graded once, at the first write (or the store's opening) after this.
INSERT INTO "GradeQueue" ("incidentId") SELECT "id" FROM "Incident";

-- What a grade reads: the incident's sources (and each source's outlet and address), its
-- perpetrators as each source names them, and its review status.
CREATE TRIGGER "Incident_grade_insert" AFTER INSERT ON "Incident"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (NEW."id"); END;

CREATE TRIGGER "Incident_grade_status" AFTER UPDATE OF "status" ON "Incident" WHEN OLD."status" IS NOT NEW."status"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (NEW."id"); END;

CREATE TRIGGER "IncidentSource_grade_insert" AFTER INSERT ON "IncidentSource"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (NEW."incidentId"); END;

CREATE TRIGGER "IncidentSource_grade_update" AFTER UPDATE ON "IncidentSource"
BEGIN
  INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (OLD."incidentId");
  INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (NEW."incidentId");
END;

CREATE TRIGGER "IncidentSource_grade_delete" AFTER DELETE ON "IncidentSource"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (OLD."incidentId"); END;

CREATE TRIGGER "ActorClaim_grade_insert" AFTER INSERT ON "ActorClaim"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (NEW."incidentId"); END;

CREATE TRIGGER "ActorClaim_grade_update" AFTER UPDATE ON "ActorClaim"
BEGIN
  INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (OLD."incidentId");
  INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (NEW."incidentId");
END;

CREATE TRIGGER "ActorClaim_grade_delete" AFTER DELETE ON "ActorClaim"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId") VALUES (OLD."incidentId"); END;

CREATE TRIGGER "Report_grade_origin" AFTER UPDATE OF "outlet", "url" ON "Report"
WHEN OLD."outlet" IS NOT NEW."outlet" OR OLD."url" IS NOT NEW."url"
BEGIN INSERT OR IGNORE INTO "GradeQueue" ("incidentId")
  SELECT "incidentId" FROM "IncidentSource" WHERE "reportId" = NEW."id"; END;

-- A new grade moves what the grade filter selects: the store's and the month's data counters.
CREATE TRIGGER "Incident_grade_version" AFTER UPDATE OF "grade" ON "Incident" WHEN OLD."grade" IS NOT NEW."grade"
BEGIN
  UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data';
  INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (substr(NEW."date", 1, 7), 1, 0)
  ON CONFLICT ("month") DO UPDATE SET "data" = "data" + 1;
END;
