import { BEAD_SHAPES } from "./bead-shapes.ts";
import { beadCost, type BeadContext } from "./bead-cost.ts";
import type { DpTables } from "./band-dp.ts";
import { lengthZ } from "./length-cost.ts";
import { anchorConflict } from "./hard-anchors.ts";
import { lexicalSimilarity } from "./lexical-similarity.ts";
import type { SearchBand } from "./search-band.ts";
import { weakestCoverage } from "./segment-coverage.ts";
import { formulasDisagree, type SideFeatures } from "./segment-features.ts";

/** What a bead was chosen on: the inputs of its confidence (confidence.ts). */
export interface BeadEvidence {
  /** Segments on each side. */
  pt: number;
  en: number;
  /** Characters in the bead, both sides. */
  chars: number;
  /** |z| of the Gale–Church length difference (0 for skips). */
  lengthZ: number;
  /** Content words in the bead, both sides: how much the similarity rests on (a count, not idf weight, which means nothing in a one-sentence document). */
  words: number;
  /** Weighted Dice similarity of the two sides (0 for skips). */
  similarity: number;
  /** Match share of the worst-covered segment of a multi-segment bead (1 for 1-1, 0 for skips). */
  coverage: number;
  /** 1 when the bead holds an anchor pair (a number or name found once on each side). */
  anchored: number;
  /**
   * How much dearer the best other last bead into the same DP state is, in nats (capped):
   * a bead that barely beat an alternative is a coin toss, one that won by far is not.
   */
  margin: number;
  /**
   * How many of the two beads beside it are skips (0–2), set once the path is known: a pair
   * inside a one-sided stretch (a glossary or key list the other version lacks entries of) was
   * chosen among many near-equal neighbours, and short entries that share a word ("Alt + Up" ⇄
   * "Ctrl + Alt + Page Up", "Channel encoding" ⇄ "Channel Mask") pair by that word alone.
   */
  skipsBeside: number;
  /**
   * 1 when the bead starts a paragraph on one side only (its other side goes on from the
   * segment before), and likewise for its end: the two versions are paragraphed differently
   * there, the mark of a translation of another version (a note the English moved into a
   * paragraph of its own, a sentence added to one side). The DP pays for an end mismatch
   * (PARAGRAPH_MISMATCH_COST) yet still chooses the bead when nothing better fits, so the
   * bead is only as sure as the structure agrees. 0 for skips.
   */
  startMismatch: number;
  endMismatch: number;
  /**
   * 1 when each side holds a hard anchor (a number, an identifier, a name) that the other
   * document has but the bead's other side lacks (hard-anchors.ts): "http://lilybin.com" ⇄
   * "http://www.omet.ca/". 0 for skips.
   */
  conflict: number;
  /**
   * 1 when a better match nearby crosses this 1-1 pair (rival-pairs.ts): one of its segments and
   * a neighbouring segment of the other side match each other better than either matches its
   * own partner, the mark of items one version orders otherwise. Set once the path is known; 0 for the rest.
   */
  rival: number;
  /**
   * 1 for a 1-1 of two very short segments with no evidence at all whose neighbours are no sure
   * pairs either (unsupported-pairs.ts): nothing holds it where it is. Set once the path is known.
   */
  unsupported: number;
}

/** Where the paragraph breaks around the bead [p0, p1) × [e0, e1) disagree (see BeadEvidence); both 0 for skips. */
export function paragraphMismatch(pt: SideFeatures, en: SideFeatures, p0: number, p1: number, e0: number, e1: number): { startMismatch: number; endMismatch: number } {
  if (p1 === p0 || e1 === e0) return { startMismatch: 0, endMismatch: 0 };
  // The document's start is a paragraph start on both sides.
  const ptStarts = p0 === 0 ? 1 : pt.paraEnd[p0 - 1]!;
  const enStarts = e0 === 0 ? 1 : en.paraEnd[e0 - 1]!;
  return { startMismatch: ptStarts ^ enStarts, endMismatch: pt.paraEnd[p1 - 1]! ^ en.paraEnd[e1 - 1]! };
}

