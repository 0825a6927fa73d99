-- CreateTable
CREATE TABLE "Report" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" DATETIME,
    "publishedPrecision" TEXT,
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingestedById" INTEGER,
    CONSTRAINT "Report_ingestedById_fkey" FOREIGN KEY ("ingestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Location" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normName" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "parentId" INTEGER,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "radiusM" INTEGER NOT NULL DEFAULT 0,
    "pcode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Location_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Location" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LocationAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "locationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "normName" TEXT NOT NULL,
    CONSTRAINT "LocationAlias_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Incident" (
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
    "status" TEXT NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Incident_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IncidentSource" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "excerpt" TEXT NOT NULL,
    "excerptFrom" INTEGER,
    "excerptTo" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IncidentSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IncidentSource_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CasualtyClaim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "hedge" TEXT NOT NULL DEFAULT 'exact',
    "affiliation" TEXT NOT NULL,
    "country" TEXT,
    "persons" JSONB,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CasualtyClaim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CasualtyClaim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "country" TEXT NOT NULL,
    "personnel" INTEGER NOT NULL,
    "hedge" TEXT NOT NULL DEFAULT 'exact',
    "date" DATETIME NOT NULL,
    "datePrecision" TEXT NOT NULL DEFAULT 'month',
    "kind" TEXT NOT NULL,
    "reportId" INTEGER,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Deployment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "hedge" TEXT NOT NULL DEFAULT 'exact',
    "periodStart" DATETIME,
    "periodEnd" DATETIME,
    "periodLabel" TEXT NOT NULL DEFAULT '',
    "scope" TEXT NOT NULL DEFAULT 'Haiti',
    "attributedTo" TEXT,
    "reportId" INTEGER NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Figure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "passwordHash" TEXT NOT NULL,
    "disabledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_contentHash_key" ON "Report"("contentHash");

-- CreateIndex
CREATE INDEX "Report_publishedAt_idx" ON "Report"("publishedAt");

-- CreateIndex
CREATE INDEX "Report_ingestedAt_idx" ON "Report"("ingestedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Location_key_key" ON "Location"("key");

-- CreateIndex
CREATE INDEX "Location_parentId_idx" ON "Location"("parentId");

-- CreateIndex
CREATE INDEX "Location_normName_idx" ON "Location"("normName");

-- CreateIndex
CREATE INDEX "Location_kind_idx" ON "Location"("kind");

-- CreateIndex
CREATE INDEX "LocationAlias_normName_idx" ON "LocationAlias"("normName");

-- CreateIndex
CREATE UNIQUE INDEX "LocationAlias_locationId_normName_key" ON "LocationAlias"("locationId", "normName");

-- CreateIndex
CREATE INDEX "Incident_deletedAt_date_id_idx" ON "Incident"("deletedAt", "date", "id");

-- CreateIndex
CREATE INDEX "Incident_locationId_date_idx" ON "Incident"("locationId", "date");

-- CreateIndex
CREATE INDEX "Incident_type_date_idx" ON "Incident"("type", "date");

-- CreateIndex
CREATE INDEX "Incident_status_date_idx" ON "Incident"("status", "date");

-- CreateIndex
CREATE INDEX "IncidentSource_reportId_idx" ON "IncidentSource"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentSource_incidentId_reportId_key" ON "IncidentSource"("incidentId", "reportId");

-- CreateIndex
CREATE INDEX "CasualtyClaim_incidentId_idx" ON "CasualtyClaim"("incidentId");

-- CreateIndex
CREATE INDEX "CasualtyClaim_reportId_idx" ON "CasualtyClaim"("reportId");

-- CreateIndex
CREATE INDEX "CasualtyClaim_affiliation_kind_idx" ON "CasualtyClaim"("affiliation", "kind");

-- CreateIndex
CREATE INDEX "Deployment_country_date_idx" ON "Deployment"("country", "date");

-- CreateIndex
CREATE INDEX "Deployment_reportId_idx" ON "Deployment"("reportId");

-- CreateIndex
CREATE INDEX "Figure_metric_periodStart_idx" ON "Figure"("metric", "periodStart");

-- CreateIndex
CREATE INDEX "Figure_reportId_idx" ON "Figure"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_at_idx" ON "AuditEntry"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_at_idx" ON "AuditEntry"("userId", "at");
