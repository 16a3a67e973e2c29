import type { Bead } from "../types.ts";
import { namesSameTerm, segmentsAreCopies, type BeadContext } from "./bead-cost.ts";
import type { BeadEvidence } from "./bead-evidence.ts";
import { lexicalSimilarity } from "./lexical-similarity.ts";
import { cellOf } from "./match-table.ts";
import type { SideFeatures } from "./segment-features.ts";
import { isShortSegment } from "./unsupported-pairs.ts";

/**
 * Pairs that a reordering crossed. The DP keeps both versions in order, so where one version
 * orders its items otherwise (a glossary or term list sorted by the Portuguese term, an entry
 * one version moved) it pairs each item with whatever stands at its place, and a short item
 * that matches its wrong partner by one shared word ("Channel encoding" ⇄ "Channel Mask") or by
 * nothing at all wins by length, with a wide margin, against every other last bead into that
 * state. The margin cannot see the crossing; the segments around the pair can. A 1-1 pair
 * (p, e) is crossed when a segment e' of the other side nearby matches p better than e does
 * AND better than e' matches its own partner (or e' has none): p and e' would both rather be
 * paired with each other — in the terms of stable matching, a blocking pair. Likewise for a p'
 * that matches e. Such a pair is capped at CONFLICT_CEILING (confidence.ts): its order says one
 * thing and its words another, and a reviewer must choose.
 *
 * "Nearby" is RIVAL_REACH segments each way, and for a pair of two short segments (a term, a
 * label) also the RIVAL_REACH nearest short segments each way: the entries of a glossary are
 * counted in entries, whatever the length of the definitions between them.
 *
 * Equal rivals (a repeated line, "Parâmetros" ⇄ "Arguments" in every Scilab page) cross
 * nothing: the better match must be better by RIVAL_MARGIN on both counts.
 */

/** How far (in segments, or in short segments for a short pair, each way) a better partner is looked for: a few list items. */
export const RIVAL_REACH = 4;
/** How much better (in the 0–1 similarity) the rival match must be than both pairs it would break. */
export const RIVAL_MARGIN = 0.25;
/** How many segments a short pair's search for short neighbours may pass over, each way (a glossary's longest definitions). */
const SHORT_SCAN = 80;

/**
 * Weighted Dice of segments p and e, as the match table has it (lexical-similarity.ts), computed
 * from their keys where the table does not reach (a glossary entry a few long definitions away).
 */
function wordSimilarity(ctx: BeadContext, p: number, e: number): number {
  if (cellOf(ctx.table, p, e) >= 0) return lexicalSimilarity(ctx.table, ctx.pt, ctx.en, p, p + 1, e, e + 1);
  const wPt = matchedWeight(ctx.pt, p, ctx.en, e);
  const wEn = matchedWeight(ctx.en, e, ctx.pt, p);
  const total = ctx.pt.weightPrefix[p + 1]! - ctx.pt.weightPrefix[p]! + ctx.en.weightPrefix[e + 1]! - ctx.en.weightPrefix[e]!;
  return total ? (wPt + wEn) / total : 0;
}

/** Token weight of segment s of `side` with a key that segment o of `other` has (as buildMatchTable counts it). */
function matchedWeight(side: SideFeatures, s: number, other: SideFeatures, o: number): number {
  let w = 0;
  for (let t = side.tokStart[s]!; t < side.tokStart[s + 1]!; t++) {
    let found = false;
    for (let k = side.keyStart[t]!; k < side.keyStart[t + 1]! && !found; k++) {
      const key = side.keys[k]!;
      for (let u = other.tokStart[o]!; u < other.tokStart[o + 1]! && !found; u++) {
        for (let j = other.keyStart[u]!; j < other.keyStart[u + 1]!; j++) {
          if (other.keys[j] === key) {
            found = true;
            break;
          }
        }
      }
    }
    if (found) w += side.tokWeight[t]!;
  }
  return w;
}

/**
 * How well one Portuguese and one English segment match: 1 for two copies of a line or two
 * entries naming the same term (what bead-cost.ts rewards beyond words), else their words.
 */
function pairSimilarity(ctx: BeadContext, p: number, e: number): number {
  if (segmentsAreCopies(ctx, p, e) || namesSameTerm(ctx, p, e)) return 1;
  return wordSimilarity(ctx, p, e);
}

/** The segments of a side near s: RIVAL_REACH each way, and for a short s the RIVAL_REACH nearest short ones each way. */
function neighbours(n: number, s: number, short: Uint8Array): number[] {
  const out: number[] = [];
  for (let x = Math.max(0, s - RIVAL_REACH); x <= Math.min(n - 1, s + RIVAL_REACH); x++) if (x !== s) out.push(x);
  if (!short[s]) return out;
  for (const step of [-1, 1]) {
    let found = 0;
    for (let x = s + step, passed = 0; x >= 0 && x < n && found < RIVAL_REACH && passed < SHORT_SCAN; x += step, passed++) {
      if (!short[x]) continue;
      found++;
      if (Math.abs(x - s) > RIVAL_REACH) out.push(x);
    }
  }
  return out;
}

/**
 * Sets `rival` on the evidence of every 1-1 pair that a better match nearby crosses (see above).
 * `beads` and `evidence` are the final path, in order.
 */
export function markRivals(ctx: BeadContext, beads: readonly Bead[], evidence: BeadEvidence[]): void {
  // What each segment's own bead is worth to it: its pair's similarity (0 for a skip).
  const ptOwn = new Float64Array(ctx.pt.n);
  const enOwn = new Float64Array(ctx.en.n);
  beads.forEach((b, k) => {
    const sim = b.pt.length === 1 && b.en.length === 1 ? pairSimilarity(ctx, b.pt[0]!, b.en[0]!) : b.pt.length && b.en.length ? evidence[k]!.similarity : 0;
    for (const p of b.pt) ptOwn[p] = sim;
    for (const e of b.en) enOwn[e] = sim;
  });
  const ptShort = Uint8Array.from(ctx.pt.segments, (s) => (isShortSegment(s.text) ? 1 : 0));
  const enShort = Uint8Array.from(ctx.en.segments, (s) => (isShortSegment(s.text) ? 1 : 0));
  beads.forEach((b, k) => {
    if (b.pt.length !== 1 || b.en.length !== 1) return;
    const p = b.pt[0]!;
    const e = b.en[0]!;
    const own = ptOwn[p]!;
    // Short segments look for short rivals only when both sides of the pair are short: a term, not a sentence.
    const pairShort = ptShort[p]! & enShort[e]!;
    let crossed = false;
    for (const e2 of neighbours(ctx.en.n, e, pairShort ? enShort : new Uint8Array(0))) {
      const s = pairSimilarity(ctx, p, e2);
      if ((crossed = s >= own + RIVAL_MARGIN && s >= enOwn[e2]! + RIVAL_MARGIN)) break;
    }
    if (!crossed) {
      for (const p2 of neighbours(ctx.pt.n, p, pairShort ? ptShort : new Uint8Array(0))) {
        const s = pairSimilarity(ctx, p2, e);
        if ((crossed = s >= own + RIVAL_MARGIN && s >= ptOwn[p2]! + RIVAL_MARGIN)) break;
      }
    }
    evidence[k]!.rival = crossed ? 1 : 0;
  });
}
