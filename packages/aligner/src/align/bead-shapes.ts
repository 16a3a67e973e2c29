import type { BeadKind } from "../types.ts";

/** One bead shape: `pt` Portuguese segments against `en` English ones (Bertalign's alignment types). */
export interface BeadShape {
  kind: BeadKind;
  pt: number;
  en: number;
  /**
   * -log of the shape's prior. Gale & Church (1993, table 5) found 1-1 in 89% of beads, 1-0/0-1
   * in 1%, 2-1/1-2 in 9%, 2-2 in 1%; machine translation rarely merges three, so 1-3 and 3-1
   * are dearer still.
   */
  prior: number;
}

export const BEAD_SHAPES: readonly BeadShape[] = [
  { kind: "1-1", pt: 1, en: 1, prior: 0.12 },
  { kind: "1-0", pt: 1, en: 0, prior: 4.6 },
  { kind: "0-1", pt: 0, en: 1, prior: 4.6 },
  { kind: "2-1", pt: 2, en: 1, prior: 2.4 },
  { kind: "1-2", pt: 1, en: 2, prior: 2.4 },
  { kind: "2-2", pt: 2, en: 2, prior: 4.5 },
  { kind: "3-1", pt: 3, en: 1, prior: 5.5 },
  { kind: "1-3", pt: 1, en: 3, prior: 5.5 },
];

/** The widest bead, in segments on one side: how far the match table must reach back. */
export const MAX_BEAD_SPAN = 3;

/** A bead with segments on one side only (1-0, 0-1). */
export function isSkip(shape: BeadShape): boolean {
  return shape.pt === 0 || shape.en === 0;
}
