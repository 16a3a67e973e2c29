import { cellOf, type MatchTable } from "./match-table.ts";
import type { SideFeatures } from "./segment-features.ts";

/**
 * The share of one segment's token weight that found a counterpart on the other side of the
 * bead, for the worst-covered segment of a bead that has several on one side. A 1-2 bead that
 * swallows an inserted or unrelated sentence keeps a fair overall similarity (its other
 * sentence matches), so the Dice score alone cannot see the stowaway; this can. Segments with
 * no content words ("Sim.") are left out: they have nothing to match. Returns 1 when no
 * segment counts.
 */
export function weakestCoverage(
  table: MatchTable, pt: SideFeatures, en: SideFeatures,
  p0: number, p1: number, e0: number, e1: number,
): number {
  let worst = 1;
  if (p1 - p0 > 1) {
    for (let p = p0; p < p1; p++) {
      const total = pt.weightPrefix[p + 1]! - pt.weightPrefix[p]!;
      if (total === 0) continue;
      let w = 0;
      for (let e = e0; e < e1; e++) {
        const c = cellOf(table, p, e);
        if (c >= 0) w += table.pt[c]!;
      }
      worst = Math.min(worst, w / total);
    }
  }
  if (e1 - e0 > 1) {
    for (let e = e0; e < e1; e++) {
      const total = en.weightPrefix[e + 1]! - en.weightPrefix[e]!;
      if (total === 0) continue;
      let w = 0;
      for (let p = p0; p < p1; p++) {
        const c = cellOf(table, p, e);
        if (c >= 0) w += table.en[c]!;
      }
      worst = Math.min(worst, w / total);
    }
  }
  return Math.min(1, worst);
}

/** The lesser of the two sides' matched shares in a 1-1 bead; 1 when a side has no content words. */
export function pairCoverage(table: MatchTable, pt: SideFeatures, en: SideFeatures, p: number, e: number): number {
  const wPt = pt.weightPrefix[p + 1]! - pt.weightPrefix[p]!;
  const wEn = en.weightPrefix[e + 1]! - en.weightPrefix[e]!;
  if (wPt === 0 || wEn === 0) return 1;
  const c = cellOf(table, p, e);
  return c < 0 ? 0 : Math.min(table.pt[c]! / wPt, table.en[c]! / wEn);
}
