-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Incident" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "date" DATETIME NOT NULL,
    "dateEnd" DATETIME,
    "datePrecision" TEXT NOT NULL DEFAULT 'day',
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "locationId" INTEGER,
    "placePrecision" TEXT NOT NULL DEFAULT 'commune',
    "placeText" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Incident_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Incident" ("createdAt", "date", "dateEnd", "datePrecision", "deletedAt", "id", "locationId", "placePrecision", "placeText", "status", "summary", "title", "type", "updatedAt", "version") SELECT "createdAt", "date", "dateEnd", "datePrecision", "deletedAt", "id", "locationId", "placePrecision", "placeText", "status", "summary", "title", "type", "updatedAt", "version" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE INDEX "Incident_deletedAt_date_id_idx" ON "Incident"("deletedAt", "date", "id");
CREATE INDEX "Incident_locationId_date_idx" ON "Incident"("locationId", "date");
CREATE INDEX "Incident_type_date_idx" ON "Incident"("type", "date");
CREATE INDEX "Incident_status_date_idx" ON "Incident"("status", "date");
CREATE TABLE "new_Location" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" INTEGER,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "radiusM" INTEGER NOT NULL DEFAULT 0,
    "path" TEXT NOT NULL DEFAULT '',
    "pcode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Location_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Location" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Location" ("createdAt", "id", "key", "kind", "lat", "lng", "name", "normName", "parentId", "pcode", "radiusM") SELECT "createdAt", "id", "key", "kind", "lat", "lng", "name", "normName", "parentId", "pcode", "radiusM" FROM "Location";
DROP TABLE "Location";
ALTER TABLE "new_Location" RENAME TO "Location";
CREATE UNIQUE INDEX "Location_key_key" ON "Location"("key");
CREATE INDEX "Location_parentId_idx" ON "Location"("parentId");
CREATE INDEX "Location_normName_idx" ON "Location"("normName");
CREATE INDEX "Location_kind_idx" ON "Location"("kind");
CREATE INDEX "Location_path_idx" ON "Location"("path");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Backfill: each place's path of keys from the country down (hand-written, not generated).
WITH RECURSIVE tree(id, path) AS (
    SELECT id, '/' || key || '/' FROM "Location" WHERE parentId IS NULL
    UNION ALL
    SELECT l.id, t.path || l.key || '/' FROM "Location" l JOIN tree t ON l.parentId = t.id
)
UPDATE "Location" SET path = (SELECT path FROM tree WHERE tree.id = "Location".id);
