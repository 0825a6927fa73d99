-- A claim's country names the MSS contingent its victims belonged to: no other side has one.
-- Stored claims of other sides lose theirs (the review screen kept "Kenya" on a claim whose side
-- was changed from MSS to police, and the reader gave "two Kenyans" of unknown side a country),
-- and the casualty summary of the incidents they belong to is reconciled again, the way
-- lib/incidents/casualty-summary.ts does, so that groups told apart only by a country merge.
-- Data only; the IncidentCasualty triggers move the store and month versions, so cached
-- figures refresh.
DELETE FROM "IncidentCasualty" WHERE "incidentId" IN (
  SELECT "incidentId" FROM "CasualtyClaim" WHERE "affiliation" <> 'mss' AND "country" IS NOT NULL
);

UPDATE "CasualtyClaim" SET "country" = NULL WHERE "affiliation" <> 'mss' AND "country" IS NOT NULL;

WITH per_source AS (
  SELECT c."incidentId", c."kind", c."affiliation", coalesce(c."country", '') AS country, c."reportId",
         max(c."count") AS n
  FROM "CasualtyClaim" c
  WHERE c."incidentId" NOT IN (SELECT "incidentId" FROM "IncidentCasualty")
  GROUP BY c."incidentId", c."kind", c."affiliation", country, c."reportId"
), ranked AS (
  SELECT *, row_number() OVER w AS rn, count(*) OVER w AS cnt
  FROM per_source WINDOW w AS (PARTITION BY "incidentId", "kind", "affiliation", country ORDER BY n, "reportId")
)
INSERT INTO "IncidentCasualty" ("incidentId", "kind", "affiliation", "country", "low", "best", "high", "sources", "reportIds")
SELECT "incidentId", "kind", "affiliation", country, min(n), max(CASE WHEN rn = (cnt + 1) / 2 THEN n END), max(n),
       max(cnt), group_concat("reportId")
FROM ranked GROUP BY "incidentId", "kind", "affiliation", country;
