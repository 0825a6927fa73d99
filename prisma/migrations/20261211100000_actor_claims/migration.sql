-- CreateTable
CREATE TABLE "ActorClaim" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" INTEGER NOT NULL,
    "reportId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "actorKey" TEXT,
    "name" TEXT NOT NULL,
    "actorType" TEXT NOT NULL,
    "country" TEXT,
    "excerpt" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ActorClaim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ActorClaim_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ActorClaim_incidentId_idx" ON "ActorClaim"("incidentId");

-- CreateIndex
CREATE INDEX "ActorClaim_reportId_idx" ON "ActorClaim"("reportId");

-- CreateIndex
CREATE INDEX "ActorClaim_actorKey_role_idx" ON "ActorClaim"("actorKey", "role");
