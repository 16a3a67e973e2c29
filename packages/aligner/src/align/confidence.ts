import type { BeadEvidence } from "./bead-evidence.ts";
import { PAIR, SKIP, TIE_TEMPERATURE } from "./confidence-coefficients.ts";

/**
 * How likely a bead is right: a logistic model over what the bead was chosen on, fitted by
 * bench/fit-confidence.ts on perturbed copies of the gold made with training seeds (the
 * bench evaluates on other seeds). Pairs and skips have separate models because different
 * things make them doubtful: a pair's words and lengths, a skip's size and its rivals.
 */

/**
 * Pairs below this confidence are shown first for review. The confidence is a fitted
 * probability of being right, so 0.9 means "one chance in ten or worse of being wrong": on the
 * evaluation seeds that marks about 1.5% of beads, over a third of them wrong, against under 1%
 * wrong above it (bench/align.ts prints both). At 0.5 the few marked beads are nearly all wrong
 * but three wrong beads in four pass unmarked.
 */
export const REVIEW_THRESHOLD = 0.9;

/**
 * The most a pair whose hard anchors contradict (BeadEvidence.conflict: each side holds a name,
 * number or address the other side lacks and the other document has) is trusted: a coin toss,
 * under the review threshold whatever its words say. Such a pair is either misaligned or the
 * translation of another version of its sentence, and a reviewer must see both. Not fitted: the
 * perturbed training copies hold four such pairs (all wrong), too few to weigh. On the real-text
 * tune half (2026-12-06) it takes four pairs from ≥ 0.9 to 0.5: three misaligned by reading
 * ("http://lilybin.com" ⇄ "http://www.omet.ca/", "https://lilypondblog.org" ⇄
 * "https://lsr.di.unimi.it", "(detalhes de Glossary)" ⇄ "(details of Learning)", outside the
 * gold) and one of another version ("Shift" ⇄ "Ctrl", right by the gold). A 1-1 a better match
 * nearby crosses (BeadEvidence.rival, rival-pairs.ts) and a short pair nothing vouches for
 * (BeadEvidence.unsupported, unsupported-pairs.ts) are capped here too: each is as likely wrong
 * as right.
 */
export const CONFLICT_CEILING = 0.5;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The model's inputs, in the order of the coefficient names (shared with the fitting script). */
export function pairFeatures(ev: BeadEvidence): Record<keyof typeof PAIR, number> {
  const multi = ev.pt + ev.en > 2 ? 1 : 0;
  return {
    bias: 1,
    similarity: ev.similarity,
    // Two long sentences with no word in common are a different thing from "Sim." and "Yes.".
    unmatched: (1 - ev.similarity) * Math.log1p(ev.words),
    lengthZ: Math.min(ev.lengthZ, 6),
    multi,
    uncovered: multi * (1 - ev.coverage),
    anchored: ev.anchored,
    margin: Math.log1p(ev.margin),
    skipsBeside: ev.skipsBeside,
    startMismatch: ev.startMismatch,
    endMismatch: ev.endMismatch,
  };
}

/**
 * The chance that the pair's DP choice beats its runner-up: sigmoid(margin / T). A bead that
 * won by a hair over another last bead into the same state (a sentence of one version with two
 * candidates in the other) is a coin toss however well its words match, which the model's
 * smooth margin term cannot say (ties are rare, and in the perturbed copies mostly harmless
 * repeats). T is fitted by likelihood on the real-text tune half (bench/fit-confidence.ts);
 * beyond a few T of margin the factor is 1.
 */
export function tieFactor(margin: number): number {
  return TIE_TEMPERATURE > 0 ? sigmoid(margin / TIE_TEMPERATURE) : 1;
}

export function skipFeatures(ev: BeadEvidence): Record<keyof typeof SKIP, number> {
  return { bias: 1, chars: Math.log1p(ev.chars), margin: Math.log1p(ev.margin) };
}

function score<K extends string>(coef: Record<K, number>, x: Record<K, number>): number {
  let s = 0;
  for (const k of Object.keys(coef) as K[]) s += coef[k] * x[k];
  return sigmoid(s);
}

export function beadConfidence(ev: BeadEvidence): number {
  if (ev.pt === 0 || ev.en === 0) return score(SKIP, skipFeatures(ev));
  const p = score(PAIR, pairFeatures(ev)) * tieFactor(ev.margin);
  return ev.conflict || ev.rival || ev.unsupported ? Math.min(p, CONFLICT_CEILING) : p;
}
