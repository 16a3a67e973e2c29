-- Inline codes of an imported TMX/XLIFF pair (JSON array of {format, xml}; each stands in the
-- texts as U+E000 + its index), so exports write the markup back. Null for pairs without any.
ALTER TABLE "Pair" ADD COLUMN "inlineCodes" TEXT;
