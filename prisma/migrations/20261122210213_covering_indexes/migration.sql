-- DropIndex
DROP INDEX "Incident_deletedAt_date_id_idx";

-- CreateIndex
CREATE INDEX "Incident_live_by_date_idx" ON "Incident"("deletedAt", "date", "id", "status", "type", "locationId");

-- CreateIndex
CREATE INDEX "IncidentCasualty_covering_idx" ON "IncidentCasualty"("incidentId", "kind", "affiliation", "country", "low", "best", "high", "sources");
