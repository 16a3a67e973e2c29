import { flagAt, type Check } from "../check.ts";
import { nameMatches } from "./name-matches.ts";

/**
 * A name of the English that reached the Portuguese split, joined, misheard or
 * respelled ("deep seek" for DeepSeek, "noé smith" for Noah Smith, "GPT-4.0" for GPT-4o).
 */
export const entityMangled: Check<"entity-mangled"> = {
  id: "entity-mangled",
  family: "entity",
  severity: "error",
  name: "Name changed from the English",
  description: "A name, product or model in the English appears in the Portuguese in another spelling.",
  run(pair, context) {
    // Without English there is nothing to compare with; the term-list check covers that case.
    if (!pair.en) return [];
    return nameMatches(pair, context.terms, context.spellers.pt, context.spellers.en)
      .filter((m) => m.from === "english" && m.kind === "spelling")
      .map((m) => flagAt(this, pair.pt, m.start, m.end, `The English has "${m.expected}"; "${m.text}" looks like a mangled form of it.`, m.expected));
  },
};
