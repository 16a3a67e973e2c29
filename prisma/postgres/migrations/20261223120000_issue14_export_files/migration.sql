-- Export jobs' files (issue 14): see the SQLite migration of the same name.
-- CreateTable
CREATE TABLE "ExportFile" (
    "jobId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExportFile_pkey" PRIMARY KEY ("jobId")
);

-- CreateTable
CREATE TABLE "ExportFilePart" (
    "jobId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "ExportFilePart_pkey" PRIMARY KEY ("jobId","seq")
);

-- CreateIndex
CREATE INDEX "ExportFile_expiresAt_idx" ON "ExportFile"("expiresAt");

-- AddForeignKey
ALTER TABLE "ExportFile" ADD CONSTRAINT "ExportFile_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportFilePart" ADD CONSTRAINT "ExportFilePart_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "ExportFile"("jobId") ON DELETE CASCADE ON UPDATE CASCADE;

