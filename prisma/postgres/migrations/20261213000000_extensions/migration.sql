-- Trigram matching for text search: the baseline's Gin index on "Incident"."searchText" uses
-- gin_trgm_ops (PostgreSQL's contrib, shipped in Debian's postgresql-15 package).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
