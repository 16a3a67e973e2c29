-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "alignmentFindings" TEXT NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "Pair" ADD COLUMN     "autoFilledFrom" TEXT,
ADD COLUMN     "inlineCodes" TEXT;

-- CreateTable
CREATE TABLE "MemoryUnit" (
    "id" TEXT NOT NULL,
    "memory" TEXT NOT NULL,
    "enText" TEXT NOT NULL,
    "ptText" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT,

    CONSTRAINT "MemoryUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "lastAttemptAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "TrashedDocument" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "pairCount" INTEGER NOT NULL,
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedById" TEXT,
    "deletedBy" TEXT NOT NULL,

    CONSTRAINT "TrashedDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MemoryUnit_memory_idx" ON "MemoryUnit"("memory");

-- CreateIndex
CREATE INDEX "TrashedDocument_deletedAt_idx" ON "TrashedDocument"("deletedAt");

