import { lengthZ } from "./length-cost.ts";

/**
 * How likely a bead is right, from what it was chosen on: lexical similarity and length fit
 * for pairs; for skips, how much the text left out weighs. A logistic curve whose
 * coefficients were fitted on the perturbed gold set (bench/align.ts prints how well the
 * threshold separates right from wrong beads).
 */
const PAIR_BIAS = -1.2;
const PAIR_SIMILARITY = 9;
const PAIR_LENGTH_Z = -0.6;
const MULTI_PENALTY = 0.5;
/** Skipped sentences are doubtful by nature; short ones (labels, headings) less so. */
const SKIP_BIAS = 0.3;
const SKIP_PER_CHAR = -0.01;

/** Pairs below this confidence are shown first for review. */
export const REVIEW_THRESHOLD = 0.5;

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function pairConfidence(sim: number, ptChars: number, enChars: number, segments: number, ratio: number): number {
  const z = lengthZ(ptChars, enChars, ratio);
  return sigmoid(PAIR_BIAS + PAIR_SIMILARITY * sim + PAIR_LENGTH_Z * z - MULTI_PENALTY * (segments - 2));
}

export function skipConfidence(chars: number): number {
  return sigmoid(SKIP_BIAS + SKIP_PER_CHAR * chars);
}
