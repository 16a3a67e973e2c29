-- A job's input (an import's whole texts, up to ~10 MB) moves to its own table: SQLite walks a
-- long value's overflow pages to reach the columns stored after it, so every poll of a job and
-- every "which documents are still being imported" read ~10 MB while an import was queued or
-- running. Inputs of jobs not yet done are kept; a succeeded job's was already emptied ('{}').
CREATE TABLE "JobInput" (
    "jobId" TEXT NOT NULL PRIMARY KEY,
    "input" TEXT NOT NULL,
    CONSTRAINT "JobInput_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "JobInput" ("jobId", "input") SELECT "id", "input" FROM "Job" WHERE "state" <> 'succeeded';
ALTER TABLE "Job" DROP COLUMN "input";
