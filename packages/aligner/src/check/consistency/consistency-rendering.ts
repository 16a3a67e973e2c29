import type { Flag } from "../../types.ts";
import { flagAt, type Check } from "../check.ts";
import { termRenderings } from "./renderings.ts";

/** A term must be met this often before its usual rendering is a norm. */
const MIN_OCCURRENCES = 3;
/** Share of the occurrences the usual rendering must have. */
const MAJORITY = 0.6;

/**
 * The same English term rendered differently across one document: "scaling law" as "lei de
 * escala" in most pairs and "lei de dimensionamento" in one. One flag per deviating pair, with
 * the document's usual rendering as the suggestion.
 */
export const consistencyRendering: Check<"consistency-rendering"> = {
  id: "consistency-rendering",
  family: "consistency",
  severity: "info",
  name: "Term rendered inconsistently",
  description: "An English term the document repeats is translated one way in most pairs and another way here.",
  runDocument(pairs) {
    const pairFlags: Flag[][] = pairs.map(() => []);
    for (const [term, renderings] of termRenderings(pairs)) {
      if (renderings.length < MIN_OCCURRENCES) continue;
      const counts = new Map<string, number>();
      for (const r of renderings) counts.set(r.key, (counts.get(r.key) ?? 0) + 1);
      const [usual, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      if (counts.size < 2 || n < MIN_OCCURRENCES - 1 || n / renderings.length < MAJORITY) continue;
      const model = renderings.find((r) => r.key === usual)!;
      const modelText = pairs[model.pair]!.pt.slice(model.words[0]!.start, model.words[1]!.end);
      for (const r of renderings) {
        if (r.key === usual) continue;
        const pt = pairs[r.pair]!.pt;
        const [first, last] = [r.words[0]!, r.words[1]!];
        pairFlags[r.pair]!.push(flagAt(this, pt, first.start, last.end,
          `"${term.replace(/ /u, " ")}" is "${modelText}" in ${n} of ${renderings.length} places in this document.`, modelText));
      }
    }
    return { pairFlags, documentFlags: [] };
  },
};
