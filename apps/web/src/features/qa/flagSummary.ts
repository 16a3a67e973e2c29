import type { FlagFamily, Pair } from "../../api/types.ts";
import { activeFlags } from "../flags/flagSpans.ts";

export interface FamilySummary {
  family: FlagFamily;
  /** Open flags of this family in the document. */
  flags: number;
  /** Pairs with at least one of them: what the filter will show. */
  pairs: number;
  errors: number;
}

/**
 * Open flags of a document per family, from the pairs in memory rather than the document
 * summary, so the numbers move the moment a flag is fixed or dismissed.
 */
export function flagSummary(pairs: readonly Pair[]): Map<FlagFamily, FamilySummary> {
  const out = new Map<FlagFamily, FamilySummary>();
  for (const pair of pairs) {
    const seen = new Set<FlagFamily>();
    for (const flag of activeFlags(pair.flags)) {
      const family = flag.family as FlagFamily;
      const row = out.get(family) ?? { family, flags: 0, pairs: 0, errors: 0 };
      row.flags++;
      if (flag.severity === "error") row.errors++;
      if (!seen.has(family)) row.pairs++;
      seen.add(family);
      out.set(family, row);
    }
  }
  return out;
}
