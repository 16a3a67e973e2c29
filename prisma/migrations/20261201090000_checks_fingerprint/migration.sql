-- Which checks produced a document's stored flags (see apps/api/src/api/checks/checks-fingerprint.ts).
-- Existing documents get "" and so are re-checked by the next setup.
ALTER TABLE "Document" ADD COLUMN "checksFingerprint" TEXT NOT NULL DEFAULT '';
