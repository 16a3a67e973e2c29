import { BEAD_SHAPES, isSkip, type BeadShape } from "./bead-shapes.ts";
import { saidAsClauses } from "./clause-split.ts";
import { lengthCost, lengthCostFloor } from "./length-cost.ts";
import { lexicalSimilarity } from "./lexical-similarity.ts";
import type { MatchTable } from "./match-table.ts";
import { CODE_KIND, formulasDisagree, type SideFeatures } from "./segment-features.ts";
import { pairCoverage, weakestCoverage } from "./segment-coverage.ts";
import { structureCost } from "./structure-cost.ts";

/**
 * Weight of lexical evidence against the length cost, in nats per unit of similarity per
 * segment. Tuned on bench/align.ts with the full lexicon: 9 (set with a 9-word lexicon)
 * let the richer matches pull neighbours into 2-1 beads (corpus F1 0.977); 6 gave 0.994 and
 * 4 gives 0.996 on the corpus and 0.949 on the perturbed set.
 */
export const LEXICAL_WEIGHT = 4;
/** Skipping a sentence (1-0, 0-1) costs its prior plus this, so a decent 1-1 beats two skips. */
export const SKIP_COST = 1;
/**
 * A bead of several segments whose worst-covered segment has less than ORPHAN_FLOOR of its
 * word weight matched on the other side pays ORPHAN_WEIGHT per missing unit: an inserted or
 * unrelated sentence is then left as a 0-1/1-0 rather than glued to a good neighbour. Fitted
 * on perturbed training seeds 101–120 (never the bench's evaluation seeds): floor 0.2–0.7 ×
 * weight 5–40 were tried; 0.5 × 20 gave F1 0.986 there against 0.956 without the term, and
 * the corpus stays at 1.000.
 */
export const ORPHAN_WEIGHT = 20;
export const ORPHAN_FLOOR = 0.5;
/**
 * The same for a 1-1 bead whose sides barely share a word: a draft pasted beside the wrong
 * source should come out as a 1-0 and a 0-1, not as a pair that fits on length alone. Lower
 * floor than ORPHAN_FLOOR, because a faithful but free translation of a short sentence can
 * match little through a word list. Fitted on training seeds 101–120 (floor 0.1–0.25 ×
 * weight 20–60): 0.2 × 30 took F1 there from 0.974 to 0.983; the corpus stays at 1.000.
 */
export const UNRELATED_WEIGHT = 30;
export const UNRELATED_FLOOR = 0.2;

/**
 * A 1-1 bead of a line of code and a segment that is not one, sharing under UNRELATED_FLOOR of
 * their words or no word letter for letter (sharesIdenticalWord), costs as much as leaving both
 * unpaired (two skips), so it never wins by length.
 * Code is copied, not translated: what it shares with its other side is its words. UNRELATED_WEIGHT
 * cannot see it when the code carries no word weight ("'}']"), and KIND_MISMATCH_COST alone lost
 * to two skips. Found on the real-text tune half in pages of another version, at confidence ≥ 0.9:
 * "Bibliografia" ⇄ "'}']", "Descrição" ⇄ "file()", "w=zeros(a);" ⇄ "cumprod(P,2)"; every such
 * pair there under 0.2 similarity was wrong ("Diversas funções baseadas em k" ⇄ "Miscellaneous
 * f(k)", right, is at 0.23).
 */
export const CODE_AGAINST_PROSE_COST = 2 * skipCost(BEAD_SHAPES.find(isSkip)!);

/**
 * A 1-1 bead whose two sides are the same line of copied material (code, a formula, a command:
 * see SideFeatures.copiedText) earns this much more: in a help page's examples the words barely
 * count (identifiers, one-letter names), and a heading next to a code line could otherwise take
 * the code's place by length alone ("Seqüência de Chamamento" ⇄ "r = with_module(name)").
 */
export const COPIED_LINE_BONUS = 6;

