-- English key (issue 14): the auto-fill of repetitions looks the document's pairs with the same
-- English up by a short key of it (apps/api/src/api/pairs/english-key.ts) instead of comparing
-- every pair's enText. Nullable: the API computes it, and fills the rows written before this
-- migration at start-up (fillEnglishKeys): a pair without it is still found, only not by the index.
-- AlterTable
ALTER TABLE "Pair" ADD COLUMN "enHash" TEXT;

-- CreateIndex
CREATE INDEX "Pair_documentId_enHash_idx" ON "Pair"("documentId", "enHash");
