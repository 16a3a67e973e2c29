-- What re-checking one pair needs from the whole document (see apps/api/src/api/checks/recheck-document.ts).
-- Both start null on existing rows: a null gap raises no missing-space flag, and the next setup
-- re-checks every document (the checks' fingerprint changed), which fills both from the sources.
ALTER TABLE "Document" ADD COLUMN "checkContext" TEXT;
ALTER TABLE "Pair" ADD COLUMN "gapBefore" TEXT;