/**
 * A 1-1 bead of two entries of a reference list naming the same term ("while" ⇄ "while — Opens
 * a block of instructions…", see SideFeatures.termText) earns this much more, and is never
 * "unrelated": the description one side adds is the usual shape of such a list, and the term,
 * an identifier the stopwords may hide ("while", "if"), is the evidence. Without it the DP
 * paired "while" with the next entry, "if — keyword for conditional execution". The length
 * cost stays, so "Tools" still pairs with "Tools" before "Tools — Key reference for the Tools menu".
 */
export const SAME_TERM_BONUS = 6;

export interface BeadContext {
  pt: SideFeatures;
  en: SideFeatures;
  table: MatchTable;
  ratio: number;
}

/**
 * Cost of the bead ending at state (i, j) with the given shape; lower is better. With a
 * budget, a bead that cannot come in under it returns Infinity as soon as the cheap terms
 * (prior, length, structure, and the largest lexical bonus the bead could earn) prove it, so
 * the DP skips the word matching for most states off the path.
 *
 * `before` and `ceiling` give a second, strict bound in the DP's own units: the bead is also
 * dropped once before + its lower bound exceeds ceiling. Rounded addition is monotone, so that
 * proves before + cost > ceiling exactly; the DP uses it for the first shape, which must keep
 * winning ties (see fillTables).
 */
export function beadCost(ctx: BeadContext, shape: BeadShape, i: number, j: number, budget = Infinity, before = 0, ceiling = Infinity): number {
  const p0 = i - shape.pt;
  const e0 = j - shape.en;
  if (isSkip(shape)) return skipCost(shape);
  const structure = structureCost(ctx.pt, ctx.en, p0, i, e0, j);
  // The bonus scales with the segments that carry words: a bead must not grow by swallowing
  // "Sim." or "Yes." (nothing to match) on the strength of its neighbours' similarity.
  const carriers = ctx.pt.carrierPrefix[i]! - ctx.pt.carrierPrefix[p0]! + ctx.en.carrierPrefix[j]! - ctx.en.carrierPrefix[e0]!;
  // The most the lexical bonus can be (similarity is at most 1) and a floor under the length
  // cost: a bead that prior, structure, floor and bonus already price out is dropped before
  // the exp, the log and the word matching, with the same outcome.
  const oneToOne = shape.pt === 1 && shape.en === 1;
  const term = oneToOne && namesSameTerm(ctx, p0, e0);
  const copied = oneToOne ? (segmentsAreCopies(ctx, p0, e0) ? COPIED_LINE_BONUS : 0) + (term ? SAME_TERM_BONUS : 0) : 0;
  const maxBonus = (LEXICAL_WEIGHT * Math.max(2, carriers)) / 2 + copied;
  const lp = ctx.pt.lenPrefix[i]! - ctx.pt.lenPrefix[p0]!;
  const le = ctx.en.lenPrefix[j]! - ctx.en.lenPrefix[e0]!;
  if (pricedOut(shape.prior + lengthCostFloor(lp, le, ctx.ratio) + structure - maxBonus, budget, before, ceiling)) return Infinity;
  const cheap = shape.prior + lengthCost(lp, le, ctx.ratio) + structure;
  if (pricedOut(cheap - maxBonus, budget, before, ceiling)) return Infinity;
  // Two formula lines that say different things ("X" ⇄ "-X") share names, not meaning: no word of theirs counts.
  const disagree = oneToOne && formulasDisagree(ctx.pt, ctx.en, p0, e0);
  const sim = disagree ? 0 : lexicalSimilarity(ctx.table, ctx.pt, ctx.en, p0, i, e0, j);
  const bonus = (LEXICAL_WEIGHT * sim * Math.max(2, carriers)) / 2 + copied;
  if (pricedOut(cheap - bonus, budget, before, ceiling)) return Infinity;
  const segments = shape.pt + shape.en;
  const orphan = segments > 2
    ? orphanCost(ctx, shape, p0, i, e0, j, sim)
    : term ? 0 : UNRELATED_WEIGHT * Math.max(0, UNRELATED_FLOOR - (disagree ? 0 : pairCoverage(ctx.table, ctx.pt, ctx.en, p0, e0))) +
      (codeAgainstProse(ctx, p0, e0) && (sim < UNRELATED_FLOOR || !sharesIdenticalWord(ctx, p0, e0)) ? CODE_AGAINST_PROSE_COST : 0);
  return cheap - bonus + orphan;
}

