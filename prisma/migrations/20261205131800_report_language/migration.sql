-- The language the reader found a report written in (en, fr, ht, other; null when the text was too
-- short to tell). ADD COLUMN, not a table rebuild: no report text is copied.
ALTER TABLE "Report" ADD COLUMN "language" TEXT;
