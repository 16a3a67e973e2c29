-- Issue 17: login throttling shared by every process, and the documents' trash.

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" DATETIME NOT NULL,
    "lastAttemptAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "TrashedDocument" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "pairCount" INTEGER NOT NULL,
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedById" TEXT,
    "deletedBy" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "TrashedDocument_deletedAt_idx" ON "TrashedDocument"("deletedAt");
