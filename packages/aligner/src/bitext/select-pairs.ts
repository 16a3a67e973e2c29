import type { BitextPair, PairStatus } from "../types.ts";
import type { BitextScope } from "./bitext-meta.ts";

/** A pair that has never been looked at has no status yet; the formats call that "new". */
export function statusOf(pair: BitextPair): PairStatus {
  return pair.status ?? "new";
}

/**
 * The pairs a scope exports, each with its position in the whole document (1-based), so an
 * export of approved pairs still says which sentence each one was.
 * A generator, so an export never holds more than one pair.
 */
export function* selectPairs(
  pairs: Iterable<BitextPair>,
  scope: BitextScope,
): Generator<{ pair: BitextPair; position: number }> {
  let position = 0;
  for (const pair of pairs) {
    position += 1;
    if (scope === "approved" && statusOf(pair) !== "approved") continue;
    yield { pair, position };
  }
}

/** Which side of a pair is empty: an omission has no Portuguese, an addition no English. */
export type PairShape = "both" | "omission" | "addition" | "empty";

export function shapeOf(pair: BitextPair): PairShape {
  if (pair.en !== "" && pair.pt !== "") return "both";
  if (pair.en !== "") return "omission";
  if (pair.pt !== "") return "addition";
  return "empty";
}
