import { cellOf, type MatchTable } from "./match-table.ts";
import type { SideFeatures } from "./segment-features.ts";

/**
 * Weighted Dice coefficient of the bead's two sides: the share of token weight on both sides
 * that found a counterpart (lexicon, cognate, identical token, number). In [0, 1].
 */
export function lexicalSimilarity(
  table: MatchTable, pt: SideFeatures, en: SideFeatures,
  p0: number, p1: number, e0: number, e1: number,
): number {
  const ptTotal = pt.weightPrefix[p1]! - pt.weightPrefix[p0]!;
  const enTotal = en.weightPrefix[e1]! - en.weightPrefix[e0]!;
  if (ptTotal + enTotal === 0) return 0;
  let wPt = 0;
  let wEn = 0;
  for (let p = p0; p < p1; p++) {
    for (let e = e0; e < e1; e++) {
      const c = cellOf(table, p, e);
      if (c < 0) continue;
      wPt += table.pt[c]!;
      wEn += table.en[c]!;
    }
  }
  // A word can match in two English sentences of a 1-2 bead; it still counts once.
  return (Math.min(wPt, ptTotal) + Math.min(wEn, enTotal)) / (ptTotal + enTotal);
}
