-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'week', 'month', 'year');

-- CreateEnum
CREATE TYPE "PlacePrecision" AS ENUM ('exact', 'neighbourhood', 'commune', 'department', 'country');

-- CreateEnum
CREATE TYPE "LocationKind" AS ENUM ('country', 'department', 'commune', 'neighbourhood', 'site');

-- CreateEnum
CREATE TYPE "IncidentType" AS ENUM ('armed_clash', 'attack', 'ambush', 'killing', 'gunfire', 'arrest', 'kidnapping', 'evacuation', 'other');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('draft', 'reviewed', 'rejected');

-- CreateEnum
CREATE TYPE "CasualtyKind" AS ENUM ('killed', 'injured', 'missing');

-- CreateEnum
CREATE TYPE "Affiliation" AS ENUM ('mss', 'police', 'army', 'civilian', 'gang', 'unknown');

-- CreateEnum
CREATE TYPE "Hedge" AS ENUM ('exact', 'at_least', 'at_most', 'about');

-- CreateEnum
CREATE TYPE "DeploymentKind" AS ENUM ('arrival', 'strength', 'planned');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('viewer', 'editor', 'admin');

-- CreateTable
CREATE TABLE "Report" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT,
    "url" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedPrecision" "DatePrecision",
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ingestedById" INTEGER,
    "publishedEstimated" BOOLEAN NOT NULL DEFAULT false,
    "warnings" JSONB,
    "language" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "withdrawnAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "normName" TEXT NOT NULL,
    "kind" "LocationKind" NOT NULL,
    "parentId" INTEGER,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "radiusM" INTEGER NOT NULL DEFAULT 0,
    "path" TEXT NOT NULL DEFAULT '',
    "pcode" TEXT,
    "source" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LocationAlias" (
    "id" SERIAL NOT NULL,
    "locationId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "normName" TEXT NOT NULL,

    CONSTRAINT "LocationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" SERIAL NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "dateEnd" TIMESTAMP(3),
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'day',
    "dateLast" TIMESTAMP(3),
    "type" "IncidentType" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "locationId" INTEGER,
    "placePrecision" "PlacePrecision" NOT NULL DEFAULT 'commune',
    "placeText" TEXT,
    "searchText" TEXT NOT NULL DEFAULT '',
    "status" "ReviewStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "grade" TEXT NOT NULL DEFAULT 'weak',

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentSource" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "excerpt" TEXT NOT NULL,
    "excerptFrom" INTEGER,
    "excerptTo" INTEGER,
    "flags" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "denies" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "IncidentSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorClaim" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "actorKey" TEXT,
    "name" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "country" TEXT,
    "excerpt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActorClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CasualtyClaim" (
    "id" SERIAL NOT NULL,
    "incidentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "kind" "CasualtyKind" NOT NULL,
    "count" INTEGER NOT NULL,
    "hedge" "Hedge" NOT NULL DEFAULT 'exact',
    "affiliation" "Affiliation" NOT NULL,
    "country" TEXT,
    "persons" JSONB,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CasualtyClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentCasualty" (
    "incidentId" INTEGER NOT NULL,
    "kind" "CasualtyKind" NOT NULL,
    "affiliation" "Affiliation" NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "low" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "sources" INTEGER NOT NULL,
    "reportIds" TEXT NOT NULL,

    CONSTRAINT "IncidentCasualty_pkey" PRIMARY KEY ("incidentId","kind","affiliation","country")
);