/**
 * BeadEvidence.conflict of the bead [p0, p1) × [e0, e1); 0 for skips. An anchor pair vouches
 * for a bead (`anchored`), except against two formula lines that say different things
 * (formula-line.ts: "X" ⇄ "-X"), whose names are the anchors they share.
 */
export function conflictOf(pt: SideFeatures, en: SideFeatures, p0: number, p1: number, e0: number, e1: number, anchored = false): number {
  if (p1 === p0 || e1 === e0) return 0;
  if (p1 - p0 === 1 && e1 - e0 === 1 && formulasDisagree(pt, en, p0, e0)) return 1;
  if (anchored) return 0;
  const { ptOnly, enOnly } = anchorConflict(pt, en, p0, p1, e0, e1);
  return ptOnly > 0 && enOnly > 0 ? 1 : 0;
}

/** Margins beyond this say nothing more: the alternative is hopeless either way. */
export const MAX_MARGIN = 20;

/** Runner-up cost into state (i, j) minus the chosen one (Bertalign keeps no such thing; hunalign's quality score is similar in spirit). */
export function stateMargin(ctx: BeadContext, tables: DpTables, band: SearchBand, i: number, j: number): number {
  let best = Infinity;
  let second = Infinity;
  for (const shape of BEAD_SHAPES) {
    const pi = i - shape.pt;
    const pj = j - shape.en;
    if (pi < 0 || pj < band.lo[pi]! || pj > band.hi[pi]!) continue;
    const before = tables.cost[tables.rowOff[pi]! + pj - band.lo[pi]!]!;
    if (before === Infinity) continue;
    const c = before + beadCost(ctx, shape, i, j);
    if (c < best) {
      second = best;
      best = c;
    } else if (c < second) second = c;
  }
  return Math.min(MAX_MARGIN, second - best);
}

export function beadEvidence(ctx: BeadContext, tables: DpTables, band: SearchBand, shapeIndex: number, i: number, j: number, anchored: boolean): BeadEvidence {
  const shape = BEAD_SHAPES[shapeIndex]!;
  const p0 = i - shape.pt;
  const e0 = j - shape.en;
  const ptChars = ctx.pt.lenPrefix[i]! - ctx.pt.lenPrefix[p0]!;
  const enChars = ctx.en.lenPrefix[j]! - ctx.en.lenPrefix[e0]!;
  const paired = shape.pt > 0 && shape.en > 0;
  return {
    pt: shape.pt,
    en: shape.en,
    chars: ptChars + enChars,
    words: ctx.pt.tokStart[i]! - ctx.pt.tokStart[p0]! + ctx.en.tokStart[j]! - ctx.en.tokStart[e0]!,
    lengthZ: paired ? lengthZ(ptChars, enChars, ctx.ratio) : 0,
    similarity: paired ? lexicalSimilarity(ctx.table, ctx.pt, ctx.en, p0, i, e0, j) : 0,
    coverage: !paired ? 0 : shape.pt + shape.en > 2 ? weakestCoverage(ctx.table, ctx.pt, ctx.en, p0, i, e0, j) : 1,
    anchored: anchored ? 1 : 0,
    margin: stateMargin(ctx, tables, band, i, j),
    skipsBeside: 0,
    ...paragraphMismatch(ctx.pt, ctx.en, p0, i, e0, j),
    // A bead holding an anchor pair (a number or name found once on each side) is vouched for by
    // it: what else disagrees is another version's. Not looked for (a tenth of the beads of a long
    // document hold one, and every one of its synthetic copies' numbered sentences).
    conflict: conflictOf(ctx.pt, ctx.en, p0, i, e0, j, anchored),
    rival: 0,
    unsupported: 0,
  };
}
