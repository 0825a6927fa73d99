-- Written by hand (Prisma would rebuild the table, dropping its triggers). A source that says the
-- event did not happen: its incident is contested (lib/incidents/grade.ts). Changing it queues the
-- incident's grade through IncidentSource_grade_update.
ALTER TABLE "IncidentSource" ADD COLUMN "denies" BOOLEAN NOT NULL DEFAULT false;
