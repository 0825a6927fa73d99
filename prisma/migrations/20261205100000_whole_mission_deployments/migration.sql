-- Whole-mission figures are "MSS-total" (the Multinational Security Support mission) or
-- "GSF-total" (the Gang Suppression Force that succeeded it in October 2025), never "MSS":
-- the reader now writes these names, and stored rows follow. Milestones (mission_launch,
-- first_deployment, …) keep "MSS" as their subject. A row whose source sentence names the GSF
-- (and not the MSS) is the GSF's; every other whole-mission row is the MSS's.
-- Data only; the Deployment_version_update trigger moves the store version, so cached series refresh.
UPDATE "Deployment" SET "country" = 'GSF-total'
WHERE "country" = 'MSS' AND "milestone" IS NULL
  AND ("excerpt" LIKE '%GSF%' OR "excerpt" LIKE '%Gang Suppression%')
  AND "excerpt" NOT LIKE '%MSS%' AND "excerpt" NOT LIKE '%Multinational Security%';

UPDATE "Deployment" SET "country" = 'MSS-total'
WHERE "country" = 'MSS' AND "milestone" IS NULL;
