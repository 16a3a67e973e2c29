-- Flag confidence (issue 12): how likely a reviewer calls the flag genuine, from the aligner's
-- flag-confidence model. Nullable: flags stored before it have none and stay shown.
-- AlterTable
ALTER TABLE "Flag" ADD COLUMN "confidence" REAL;
