/**
 * The PL/pgSQL functions behind prisma/postgres/triggers.ts. Each says which SQLite trigger body
 * it stands for. Differences from SQLite that matter:
 * - Dates are `timestamp(3)` (UTC, the session is pinned to UTC), not ISO text: the month key
 *   is `to_char(date, 'YYYY-MM')` where SQLite takes `substr(date, 1, 7)`.
 * - `INSERT OR IGNORE` is `ON CONFLICT DO NOTHING`; an upsert's SET names the table's column.
 * - An AFTER trigger that updates its own row fires itself again in PostgreSQL: dateLast is a
 *   BEFORE trigger that sets NEW instead.
 * - Two upserts of one month stay two statements (+2), as in SQLite, when old and new agree.
 */
export const TRIGGER_FUNCTIONS = `
-- "2025-03" for a timestamp: SQLite's substr("date", 1, 7) on ISO text.
CREATE FUNCTION month_key(ts timestamp) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT to_char(ts, 'YYYY-MM') $$;

-- INSERT INTO "MonthVersion" … ON CONFLICT ("month") DO UPDATE SET "data" = "data" + …, "text" = "text" + …
CREATE FUNCTION month_version_add(m text, data_inc integer, text_inc integer) RETURNS void LANGUAGE sql
  AS $$
    INSERT INTO "MonthVersion" ("month", "data", "text") VALUES (m, data_inc, text_inc)
    ON CONFLICT ("month") DO UPDATE
      SET "data" = "MonthVersion"."data" + data_inc, "text" = "MonthVersion"."text" + text_inc
  $$;

-- UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN (<the trigger's arguments>)
CREATE FUNCTION store_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = ANY (TG_ARGV);
  RETURN NULL;
END $$;

-- Incident_month_*: arguments (data increment, text increment, then 'old' and/or 'new': whose month).
CREATE FUNCTION incident_month_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF 'old' = ANY (TG_ARGV[2:]) THEN
    PERFORM month_version_add(month_key(OLD."date"), TG_ARGV[0]::integer, TG_ARGV[1]::integer);
  END IF;
  IF 'new' = ANY (TG_ARGV[2:]) THEN
    PERFORM month_version_add(month_key(NEW."date"), TG_ARGV[0]::integer, TG_ARGV[1]::integer);
  END IF;
  RETURN NULL;
END $$;

-- ActorClaim_month_*, IncidentCasualty_month_*: the data of the month of the row's incident,
-- old and new (none when the incident is gone: SQLite's INSERT … SELECT finds no row either).
CREATE FUNCTION incident_child_month_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM month_version_add(month_key(i."date"), 1, 0) FROM "Incident" i WHERE i."id" = OLD."incidentId";
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM month_version_add(month_key(i."date"), 1, 0) FROM "Incident" i WHERE i."id" = NEW."incidentId";
  END IF;
  RETURN NULL;
END $$;

-- ActorClaim_grade_*, IncidentSource_grade_*: INSERT OR IGNORE INTO "GradeQueue" old and new incident.
CREATE FUNCTION incident_child_grade_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    INSERT INTO "GradeQueue" ("incidentId") VALUES (OLD."incidentId") ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO "GradeQueue" ("incidentId") VALUES (NEW."incidentId") ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

-- Incident_grade_insert, Incident_grade_status: the incident itself.
CREATE FUNCTION incident_grade_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "GradeQueue" ("incidentId") VALUES (NEW."id") ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Report_grade_origin: every incident the report supports (its outlet or address changed).
CREATE FUNCTION report_grade_queue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "GradeQueue" ("incidentId")
    SELECT "incidentId" FROM "IncidentSource" WHERE "reportId" = NEW."id"
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- Incident_grade_version: a new grade is data, for the store and for the incident's month.
CREATE FUNCTION incident_grade_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data';
  PERFORM month_version_add(month_key(NEW."date"), 1, 0);
  RETURN NULL;
END $$;

-- Incident_date_last_*: dateEnd's day, else the last day of date's week (six days on), month
-- or year at its precision, else date's day (lib/incidents/date-interval.ts).
CREATE FUNCTION incident_date_last() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  d timestamp := date_trunc('day', NEW."date");
BEGIN
  NEW."dateLast" := CASE
    WHEN NEW."dateEnd" IS NOT NULL THEN date_trunc('day', NEW."dateEnd")
    WHEN NEW."datePrecision" = 'week' THEN d + interval '6 days'
    WHEN NEW."datePrecision" = 'month' THEN date_trunc('month', d) + interval '1 month' - interval '1 day'
    WHEN NEW."datePrecision" = 'year' THEN date_trunc('year', d) + interval '1 year' - interval '1 day'
    ELSE d
  END;
  RETURN NEW;
END $$;
`;
