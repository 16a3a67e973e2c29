import type { Pair, PairStatus } from "../../api/types.ts";

/** A word: letters or digits, with inner apostrophes and hyphens ("don't", "guarda-chuva", "GPT-4o"). */
const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

export type WordsByStatus = Record<PairStatus, number> & { total: number };

/**
 * Words per status, counted on the English as a CAT tool counts the source (what the work is
 * paid and planned by); a pair without English counts its Portuguese, so nothing is left out.
 */
export function wordsByStatus(pairs: readonly Pair[]): WordsByStatus {
  const out: WordsByStatus = { new: 0, edited: 0, confirmed: 0, approved: 0, rejected: 0, total: 0 };
  for (const pair of pairs) {
    const words = countWords(pair.enText || pair.ptText);
    out[pair.status] += words;
    out.total += words;
  }
  return out;
}
