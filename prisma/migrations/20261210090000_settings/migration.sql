-- Workspace settings (apps/api/src/api/settings/): the target variant and the checks turned off.
CREATE TABLE "Settings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'workspace',
    "variant" TEXT NOT NULL DEFAULT 'pt-BR',
    "disabledChecks" TEXT NOT NULL DEFAULT '[]',
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedBy" TEXT
);

-- A document's variant becomes optional: null follows the workspace setting. Until now every
-- document without an explicit variant was stored as 'pt-BR' (the old default), so 'pt-BR' rows
-- become null; with the setting at its default 'pt-BR' they are checked exactly as before.
-- SQLite cannot drop NOT NULL in place: the table is rebuilt (Prisma's RedefineTables shape),
-- with foreign keys off so dropping the old table does not cascade to its pairs and edits.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "builtInId" TEXT,
    "variant" TEXT,
    "ptSource" TEXT NOT NULL,
    "enSource" TEXT,
    "hasEnglish" BOOLEAN NOT NULL DEFAULT false,
    "documentFlags" TEXT NOT NULL DEFAULT '[]',
    "checksFingerprint" TEXT NOT NULL DEFAULT '',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Document" ("id", "title", "builtInId", "variant", "ptSource", "enSource", "hasEnglish", "documentFlags", "checksFingerprint", "createdById", "createdAt")
SELECT "id", "title", "builtInId", CASE WHEN "variant" = 'pt-BR' THEN NULL ELSE "variant" END, "ptSource", "enSource", "hasEnglish", "documentFlags", "checksFingerprint", "createdById", "createdAt" FROM "Document";
DROP TABLE "Document";
ALTER TABLE "new_Document" RENAME TO "Document";
CREATE UNIQUE INDEX "Document_builtInId_key" ON "Document"("builtInId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
