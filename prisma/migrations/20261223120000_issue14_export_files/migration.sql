-- Export jobs' files (issue 14): built by a worker, served by any API process, so kept in the
-- database in parts (ExportFilePart), written whole in the transaction that ends the job.
-- CreateTable
CREATE TABLE "ExportFile" (
    "jobId" TEXT NOT NULL PRIMARY KEY,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "ExportFile_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExportFilePart" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BLOB NOT NULL,

    PRIMARY KEY ("jobId", "seq"),
    CONSTRAINT "ExportFilePart_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ExportFile" ("jobId") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ExportFile_expiresAt_idx" ON "ExportFile"("expiresAt");

