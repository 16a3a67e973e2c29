import type { Flag, Pair } from "../../api/types.ts";

/**
 * Low-confidence flags (issue 12): the API marks a flag `lowConfidence` when the aligner's model
 * gives it little chance of being a genuine finding. They stay stored; the review screen leaves
 * them out until the reviewer asks ("Show N low-confidence flags"), so a clean page is not
 * cluttered with doubtful flags. Dismissed flags are not counted: they are out of sight anyway.
 */
const isLow = (f: Flag): boolean => f.lowConfidence === true;

/** How many open low-confidence flags the pairs hold. */
export function countLowConfidence(pairs: readonly Pair[]): number {
  let n = 0;
  for (const p of pairs) for (const f of p.flags) if (isLow(f) && !f.dismissed) n++;
  return n;
}

/** The pairs as the screen shows them by default: without their low-confidence flags (a pair with none is the same object). */
export function withoutLowConfidence(pairs: Pair[]): Pair[] {
  let changed = false;
  const out = pairs.map((p) => {
    if (!p.flags.some(isLow)) return p;
    changed = true;
    return { ...p, flags: p.flags.filter((f) => !isLow(f)) };
  });
  return changed ? out : pairs;
}

/** The toggle's label. */
export const lowConfidenceLabel = (count: number, shown: boolean): string =>
  `${shown ? "Hide" : "Show"} ${count.toLocaleString("en")} low-confidence ${count === 1 ? "flag" : "flags"}`;
