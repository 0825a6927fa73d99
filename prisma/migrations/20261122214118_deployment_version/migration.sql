-- Hand-written: the deployment series are cached per store version too (lib/stats/cached.ts),
-- so a change to a deployment, or to the title of the report it cites, moves "data".
CREATE TRIGGER "Deployment_version_insert" AFTER INSERT ON "Deployment"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Deployment_version_update" AFTER UPDATE ON "Deployment"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Deployment_version_delete" AFTER DELETE ON "Deployment"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;

CREATE TRIGGER "Report_version_title" AFTER UPDATE OF "title" ON "Report" WHEN OLD."title" IS NOT NEW."title"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" = 'data'; END;
