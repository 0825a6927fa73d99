-- Hand-written: the place lists (filter form, place picker) are cached per "places" counter and
-- the picker matches aliases too, so alias changes move it like any other gazetteer change.
CREATE TRIGGER "LocationAlias_version_insert" AFTER INSERT ON "LocationAlias"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'places'); END;

CREATE TRIGGER "LocationAlias_version_update" AFTER UPDATE ON "LocationAlias"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'places'); END;

CREATE TRIGGER "LocationAlias_version_delete" AFTER DELETE ON "LocationAlias"
BEGIN UPDATE "StoreVersion" SET "version" = "version" + 1 WHERE "scope" IN ('data', 'places'); END;
