import type { SideFeatures } from "./segment-features.ts";

/** Paragraphs of a draft follow those of its source: a bead that ends one on only one side is suspect. */
export const PARAGRAPH_MISMATCH_COST = 1.5;
/** A bead that swallows a paragraph break on one side joins what the author kept apart. */
export const PARAGRAPH_SPAN_COST = 2.5;
/** Speaker labels and headings pair with their own kind. */
export const KIND_MISMATCH_COST = 3;

/** Cost of the paragraph and segment-kind structure of the bead [p0, p1) × [e0, e1). */
export function structureCost(pt: SideFeatures, en: SideFeatures, p0: number, p1: number, e0: number, e1: number): number {
  if (p1 === p0 || e1 === e0) return 0;
  let cost = 0;
  if (pt.paraEnd[p1 - 1] !== en.paraEnd[e1 - 1]) cost += PARAGRAPH_MISMATCH_COST;
  for (let p = p0; p < p1 - 1; p++) if (pt.paraEnd[p]) cost += PARAGRAPH_SPAN_COST;
  for (let e = e0; e < e1 - 1; e++) if (en.paraEnd[e]) cost += PARAGRAPH_SPAN_COST;
  if (p1 - p0 === 1 && e1 - e0 === 1 && pt.kind[p0] !== en.kind[e0]) cost += KIND_MISMATCH_COST;
  return cost;
}
