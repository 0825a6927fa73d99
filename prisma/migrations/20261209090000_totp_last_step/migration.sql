-- Two-factor sign-in: the last 30-second step whose code was accepted, so a code cannot be
-- replayed within its window. (Named after the previous migration, not the machine's clock, which
-- ran behind it; the order of the folder names is the order they apply in.)
-- AlterTable
ALTER TABLE "User" ADD COLUMN "totpLastStep" INTEGER;
