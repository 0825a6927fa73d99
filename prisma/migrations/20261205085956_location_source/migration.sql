-- Where a place's coordinates come from, and whether it was placed by hand.
-- Written as ADD COLUMN rather than the table rebuild the schema engine proposes: a rebuild
-- would drop the Location_version_* triggers (store_version, month_version).
ALTER TABLE "Location" ADD COLUMN "source" TEXT;
ALTER TABLE "Location" ADD COLUMN "approximate" BOOLEAN NOT NULL DEFAULT false;