-- CreateTable
CREATE TABLE "StoreVersion" (
    "scope" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StoreVersion_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "MonthVersion" (
    "month" TEXT NOT NULL,
    "data" INTEGER NOT NULL DEFAULT 0,
    "text" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MonthVersion_pkey" PRIMARY KEY ("month")
);

-- CreateTable
CREATE TABLE "Deployment" (
    "id" SERIAL NOT NULL,
    "country" TEXT NOT NULL,
    "personnel" INTEGER,
    "hedge" "Hedge" NOT NULL DEFAULT 'exact',
    "date" TIMESTAMP(3) NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'month',
    "kind" "DeploymentKind" NOT NULL,
    "milestone" TEXT,
    "reportId" INTEGER,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deployment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Figure" (
    "id" SERIAL NOT NULL,
    "metric" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "hedge" "Hedge" NOT NULL DEFAULT 'exact',
    "periodStart" TIMESTAMP(3),
    "periodEnd" TIMESTAMP(3),
    "periodLabel" TEXT NOT NULL DEFAULT '',
    "scope" TEXT NOT NULL DEFAULT 'Haiti',
    "attributedTo" TEXT,
    "affiliation" "Affiliation",
    "country" TEXT,
    "reportId" INTEGER NOT NULL,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'viewer',
    "passwordHash" TEXT NOT NULL,
    "disabledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "passwordChangedAt" TIMESTAMP(3),
    "totpSecret" TEXT,
    "totpEnabledAt" TIMESTAMP(3),
    "totpLastStep" INTEGER,
    "lastVisitAt" TIMESTAMP(3),
    "previousVisitAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryCode" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "hash" TEXT NOT NULL,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "RecoveryCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SecurityEvent" (
    "id" SERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "userId" INTEGER,
    "actorId" INTEGER,
    "email" TEXT,
    "address" TEXT NOT NULL,
    "userAgent" TEXT,
    "detail" TEXT,

    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "userAgent" TEXT NOT NULL DEFAULT '',
    "pendingTotp" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT,
    "keywords" JSONB NOT NULL,
    "addedById" INTEGER,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "nextFetchAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "itemsTaken" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" SERIAL NOT NULL,
    "feedId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "error" TEXT,
    "reportId" INTEGER,
    "seenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedSearch" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "feedToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GradeQueue" (
    "incidentId" INTEGER NOT NULL,

    CONSTRAINT "GradeQueue_pkey" PRIMARY KEY ("incidentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_contentHash_key" ON "Report"("contentHash");

-- CreateIndex
CREATE INDEX "Report_publishedAt_idx" ON "Report"("publishedAt");

-- CreateIndex
CREATE INDEX "Report_ingestedAt_idx" ON "Report"("ingestedAt");

-- CreateIndex
CREATE INDEX "Report_withdrawnAt_idx" ON "Report"("withdrawnAt");

-- CreateIndex
CREATE INDEX "Report_live_by_published_idx" ON "Report"("withdrawnAt", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Report_inbox_idx" ON "Report"("reviewedAt", "withdrawnAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Location_key_key" ON "Location"("key");

-- CreateIndex
CREATE INDEX "Location_parentId_idx" ON "Location"("parentId");

-- CreateIndex
CREATE INDEX "Location_normName_idx" ON "Location"("normName");

-- CreateIndex
CREATE INDEX "Location_kind_idx" ON "Location"("kind");

-- CreateIndex
CREATE INDEX "Location_path_idx" ON "Location"("path");

-- CreateIndex
CREATE INDEX "LocationAlias_normName_idx" ON "LocationAlias"("normName");

-- CreateIndex
CREATE UNIQUE INDEX "LocationAlias_locationId_normName_key" ON "LocationAlias"("locationId", "normName");

-- CreateIndex
CREATE INDEX "Incident_live_by_date_idx" ON "Incident"("deletedAt", "date", "id", "status", "type", "locationId", "dateLast");

-- CreateIndex
CREATE INDEX "Incident_live_by_last_idx" ON "Incident"("deletedAt", "dateLast", "date", "status");

-- CreateIndex
CREATE INDEX "Incident_locationId_date_idx" ON "Incident"("locationId", "date");

-- CreateIndex
CREATE INDEX "Incident_type_date_idx" ON "Incident"("type", "date");

-- CreateIndex
CREATE INDEX "Incident_status_date_idx" ON "Incident"("status", "date");

-- CreateIndex
CREATE INDEX "Incident_createdAt_idx" ON "Incident"("createdAt");

-- CreateIndex
CREATE INDEX "Incident_searchText_trgm_idx" ON "Incident" USING GIN ("searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "IncidentSource_reportId_idx" ON "IncidentSource"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentSource_incidentId_reportId_key" ON "IncidentSource"("incidentId", "reportId");

-- CreateIndex
CREATE INDEX "ActorClaim_incidentId_idx" ON "ActorClaim"("incidentId");

-- CreateIndex
CREATE INDEX "ActorClaim_reportId_idx" ON "ActorClaim"("reportId");

-- CreateIndex
CREATE INDEX "ActorClaim_actorKey_role_idx" ON "ActorClaim"("actorKey", "role");

-- CreateIndex
CREATE INDEX "CasualtyClaim_incidentId_idx" ON "CasualtyClaim"("incidentId");

-- CreateIndex
CREATE INDEX "CasualtyClaim_reportId_idx" ON "CasualtyClaim"("reportId");

-- CreateIndex
CREATE INDEX "CasualtyClaim_affiliation_kind_idx" ON "CasualtyClaim"("affiliation", "kind");

-- CreateIndex
CREATE INDEX "IncidentCasualty_kind_affiliation_idx" ON "IncidentCasualty"("kind", "affiliation");

-- CreateIndex
CREATE INDEX "IncidentCasualty_covering_idx" ON "IncidentCasualty"("incidentId", "kind", "affiliation", "country", "low", "best", "high", "sources");

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
CREATE INDEX "RecoveryCode_userId_idx" ON "RecoveryCode"("userId");

-- CreateIndex
CREATE INDEX "SecurityEvent_at_idx" ON "SecurityEvent"("at");

-- CreateIndex
CREATE INDEX "SecurityEvent_kind_at_idx" ON "SecurityEvent"("kind", "at");

-- CreateIndex
CREATE INDEX "SecurityEvent_userId_at_idx" ON "SecurityEvent"("userId", "at");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_key_at_idx" ON "LoginAttempt"("key", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_at_idx" ON "LoginAttempt"("at");

-- CreateIndex
CREATE INDEX "AuditEntry_entity_entityId_at_idx" ON "AuditEntry"("entity", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_at_idx" ON "AuditEntry"("userId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE INDEX "FeedItem_reportId_idx" ON "FeedItem"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_feedId_key_key" ON "FeedItem"("feedId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_feedToken_key" ON "SavedSearch"("feedToken");

-- CreateIndex
CREATE UNIQUE INDEX "SavedSearch_userId_name_key" ON "SavedSearch"("userId", "name");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_ingestedById_fkey" FOREIGN KEY ("ingestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocationAlias" ADD CONSTRAINT "LocationAlias_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentSource" ADD CONSTRAINT "IncidentSource_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorClaim" ADD CONSTRAINT "ActorClaim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorClaim" ADD CONSTRAINT "ActorClaim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasualtyClaim" ADD CONSTRAINT "CasualtyClaim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CasualtyClaim" ADD CONSTRAINT "CasualtyClaim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCasualty" ADD CONSTRAINT "IncidentCasualty_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deployment" ADD CONSTRAINT "Deployment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Figure" ADD CONSTRAINT "Figure_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryCode" ADD CONSTRAINT "RecoveryCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feed" ADD CONSTRAINT "Feed_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_feedId_fkey" FOREIGN KEY ("feedId") REFERENCES "Feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedSearch" ADD CONSTRAINT "SavedSearch_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
