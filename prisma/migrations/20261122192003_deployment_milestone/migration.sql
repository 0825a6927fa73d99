-- AlterTable
ALTER TABLE "Deployment" ADD COLUMN "milestone" TEXT;
