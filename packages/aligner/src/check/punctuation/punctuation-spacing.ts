import { flagAt, type Check } from "../check.ts";
import { execAll } from "../text/exec-all.ts";

// A space before , ; : ! ? or a closing full stop; "..." and a spaced dash are left alone.
const SPACE_BEFORE = /(?<=[\p{L}\p{N}"”)]) +([,;:!?]|\.(?!\.))(?=\s|$)/gu;
// Exactly two spaces between words: three or more line up columns in man pages and code.
const DOUBLE_SPACE = /(?<=[\p{L},;])  (?=\p{L})/gu;

export const punctuationSpacing: Check<"punctuation-spacing"> = {
  id: "punctuation-spacing",
  family: "punctuation",
  severity: "info",
  name: "Spacing around punctuation",
  description: "A space before a punctuation mark, or two spaces between words.",
  run(pair) {
    // A plain search for " ," and the like rules out nearly every pair before the lookbehind runs.
    if (!/ [,;:!?.]| {2}/u.test(pair.pt)) return [];
    const flags = execAll(SPACE_BEFORE, pair.pt).map((m) =>
      flagAt(this, pair.pt, m.index, m.index + m[0].length, `Remove the space before "${m[1]}".`, m[1]!));
    // A text with line breaks inside is laid out (a table, code, a synopsis): its spaces are layout.
    if (!pair.pt.includes("\n")) for (const m of execAll(DOUBLE_SPACE, pair.pt)) flags.push(flagAt(this, pair.pt, m.index, m.index + m[0].length, "Two spaces between words: keep one.", " "));
    return flags.sort((a, b) => a.start - b.start);
  },
};
