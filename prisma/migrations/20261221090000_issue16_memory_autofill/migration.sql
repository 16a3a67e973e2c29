-- Issue 16: translation memory and auto-propagation.
-- Pair.autoFilledFrom marks a Portuguese copied from a confirmed pair with the same English.
ALTER TABLE "Pair" ADD COLUMN "autoFilledFrom" TEXT;

-- Imported translation memories (TMX), one row per unit, grouped by the memory's name.
CREATE TABLE "MemoryUnit" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memory" TEXT NOT NULL,
    "enText" TEXT NOT NULL,
    "ptText" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdBy" TEXT
);
CREATE INDEX "MemoryUnit_memory_idx" ON "MemoryUnit"("memory");