/**
 * The orphan cost of a bead of several segments: ORPHAN_WEIGHT per unit its worst-covered segment
 * falls below ORPHAN_FLOOR. A bead that is one sentence said as two by a clause break of its single
 * segment (clause-split.ts: the shape vouches where the words cannot) pays none, but its unmatched
 * sentence earns no share of the lexical bonus either: it was counted a carrier of words it did not
 * match, and a short sentence with a partner of its own beside it ("I say, “Yes, you can.”" next to
 * "· Strategic position: …") would otherwise be taken from that partner for its length alone.
 */
function orphanCost(ctx: BeadContext, shape: BeadShape, p0: number, p1: number, e0: number, e1: number, sim: number): number {
  const shortfall = ORPHAN_FLOOR - weakestCoverage(ctx.table, ctx.pt, ctx.en, p0, p1, e0, e1);
  if (shortfall <= 0) return 0;
  if (saidAsClauses(ctx, shape.pt, shape.en, p0, e0)) return (LEXICAL_WEIGHT * sim) / 2;
  return ORPHAN_WEIGHT * shortfall;
}

/** For a 1-1 bead (p0, e0): one side a line of code, the other not. */
function codeAgainstProse(ctx: BeadContext, p0: number, e0: number): boolean {
  return (ctx.pt.kind[p0] === CODE_KIND) !== (ctx.en.kind[e0] === CODE_KIND);
}

/**
 * For a 1-1 bead (p0, e0): whether a word of one side is, letter for letter, a word of the
 * other (its first key, the folded word or the number). What code shares with its counterpart
 * is copied words; a translated word matching a piece of an identifier is no evidence
 * ("Seqüência de Chamamento" ⇄ "xs2png(win_num, file_name)" by the lexicon's "chamamento" →
 * "name", 0.30 similarity, at 0.97 on the tune half where the Portuguese lacks that line).
 */
function sharesIdenticalWord(ctx: BeadContext, p0: number, e0: number): boolean {
  const { pt, en } = ctx;
  for (let t = pt.tokStart[p0]!; t < pt.tokStart[p0 + 1]!; t++) {
    const key = pt.keys[pt.keyStart[t]!]!;
    for (let u = en.tokStart[e0]!; u < en.tokStart[e0 + 1]!; u++) if (en.keys[en.keyStart[u]!] === key) return true;
  }
  return false;
}

/** For a 1-1 bead (p0, e0). */
export function namesSameTerm(ctx: BeadContext, p0: number, e0: number): boolean {
  const key = ctx.pt.termText[p0]!;
  return key >= 0 && key === ctx.en.termText[e0];
}

/** For a 1-1 bead (p0, e0). */
export function segmentsAreCopies(ctx: BeadContext, p0: number, e0: number): boolean {
  const key = ctx.pt.copiedText[p0]!;
  return key >= 0 && key === ctx.en.copiedText[e0];
}

/** The cost of a 1-0 or 0-1 bead: the same wherever it lies. */
export function skipCost(shape: BeadShape): number {
  return shape.prior + SKIP_COST;
}

/** Whether a lower bound on a bead's cost already shows it cannot win (see beadCost). */
function pricedOut(lowerBound: number, budget: number, before: number, ceiling: number): boolean {
  return lowerBound >= budget || before + lowerBound > ceiling;
}
