import type { Bead } from "../types.ts";
import { namesSameTerm, segmentsAreCopies, type BeadContext } from "./bead-cost.ts";
import type { BeadEvidence } from "./bead-evidence.ts";
import { REVIEW_THRESHOLD } from "./confidence.ts";

/**
 * Short pairs nothing vouches for. A 1-1 of two very short segments (SHORT_WORDS words or
 * fewer a side: a term, a label, a section title) that share no evidence at all — no word,
 * cognate, dictionary entry, number, copied line, term or identical text: similarity 0, no
 * anchor — was chosen for its place and its length alone. Where a sure pair stands on either
 * side, the place is evidence enough ("Parâmetros" ⇄ "Arguments" after the pair of the
 * description before it). Where neither neighbour is one (skips, or other such pairs: a run
 * of short items, a glossary, a list of arguments one version renamed or reordered), nothing
 * holds the pair where it is, and it is as likely wrong as right: on the real-text tune half
 * (2026-12-06), 15 such pairs at ≥ 0.9 were about half wrong ("Robert J. Renka" ⇄ "Version",
 * "Bibliografia" ⇄ "cd TMPDIR", "'}']" ⇄ "J=A", "nr,nc" ⇄ "n") and half right ("Raio" ⇄
 * "Radius", "Recompensas" ⇄ "Bounties"). Such a pair is capped at CONFLICT_CEILING
 * (confidence.ts). A document's first or last pair has its edge for a neighbour, which holds it
 * as a sure pair would ("Patrocínio" ⇄ "Sponsoring", a page's title).
 */

/** The most words a side of a "very short" pair has: a term or a label, not a sentence. */
export const SHORT_WORDS = 3;

/**
 * A segment of SHORT_WORDS words (runs of non-space) or fewer: a term or a label (rival-pairs.ts
 * counts a glossary's entries by them). Asked of every segment, so it stops at the word too many.
 */
export function isShortSegment(text: string): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
    if (!space && !inWord && ++words > SHORT_WORDS) return false;
    inWord = !space;
  }
  return true;
}

/** A 1-1 bead of two short segments with no evidence of any kind (see above). */
function unsupported(ctx: BeadContext, b: Bead, ev: BeadEvidence): boolean {
  if (b.pt.length !== 1 || b.en.length !== 1 || ev.similarity > 0 || ev.anchored) return false;
  const p = b.pt[0]!;
  const e = b.en[0]!;
  const pt = ctx.pt.segments[p]!.text;
  const en = ctx.en.segments[e]!.text;
  if (!isShortSegment(pt) || !isShortSegment(en)) return false;
  // The same text on both sides, a copied line, or a term or operator with no letter ("...",
  // "+", "[ ]") is evidence the words cannot see.
  return pt.replace(/\s+/gu, "") !== en.replace(/\s+/gu, "") && !segmentsAreCopies(ctx, p, e) && !namesSameTerm(ctx, p, e);
}

/**
 * Sets `unsupported` on the evidence of every short pair that neither neighbour holds in
 * place (see above). `beads` and `evidence` are the final path, in order, with confidences set.
 */
export function markUnsupported(ctx: BeadContext, beads: readonly Bead[], evidence: BeadEvidence[]): void {
  const bare = beads.map((b, k) => unsupported(ctx, b, evidence[k]!));
  // A neighbour that holds a pair in place: a sure pair with evidence of its own.
  const holds = (k: number) => {
    const b = beads[k]!;
    return b.pt.length > 0 && b.en.length > 0 && b.confidence >= REVIEW_THRESHOLD && !bare[k];
  };
  beads.forEach((_, k) => {
    if (!bare[k] || k === 0 || k === beads.length - 1) return;
    evidence[k]!.unsupported = holds(k - 1) || holds(k + 1) ? 0 : 1;
  });
}
