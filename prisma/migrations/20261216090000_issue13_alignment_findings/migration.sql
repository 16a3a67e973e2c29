-- The aligner's document-level findings (issue 13): a long stretch one side lacks, a moved
-- block, an English that is not the text's original. Existing documents start with none; a
-- re-align computes them.
ALTER TABLE "Document" ADD COLUMN "alignmentFindings" TEXT NOT NULL DEFAULT '[]';
