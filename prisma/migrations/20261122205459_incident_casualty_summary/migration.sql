-- CreateTable
CREATE TABLE "IncidentCasualty" (
    "incidentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "affiliation" TEXT NOT NULL,
    "country" TEXT NOT NULL DEFAULT '',
    "low" INTEGER NOT NULL,
    "best" INTEGER NOT NULL,
    "high" INTEGER NOT NULL,
    "sources" INTEGER NOT NULL,
    "reportIds" TEXT NOT NULL,

    PRIMARY KEY ("incidentId", "kind", "affiliation", "country"),
    CONSTRAINT "IncidentCasualty_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IncidentCasualty_kind_affiliation_idx" ON "IncidentCasualty"("kind", "affiliation");

-- Backfill from the stored claims (hand-written, not generated): the same reconciliation as
-- lib/incidents/casualty-summary.ts.
WITH per_source AS (
    SELECT c.incidentId, c.kind, c.affiliation, coalesce(c.country, '') AS country, c.reportId, max(c.count) AS n
    FROM "CasualtyClaim" c
    GROUP BY c.incidentId, c.kind, c.affiliation, country, c.reportId
), ranked AS (
    SELECT *, row_number() OVER w AS rn, count(*) OVER w AS cnt
    FROM per_source WINDOW w AS (PARTITION BY incidentId, kind, affiliation, country ORDER BY n, reportId)
)
INSERT INTO "IncidentCasualty" (incidentId, kind, affiliation, country, low, best, high, sources, reportIds)
SELECT incidentId, kind, affiliation, country, min(n), max(CASE WHEN rn = (cnt + 1) / 2 THEN n END), max(n),
       max(cnt), group_concat(reportId)
FROM ranked GROUP BY incidentId, kind, affiliation, country;
