import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// A spaced hyphen between words is a dash typed on a keyboard; a list bullet ("- item") is not.
const SPACED_HYPHEN = /(?<=[\p{L}\p{N}"”'’),;.!?]) - (?=[\p{L}\p{N}"“'‘(])/gu;

export const punctuationHyphenDash: Check<"punctuation-hyphen-dash"> = {
  id: "punctuation-hyphen-dash",
  family: "punctuation",
  severity: "info",
  name: "Hyphen used as a dash",
  description: "A hyphen with spaces around it stands where Portuguese uses a dash (—).",
  run(pair) {
    // The pattern's lookbehind is tried at every offset; the spaced hyphen itself is rare.
    if (!pair.pt.includes(" - ")) return [];
    return execAll(SPACED_HYPHEN, pair.pt).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, "Use a dash (—), not a hyphen, to set off a phrase.", " — "));
  },
};
