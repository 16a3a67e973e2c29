/**
 * Gale & Church (1993): the English length of a translation is normally distributed around
 * c·(Portuguese length) with variance s²·(Portuguese length). The cost is -log of the
 * two-sided tail probability of the observed difference.
 */

/** English characters per Portuguese character, learnt from the built-in corpus gold (bench/align.ts prints it). */
export const EN_PER_PT_CHARS = 0.93;
/** Variance per character; Gale & Church's 6.8 was for German/French, and our pairs fit it. */
export const LENGTH_VARIANCE = 6.8;
/** Beyond this the tail probability underflows; the cost is capped so one bead cannot dominate. */
const MAX_COST = 25;

/** Abramowitz & Stegun 26.2.17: the normal tail, accurate to 7.5e-8, no Math.erf in JS. */
function normalTail(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return 0.3989422804014327 * Math.exp((-z * z) / 2) * poly;
}

/** |z| of the length difference: how many standard deviations the pair is off. */
export function lengthZ(ptChars: number, enChars: number, ratio = EN_PER_PT_CHARS): number {
  const mean = (ptChars + enChars / ratio) / 2;
  if (mean === 0) return 0;
  return Math.abs(enChars - ptChars * ratio) / Math.sqrt(mean * LENGTH_VARIANCE);
}

export function lengthCost(ptChars: number, enChars: number, ratio = EN_PER_PT_CHARS): number {
  const z = lengthZ(ptChars, enChars, ratio);
  const p = 2 * normalTail(z);
  return p <= 0 ? MAX_COST : Math.min(MAX_COST, -Math.log(p));
}

/**
 * A floor under lengthCost without its exp and log: the normal tail is below e^(-z²/2)/2 (the
 * Mills ratio is at most √(π/2)), so the cost is at least z²/2, capped like the cost. The slack
 * absorbs rounding, so the floor never exceeds the cost it stands for.
 */
const FLOOR_SLACK = 1e-6;

export function lengthCostFloor(ptChars: number, enChars: number, ratio = EN_PER_PT_CHARS): number {
  // z²/2 = d² / (2·mean·variance), and 2·mean = (ptChars·ratio + enChars) / ratio: written so
  // that it takes one division, for the DP asks this of nearly every bead. The rounding
  // differs from lengthZ's by far less than the slack.
  const scaledMean = (ptChars * ratio + enChars) * LENGTH_VARIANCE;
  if (scaledMean === 0) return 0;
  const d = enChars - ptChars * ratio;
  return Math.max(0, Math.min(MAX_COST, (d * d * ratio) / scaledMean) - FLOOR_SLACK);
}
