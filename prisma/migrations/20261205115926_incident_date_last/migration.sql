-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "dateLast" DATETIME;

-- Hand-written (Prisma does not model triggers): "dateLast" is the last day the incident may have
-- happened on, as lib/incidents/date-interval.ts (dateInterval) reads it: the end date when there
-- is one, else the date's own week (six days on), month or year at its precision, else the date.
-- Stored as the dates are (UTC midnight, ISO text), kept whoever writes the incident; a date
-- filter keeps the incidents whose [date, dateLast] overlaps its range. Filled before the indexes
-- are built, so the fill does not update them row by row.
UPDATE "Incident" SET "dateLast" = strftime('%Y-%m-%dT00:00:00.000+00:00', CASE
  WHEN "dateEnd" IS NOT NULL THEN substr("dateEnd", 1, 10)
  WHEN "datePrecision" = 'week' THEN date(substr("date", 1, 10), '+6 days')
  WHEN "datePrecision" = 'month' THEN date(substr("date", 1, 10), 'start of month', '+1 month', '-1 day')
  WHEN "datePrecision" = 'year' THEN date(substr("date", 1, 10), 'start of year', '+1 year', '-1 day')
  ELSE substr("date", 1, 10) END);

CREATE TRIGGER "Incident_date_last_insert" AFTER INSERT ON "Incident"
BEGIN UPDATE "Incident" SET "dateLast" = strftime('%Y-%m-%dT00:00:00.000+00:00', CASE
  WHEN NEW."dateEnd" IS NOT NULL THEN substr(NEW."dateEnd", 1, 10)
  WHEN NEW."datePrecision" = 'week' THEN date(substr(NEW."date", 1, 10), '+6 days')
  WHEN NEW."datePrecision" = 'month' THEN date(substr(NEW."date", 1, 10), 'start of month', '+1 month', '-1 day')
  WHEN NEW."datePrecision" = 'year' THEN date(substr(NEW."date", 1, 10), 'start of year', '+1 year', '-1 day')
  ELSE substr(NEW."date", 1, 10) END) WHERE "id" = NEW."id"; END;

-- Also when "dateLast" itself is written: it is derived, so a direct write is put right.
CREATE TRIGGER "Incident_date_last_update" AFTER UPDATE OF "date", "dateEnd", "datePrecision", "dateLast" ON "Incident"
BEGIN UPDATE "Incident" SET "dateLast" = strftime('%Y-%m-%dT00:00:00.000+00:00', CASE
  WHEN NEW."dateEnd" IS NOT NULL THEN substr(NEW."dateEnd", 1, 10)
  WHEN NEW."datePrecision" = 'week' THEN date(substr(NEW."date", 1, 10), '+6 days')
  WHEN NEW."datePrecision" = 'month' THEN date(substr(NEW."date", 1, 10), 'start of month', '+1 month', '-1 day')
  WHEN NEW."datePrecision" = 'year' THEN date(substr(NEW."date", 1, 10), 'start of year', '+1 year', '-1 day')
  ELSE substr(NEW."date", 1, 10) END) WHERE "id" = NEW."id"; END;

-- DropIndex
DROP INDEX "Incident_live_by_date_idx";

-- CreateIndex
CREATE INDEX "Incident_live_by_date_idx" ON "Incident"("deletedAt", "date", "id", "status", "type", "locationId", "dateLast");

-- CreateIndex
CREATE INDEX "Incident_live_by_last_idx" ON "Incident"("deletedAt", "dateLast", "date", "status");
