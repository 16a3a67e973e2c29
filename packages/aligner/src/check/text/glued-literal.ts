import type { CheckInput } from "../../types.ts";
import { isInsideLiteral, literalSpans } from "../../normalize/literal-spans.ts";

/** How much of each side is enough to see a file name, host or path across the join. */
const REACH = 60;

/**
 * Whether a pair that the segmenter split from the previous one with no space between
 * ("sources." | "list") was cut inside literal material: then the join is a file name or a
 * host, not two sentences glued by a missing space.
 */
export function gluedInsideLiteral(pair: CheckInput): boolean {
  if (pair.gapBefore !== "" || pair.prevPt === undefined) return false;
  const tail = pair.prevPt.slice(-REACH);
  const joined = tail + pair.pt.slice(0, REACH);
  return isInsideLiteral(literalSpans(joined), tail.length) && isInsideLiteral(literalSpans(joined), tail.length - 1);
}
