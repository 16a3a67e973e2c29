-- A job's input in its own table (see the SQLite migration of the same name): the inputs of
-- jobs not yet done move there before the column goes.
-- CreateTable
CREATE TABLE "JobInput" (
    "jobId" TEXT NOT NULL,
    "input" TEXT NOT NULL,

    CONSTRAINT "JobInput_pkey" PRIMARY KEY ("jobId")
);

-- AddForeignKey
ALTER TABLE "JobInput" ADD CONSTRAINT "JobInput_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "JobInput" ("jobId", "input") SELECT "id", "input" FROM "Job" WHERE "state" <> 'succeeded';

-- AlterTable
ALTER TABLE "Job" DROP COLUMN "input";
