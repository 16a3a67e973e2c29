// The key of a pair's English (Pair.enHash): the auto-fill of repetitions (auto-fill.ts) finds the
// document's pairs with the same English through the index on (documentId, enHash), where
// comparing enText itself read every pair of the document (no btree holds long texts). A key is
// only where to look: two Englishes with the same key are still compared as texts, so a
// collision never fills a wrong pair, it only costs one more row read.
import { createHash } from "node:crypto";
import type { SqlDb } from "../../db/sql.ts";

/** Hex characters kept of the SHA-256: 64 bits, short enough for the index, collisions negligible. */
const KEY_LENGTH = 16;

/** The key of exactly this English (no folding of case or space: the fill needs the same text). */
export function englishKey(enText: string): string {
  return createHash("sha256").update(enText, "utf8").digest("hex").slice(0, KEY_LENGTH);
}

/** Rows keyed per statement by fillEnglishKeys. */
const ROWS_PER_BATCH = 500;

/**
 * Gives every pair written before Pair.enHash existed (or by a path that left it out) its key;
 * returns how many. Run at start-up: until then such a pair is still found by the auto-fill when
 * it is a repetition (the look-up also takes pairs without a key), only not through the index.
 */
export async function fillEnglishKeys(sql: SqlDb): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await sql.query(`SELECT "id", "enText" FROM "Pair" WHERE "enHash" IS NULL LIMIT ${ROWS_PER_BATCH}`);
    if (rows.length === 0) return filled;
    await sql.transaction(async (tx) => {
      // Only if the English is still the one read: a move or merge on another process meanwhile wrote its own key.
      for (const r of rows) await tx.execute(`UPDATE "Pair" SET "enHash" = ? WHERE "id" = ? AND "enHash" IS NULL AND "enText" = ?`, [englishKey(String(r["enText"] ?? "")), String(r["id"]), String(r["enText"] ?? "")]);
    });
    filled += rows.length;
  }
}
