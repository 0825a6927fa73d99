-- AlterTable
ALTER TABLE "IncidentSource" ADD COLUMN "flags" JSONB;
