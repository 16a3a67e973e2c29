import { flagAt, type Check } from "../check.ts";
import { nameMatches } from "./name-matches.ts";

/** A name of the project's term list written another way, found without the English. */
export const entityTerm: Check<"entity-term"> = {
  id: "entity-term",
  family: "entity",
  severity: "error",
  name: "Term spelled differently",
  description: "A name from the term list appears in another spelling (split, joined, accented or a letter off).",
  run(pair, context) {
    return nameMatches(pair, context.terms, context.spellers.pt, context.spellers.en)
      .filter((m) => m.from === "term" && m.kind === "spelling")
      .map((m) => flagAt(this, pair.pt, m.start, m.end, `The term list writes this "${m.expected}".`, m.expected));
  },
};
