import type { Bead } from "../types.ts";
import { namesSameTerm, segmentsAreCopies, type BeadContext } from "./bead-cost.ts";
import type { BeadEvidence } from "./bead-evidence.ts";
import { lexicalSimilarity } from "./lexical-similarity.ts";

/**
 * Pairs that a reordering crossed. The DP keeps both versions in order, so where one version
 * orders its items otherwise (a glossary or term list sorted by the Portuguese term, an entry
 * one version moved) it pairs each item with whatever stands at its place, and a short item
 * that matches its wrong partner by one shared word ("Channel encoding" ⇄ "Channel Mask") or by
 * nothing at all wins by length, with a wide margin, against every other last bead into that
 * state. The margin cannot see the crossing; the segments around the pair can. A 1-1 pair
 * (p, e) is crossed when, within RIVAL_REACH segments, a segment e' of the other side matches p
 * better than e does AND better than e' matches its own partner (or e' has none): p and e'
 * would both rather be paired with each other — in the terms of stable matching, a blocking
 * pair. Likewise for a p' that matches e. Such a pair is capped at RIVAL_CEILING
 * (confidence.ts): its order says one thing and its words another, and a reviewer must choose.
 *
 * Equal rivals (a repeated line, "Parâmetros" ⇄ "Arguments" in every Scilab page) cross
 * nothing: the better match must be better by RIVAL_MARGIN on both counts.
 */

/** How far (in segments, each way) a better partner is looked for: a few list items. */
export const RIVAL_REACH = 4;
/** How much better (in the 0–1 similarity) the rival match must be than both pairs it would break. */
export const RIVAL_MARGIN = 0.25;

/**
 * How well one Portuguese and one English segment match: 1 for two copies of a line or two
 * entries naming the same term (what bead-cost.ts rewards beyond words), else the weighted Dice
 * of the match table (0 outside it).
 */
function pairSimilarity(ctx: BeadContext, p: number, e: number): number {
  if (segmentsAreCopies(ctx, p, e) || namesSameTerm(ctx, p, e)) return 1;
  return lexicalSimilarity(ctx.table, ctx.pt, ctx.en, p, p + 1, e, e + 1);
}

/**
 * Sets `rival` on the evidence of every 1-1 pair that a better match nearby crosses (see above).
 * `beads` and `evidence` are the final path, in order.
 */
export function markRivals(ctx: BeadContext, beads: readonly Bead[], evidence: BeadEvidence[]): void {
  // What each segment's own bead is worth to it: the bead's similarity (0 for a skip).
  const ptOwn = new Float64Array(ctx.pt.n);
  const enOwn = new Float64Array(ctx.en.n);
  beads.forEach((b, k) => {
    const sim = b.pt.length === 1 && b.en.length === 1 ? pairSimilarity(ctx, b.pt[0]!, b.en[0]!) : b.pt.length && b.en.length ? evidence[k]!.similarity : 0;
    for (const p of b.pt) ptOwn[p] = sim;
    for (const e of b.en) enOwn[e] = sim;
  });
  beads.forEach((b, k) => {
    if (b.pt.length !== 1 || b.en.length !== 1) return;
    const p = b.pt[0]!;
    const e = b.en[0]!;
    const own = ptOwn[p]!;
    let gain = 0;
    for (let e2 = Math.max(0, e - RIVAL_REACH); e2 <= Math.min(ctx.en.n - 1, e + RIVAL_REACH); e2++) {
      if (e2 === e) continue;
      const s = pairSimilarity(ctx, p, e2);
      gain = Math.max(gain, Math.min(s - own, s - enOwn[e2]!));
    }
    for (let p2 = Math.max(0, p - RIVAL_REACH); p2 <= Math.min(ctx.pt.n - 1, p + RIVAL_REACH); p2++) {
      if (p2 === p) continue;
      const s = pairSimilarity(ctx, p2, e);
      gain = Math.max(gain, Math.min(s - own, s - ptOwn[p2]!));
    }
    evidence[k]!.rival = gain >= RIVAL_MARGIN ? 1 : 0;
  });
}
